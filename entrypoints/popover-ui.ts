import { defineUnlistedScript } from "#imports";
import { POPOVER_UI_GLOBAL } from "../dom/mark-names";
import { createPopoverUi } from "../dom/popover-ui";

// Loaded by the content script with import() on the first highlight; publishes the popover UI.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[POPOVER_UI_GLOBAL] = { createPopoverUi };
});
