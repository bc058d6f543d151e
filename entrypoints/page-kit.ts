import { defineUnlistedScript } from "#imports";
import { PAGE_KIT_GLOBAL } from "../dom/mark-names";
import { pageKit } from "../dom/page-kit-api";

// Imported by the content script on the first thing to highlight; publishes the highlighter and popover.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PAGE_KIT_GLOBAL] = pageKit;
});
