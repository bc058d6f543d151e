import type { Detection, Finding } from "./detection";
import { EXCLUDED_SELECTOR, rangeForOffsets, takeSnapshot } from "./text-snapshot";

/**
 * Binds the annotator's Detection seam to the detection core (issue #4).
 *
 * STAND-IN for the parts not landed yet on the `core` branch (`dom/article-context.ts`, `core/detect/`):
 * one phrase and the article element, enough to exercise the page glue end to end. Replaced by
 * plain calls into those modules when they land; nothing else changes.
 */
const PHRASE = /\b(?:small[\s\u00a0-]boats?|petits? bateaux|Channel crossings?)\b/gi;

/** The Detection used by the content script. */
export function coreDetection(): Detection {
  return {
    relevant: (text) => { PHRASE.lastIndex = 0; return PHRASE.test(text); },
    excluded: EXCLUDED_SELECTOR,
    article: (doc) => ({
      language: doc.documentElement.lang.toLowerCase().startsWith("fr") ? "fr" : "en",
      published: doc.querySelector("meta[property='article:published_time']")?.getAttribute("content")?.slice(0, 10) ?? null,
      root: doc.querySelector("article") ?? doc.body,
    }),
    snapshot: (root) => takeSnapshot(root),
    find: (snap): Finding[] =>
      [...snap.text.matchAll(new RegExp(PHRASE))].map((m) => ({
        start: m.index, end: m.index + m[0].length, text: m[0], topic: "arrivals", kind: "mention",
      })),
    pieces: (snap, start, end) => rangeForOffsets(snap, start, end),
  };
}
