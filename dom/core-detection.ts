import { findMentions, mayMention } from "../core/detect/mentions";
import { isRelevant } from "../core/detect/relevance";
import { ARTICLE_CHROME_SELECTOR, articleContext } from "./article-context";
import type { Detection, Finding } from "./detection";
import { EXCLUDED_SELECTOR, rangeForOffsets, takeSnapshot, takeSnapshotInSlices } from "./text-snapshot";

/**
 * Binds the annotator's Detection seam to the detection core (issue #4): mentions and relevance, which
 * every page needs. Claim extraction is bigger and only needed once there is something to highlight,
 * so it lives in the page kit (core-claims.ts).
 */
export function coreDetection(): Detection {
  return {
    relevant: mayMention,
    excluded: EXCLUDED_SELECTOR,
    article: (doc) => {
      const context = articleContext(doc);
      return { language: context.language, published: context.published, root: context.root };
    },
    // The article text without its page chrome (navigation, asides, comments), exactly as `annotate` reads it.
    snapshot: (root) => takeSnapshot(root, { exclude: ARTICLE_CHROME_SELECTOR }),
    snapshotInSlices: (root, pace) => takeSnapshotInSlices(root, { exclude: ARTICLE_CHROME_SELECTOR }, pace),
    find: (snapshot, article, scope) => {
      const language = article.language;
      if (!language) return [];
      const mentions = findMentions(snapshot.text, language);
      // Relevance is judged on the whole article; new fragments of a relevant article need no context.
      if (scope === "article" && !isRelevant(snapshot.text, mentions, language)) return [];
      return mentions.map((m): Finding => ({ ...m, kind: "mention" }));
    },
    pieces: rangeForOffsets,
  };
}
