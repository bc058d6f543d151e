import { coreClaims, coreClaimsInSlices } from "./core-claims";
import { createSurface } from "./highlight-surfaces";
import { createPopoverUi } from "./popover-ui";

/**
 * Everything the content script needs only once a page has something to highlight: claim extraction,
 * the highlighting surfaces (mark.js, or ranges with the CSS Custom Highlight API) and the popover
 * (Preact, Floating UI, components, CSS). Built as the `page-kit` script and imported on demand, so a
 * page without a mention loads none of it (issue #7; docs/decisions/0004-in-page.md, 0007).
 */
export interface PageKit {
  findClaims: typeof coreClaims;
  findClaimsInSlices: typeof coreClaimsInSlices;
  createSurface: typeof createSurface;
  createPopoverUi: typeof createPopoverUi;
}

/** The kit, as the page-kit script publishes it. */
export const pageKit: PageKit = { findClaims: coreClaims, findClaimsInSlices: coreClaimsInSlices, createSurface, createPopoverUi };
