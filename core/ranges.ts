/**
 * Which findings are drawn when they overlap (issue 5's rule, made O(n log n) in issue 14: a page with
 * thousands of findings used to compare each with every one kept). Pure: offsets in, offsets out.
 */

/** A span of text in snapshot offsets; its kind decides who wins an overlap. */
export interface Span {
  start: number;
  end: number;
  kind: "mention" | "claim";
}

/** Claims win over mentions they overlap; otherwise the earlier, longer one wins. Never nested; sorted by start. */
export function resolveOverlaps<T extends Span>(spans: readonly T[]): T[] {
  const byStart = (a: T, b: T) => a.start - b.start || b.end - a.end;
  const claims = keepDisjoint(spans.filter((s) => s.kind === "claim").sort(byStart));
  // Claims are sorted and disjoint: one pass over the mentions in order drops those overlapping a claim.
  const free: T[] = [];
  let c = 0;
  for (const m of spans.filter((s) => s.kind !== "claim").sort(byStart)) {
    while (c < claims.length && claims[c]!.end <= m.start) c++;
    if (c < claims.length && claims[c]!.start < m.end) continue;
    free.push(m);
  }
  const kept = keepDisjoint(free);
  return [...claims, ...kept].sort(byStart);
}

// Sorted by start (longer first on ties): a span overlaps one kept before it iff it starts before the
// furthest end kept so far, since every kept span starts no later than it.
function keepDisjoint<T extends Span>(sorted: readonly T[]): T[] {
  const kept: T[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const s of sorted) {
    if (s.start < reach) continue;
    kept.push(s);
    reach = s.end;
  }
  return kept;
}
