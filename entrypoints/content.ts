import { defineContentScript } from "#imports";
import { contentScriptMatches } from "../core/sites";
import { startContent } from "../dom/content-main";

export default defineContentScript({
  matches: contentScriptMatches(import.meta.env.MODE === "e2e"),
  runAt: "document_idle",
  main: startContent,
});
