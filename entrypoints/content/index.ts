import { defineContentScript } from "#imports";
import { contentScriptMatches } from "../../core/sites";
import { startContent } from "./main";
import "../../dom/highlights.css";

export default defineContentScript({
  matches: contentScriptMatches(import.meta.env.MODE === "e2e"),
  runAt: "document_idle",
  cssInjectionMode: "manifest",
  main: startContent,
});
