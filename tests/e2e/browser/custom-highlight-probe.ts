import { RangeHighlighter, chooseMode, detectFramework } from "../../../dom/custom-highlight";
import { rangeForOffsets, takeSnapshot } from "../../../dom/text-snapshot";

/**
 * Runs in a real page (bundled by esbuild at test time): draws the page's "small boats" mentions as
 * custom highlights and reports what happened, for tests/e2e/custom-highlight.e2e.test.ts.
 */
export function probe() {
  const root = document.querySelector("article")!;
  const before = root.cloneNode(true);
  const mutations: MutationRecord[] = [];
  const observer = new MutationObserver((m) => mutations.push(...m));
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  const snap = takeSnapshot(root);
  const specs = [...snap.text.matchAll(/small boats/g)].map((m, i) => ({
    id: `h${i}`, kind: "mention" as const, topic: "arrivals" as const, pieces: rangeForOffsets(snap, m.index, m.index + m[0].length),
  }));
  const highlighter = new RangeHighlighter(document);
  highlighter.apply(specs);
  mutations.push(...observer.takeRecords());
  observer.disconnect();
  const first = highlighter.highlights()[0]!;
  const box = first.ranges[0]!.getClientRects()[0]!;
  const hit = highlighter.at(box.left + box.width / 2, box.top + box.height / 2)?.spec.id ?? null;
  // Below the article: blank page, where the caret APIs still answer the nearest text position.
  const miss = highlighter.at(box.left + box.width / 2, box.bottom + 300)?.spec.id ?? null;
  const result = {
    framework: detectFramework(document),
    mode: chooseMode(document),
    drawn: highlighter.highlights().length,
    registered: CSS.highlights.get("tidemark-mention")?.size ?? 0,
    mutations: mutations.length,
    unchanged: root.isEqualNode(before),
    hit,
    miss,
    anchorWidth: Math.round(highlighter.anchor(first.spec.id)!.getBoundingClientRect().width),
  };
  (globalThis as { tidemarkRanges?: RangeHighlighter }).tidemarkRanges = highlighter;
  return result;
}
