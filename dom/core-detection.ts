import { mayMention } from "../core/detect/gate";
import { ARTICLE_CHROME_SELECTOR, articleContextInSlices } from "./article-context";
import type { Detection } from "./detection";
import { EXCLUDED_SELECTOR, rangeForOffsets, takeSnapshotInSlices } from "./text-snapshot";

/**
 * Binds the annotator's Detection seam to what the content script itself does on every page (issue #4,
 * issue 15): the gate, the article's context and the snapshot of its text. Finding mentions and claims
 * in that text is the background's work (core/detect/read-text.ts), with the page kit's reader as the
 * fallback (core-mentions.ts, core-claims.ts): none of it is in the content script.
 */
export function coreDetection(): Detection {
  return {
    relevant: mayMention,
    excluded: EXCLUDED_SELECTOR,
    article: articleContextInSlices,
    // The article text without its page chrome (navigation, asides, comments), exactly as `annotate` reads it.
    snapshot: (root, pace) => takeSnapshotInSlices(root, { exclude: ARTICLE_CHROME_SELECTOR }, pace),
    pieces: rangeForOffsets,
  };
}
