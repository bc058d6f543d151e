import type { Detection, Finding, PageSnapshot } from "./detection";
import type { TextPiece } from "./highlighter";

/**
 * Binds the annotator's Detection seam to the detection core (issue #4).
 *
 * STAND-IN until `dom/text-snapshot.ts`, `dom/article-context.ts` and `core/detect/` land on the `core`
 * branch: a minimal snapshot and one phrase, enough to exercise the page glue end to end. Replaced by
 * plain calls into those modules when they land; nothing else changes.
 */
const EXCLUDED =
  "input, textarea, select, [contenteditable], script, style, noscript, svg, code, pre, " +
  "[aria-hidden=true], tidemark-popover, tidemark-mark";
const PHRASE = /\b(?:small[\s\u00a0-]boats?|petits? bateaux|Channel crossings?)\b/gi;

function snapshot(root: Node): PageSnapshot {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = "";
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.parentElement?.closest(EXCLUDED)) continue;
    nodes.push(n);
    starts.push(text.length);
    text += n.data;
  }
  return { text, nodes, starts };
}

function pieces(snap: PageSnapshot, start: number, end: number): TextPiece[] {
  const out: TextPiece[] = [];
  snap.nodes.forEach((node, i) => {
    const s = snap.starts[i]!;
    const e = s + node.data.length;
    if (e <= start || s >= end) return;
    out.push({ node, start: Math.max(start, s) - s, end: Math.min(end, e) - s });
  });
  return out;
}

/** The Detection used by the content script. */
export function coreDetection(): Detection {
  return {
    relevant: (text) => { PHRASE.lastIndex = 0; return PHRASE.test(text); },
    excluded: EXCLUDED,
    article: (doc) => ({
      language: doc.documentElement.lang.toLowerCase().startsWith("fr") ? "fr" : "en",
      published: doc.querySelector("meta[property='article:published_time']")?.getAttribute("content")?.slice(0, 10) ?? null,
      root: doc.querySelector("article") ?? doc.body,
    }),
    snapshot,
    find: (snap): Finding[] =>
      [...snap.text.matchAll(new RegExp(PHRASE))].map((m) => ({
        start: m.index, end: m.index + m[0].length, text: m[0], topic: "arrivals", kind: "mention",
      })),
    pieces,
  };
}
