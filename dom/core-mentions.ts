import { findMentions } from "../core/detect/mentions";
import { isRelevant } from "../core/detect/relevance";
import type { ArticleInfo, Finding, PageSnapshot } from "./detection";

/**
 * The mentions in a snapshot (issue 4), read on the page: the page kit's fallback when the background,
 * which normally reads the text (core/detect/read-text.ts, issue 15), cannot answer. `scope` "article"
 * also judges relevance; "fragment" is new content of an article already judged.
 */
export function mentionsInSnapshot(snapshot: PageSnapshot, article: ArticleInfo, scope: "article" | "fragment"): Finding[] {
  const language = article.language;
  if (!language) return [];
  const mentions = findMentions(snapshot.text, language);
  if (scope === "article" && !isRelevant(snapshot.text, mentions, language)) return [];
  return mentions.map((m): Finding => ({ ...m, kind: "mention" }));
}
