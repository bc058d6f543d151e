import { defineUnlistedScript } from "#imports";
import { READER_KIT_KEY } from "../dom/mark-names";
import { readerKit } from "../dom/reader-kit-api";

// Imported by the content script only when the background could not read a page's text: publishes the
// page's own reader of mentions and claims (issue 15).
export default defineUnlistedScript(() => {
  (globalThis as { [READER_KIT_KEY]?: unknown })[READER_KIT_KEY] = readerKit;
});
