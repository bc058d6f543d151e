import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveOverlaps, type Span } from "../../../core/ranges";

const f = (start: number, end: number, kind: Span["kind"] = "mention"): Span => ({ start, end, kind });

/** The rule as first written (issue 5): quadratic, kept here as the reference the fast version must equal. */
function reference(spans: readonly Span[]): Span[] {
  const ranked = [...spans].sort((a, b) =>
    (a.kind === b.kind ? 0 : a.kind === "claim" ? -1 : 1) || a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of ranked) {
    if (kept.some((k) => s.start < k.end && k.start < s.end)) continue;
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

describe("resolveOverlaps", () => {
  it.each([
    ["claim beats an overlapping mention", [f(0, 10), f(5, 30, "claim")], [[5, 30]]],
    ["longer mention at the same start wins", [f(0, 5), f(0, 11)], [[0, 11]]],
    ["disjoint findings all stay, in order", [f(20, 25), f(0, 5)], [[0, 5], [20, 25]]],
    ["a mention dropped for a claim does not block the next mention", [f(0, 10), f(8, 20), f(0, 5, "claim")], [[0, 5], [8, 20]]],
    ["touching spans do not overlap", [f(0, 5), f(5, 9), f(9, 12, "claim")], [[0, 5], [5, 9], [9, 12]]],
  ])("%s", (_label, input, expected) => {
    expect(resolveOverlaps(input).map((x) => [x.start, x.end])).toEqual(expected);
  });

  it("keeps exactly what the quadratic rule kept (2,000 random cases)", () => {
    const span = fc.record({
      start: fc.integer({ min: 0, max: 60 }),
      length: fc.integer({ min: 1, max: 15 }),
      kind: fc.constantFrom<Span["kind"]>("mention", "claim"),
    }).map(({ start, length, kind }) => f(start, start + length, kind));
    fc.assert(fc.property(fc.array(span, { maxLength: 25 }), (spans) => {
      expect(resolveOverlaps(spans)).toEqual(reference(spans));
    }), { numRuns: 2_000 });
  });
});
