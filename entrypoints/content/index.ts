import { defineContentScript } from "#imports";
import { contentScriptMatches } from "../../core/sites";
import { startContent } from "./main";
import "../../dom/highlights.css";

export default defineContentScript({
  matches: contentScriptMatches(import.meta.env.MODE === "e2e"),
  runAt: "document_idle",
  cssInjectionMode: "manifest",
  // WXT would post "<extension id>:content:wxt:content-script-started" to the page (target "*"): the page
  // learns Tidemark is there and its id. The same event as a CustomEvent is handled in main.ts (issue 14).
  noScriptStartedPostMessage: true,
  main: startContent,
});
