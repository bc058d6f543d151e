import type { HighlightWriter } from "./annotator";
import { coreClaims } from "./core-claims";
import { applyHighlights, dropSplitsAfter, isSplitOrigin, removeHighlights, setVerdict } from "./highlighter";
import { createPopoverUi } from "./popover-ui";

/**
 * Everything the content script needs only once a page has something to highlight: claim extraction,
 * the highlighter (mark.js) and the popover (Preact, Floating UI, components, CSS). Built as the `page-kit` script and
 * imported on demand, so a page without a mention loads none of it (issue #7; docs/decisions/0004-in-page.md).
 */
export interface PageKit {
  writer: HighlightWriter;
  createPopoverUi: typeof createPopoverUi;
}

/** The kit, as the page-kit script publishes it. */
export const pageKit: PageKit = {
  writer: { applyHighlights, dropSplitsAfter, findClaims: coreClaims, isSplitOrigin, removeHighlights, setVerdict },
  createPopoverUi,
};
