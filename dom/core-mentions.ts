import { readMentions } from "../core/detect/read-text";
import type { ArticleInfo, Finding, PageSnapshot } from "./detection";

/**
 * The mentions in a snapshot (issue 4), read on the page: the page kit's fallback when the background,
 * which normally reads the text (core/detect/read-text.ts, issue 15), cannot answer. `scope` "article"
 * also judges relevance; "fragment" is new content of an article already judged.
 */
export function mentionsInSnapshot(snapshot: PageSnapshot, article: ArticleInfo, scope: "article" | "fragment"): Finding[] {
  if (!article.language) return [];
  return readMentions(snapshot.text, article.language, scope).map((m): Finding => ({ ...m, kind: "mention" }));
}
