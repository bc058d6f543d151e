import type { Detection, Finding } from "../../../dom/detection";
import { EXCLUDED_SELECTOR, rangeForOffsets, takeSnapshotInSlices } from "../../../dom/text-snapshot";

/** A Detection with one phrase and no relevance rules, so annotator tests do not depend on the lexicon. */
export function fakeDetection(phrase = /small boats/g): Detection {
  return {
    relevant: (text) => new RegExp(phrase.source).test(text),
    excluded: EXCLUDED_SELECTOR,
    article: async (doc) => ({ language: "en", published: "2025-07-08", root: doc.querySelector("article") ?? doc.body }),
    snapshot: (root, pace) => takeSnapshotInSlices(root, {}, pace),
    find: (snapshot): Finding[] =>
      [...snapshot.text.matchAll(new RegExp(phrase.source, "g"))].map((m) => ({
        start: m.index, end: m.index + m[0].length, text: m[0], topic: "arrivals", kind: "mention",
      })),
    pieces: rangeForOffsets,
  };
}
