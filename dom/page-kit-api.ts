import { describeHighlight } from "../core/card/verdict-words";
import type { ClaimCheck } from "../core/detect/verdicts";
import { copyText } from "./copy-text";
import { createSurface } from "./highlight-surfaces";
import { createPopoverUi } from "./popover-ui";

/**
 * Everything the content script needs only once a page has something to highlight: the highlighting
 * surfaces (mark.js, or ranges with the CSS Custom Highlight API), the popover (Preact, Floating UI,
 * components, CSS), the highlights' screen-reader descriptions, the clipboard and the check of a verdict
 * that comes back from the background. Built as the `page-kit` script and imported on demand, so a page
 * without a mention loads none of it, and the content script stays small (issue #7, issue 15;
 * docs/decisions/0004-in-page.md, 0006, 0007). The page's own reader of mentions and claims, for when the
 * background cannot read the text, is a script of its own (reader-kit-api.ts): 44% of the kit's code,
 * which a page read by the background never needs to load.
 */
export interface PageKit {
  createSurface: typeof createSurface;
  createPopoverUi: typeof createPopoverUi;
  describeHighlight: typeof describeHighlight;
  copyText: typeof copyText;
  /** A verdict from the background, checked at the boundary (platform/claim-schemas.ts; the entrypoint adds it). */
  parseCheck(value: unknown): ClaimCheck | null;
}

/** The kit as dom/ builds it; the page-kit entrypoint adds the boundary check from platform/. */
export const pageKit: Omit<PageKit, "parseCheck"> = { createSurface, createPopoverUi, describeHighlight, copyText };
