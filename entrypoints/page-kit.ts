import { defineUnlistedScript } from "#imports";
import { PAGE_KIT_KEY } from "../dom/mark-names";
import { pageKit } from "../dom/page-kit-api";

// Imported by the content script on the first thing to highlight; publishes the highlighter and popover.
export default defineUnlistedScript(() => {
  (globalThis as { [PAGE_KIT_KEY]?: unknown })[PAGE_KIT_KEY] = pageKit;
});
