import { defineUnlistedScript } from "#imports";
import { PAGE_KIT_KEY } from "../dom/mark-names";
import { pageKit, type PageKit } from "../dom/page-kit-api";
import { parseCheck } from "../platform/claim-schemas";

// Imported by the content script once a page passed the gate; publishes the highlighter, popover and the
// boundary check of verdicts (valibot stays out of the content script: issue 15).
export default defineUnlistedScript(() => {
  const kit: PageKit = { ...pageKit, parseCheck };
  (globalThis as { [PAGE_KIT_KEY]?: unknown })[PAGE_KIT_KEY] = kit;
});
