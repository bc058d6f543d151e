/**
 * Is a new release of the Home Office time series believable next to the last good one? (issue 14,
 * row 4). The importer already checks each cell (dates in order, whole counts ≥ 0); this checks the
 * release as a whole against history, so that a broken or poisoned download ("one day: 9,000,000") never
 * replaces good data. Pure: two series in, a sentence out (or null when plausible).
 *
 * Rules, each with its reason:
 * - the data never goes back in time: the new release covers at least the days the last good one did;
 * - no day above twice the largest day seen so far, with a floor of 2,000 people and 50 boats (the busiest
 *   day in the bundled release of 21 Aug 2026 is 3 Sep 2022, 1,305 people; the most boats in a day, 36:
 *   a new record is possible, a tenfold one is not);
 * - no past year (the part the last good release covered) revised by more than 3% or 50 people, whichever
 *   is larger: the series is provisional and revised, but by a few people, not by thousands.
 */
import { addDays, dayNumber } from "./dates.ts";
import type { ISODate, OfficialSeries } from "./types.ts";

/** The limits, with their reasons above; replaceable in tests. */
export const PLAUSIBILITY = {
  dayFactor: 2,
  minPeoplePerDayBound: 2_000,
  minBoatsPerDayBound: 50,
  yearRevisionShare: 0.03,
  yearRevisionFloor: 50,
} as const;

/** Why `next` should not replace `last`, as a sentence for the options page; null when it is plausible. */
export function implausibleRelease(next: OfficialSeries, last: OfficialSeries, limits = PLAUSIBILITY): string | null {
  if (next.asOf < last.asOf) return `it ends on ${next.asOf}, before the data already in use (to ${last.asOf})`;
  if (next.start > last.start) return `it starts on ${next.start}, after the data already in use (from ${last.start})`;
  for (const [what, series, floor] of [
    ["people", "people", limits.minPeoplePerDayBound],
    ["boats", "boats", limits.minBoatsPerDayBound],
  ] as const) {
    const bound = Math.max(floor, limits.dayFactor * Math.max(0, ...last[series].map((n) => n ?? 0)));
    const worst = largest(next[series]);
    if (worst && worst.value > bound) {
      return `it gives ${worst.value.toLocaleString("en-GB")} ${what} on ${addDays(next.start, worst.index)}, more than ${bound.toLocaleString("en-GB")} (twice the largest day so far)`;
    }
  }
  const before = yearTotals(last, last.asOf);
  const after = yearTotals(next, last.asOf);
  for (const [year, total] of before) {
    const revised = after.get(year) ?? 0;
    const allowed = Math.max(limits.yearRevisionFloor, limits.yearRevisionShare * total);
    if (Math.abs(revised - total) > allowed) {
      return `it revises ${year} from ${total.toLocaleString("en-GB")} to ${revised.toLocaleString("en-GB")} people, more than the ${Math.round(limits.yearRevisionShare * 100)}% a provisional series is revised by`;
    }
  }
  return null;
}

function largest(values: readonly (number | null)[]): { value: number; index: number } | null {
  let best: { value: number; index: number } | null = null;
  values.forEach((value, index) => {
    if (value !== null && (!best || value > best.value)) best = { value, index };
  });
  return best;
}

// People per calendar year, counting only days up to `until`.
function yearTotals(series: OfficialSeries, until: ISODate): Map<string, number> {
  const totals = new Map<string, number>();
  const last = Math.min(series.people.length - 1, dayNumber(until) - dayNumber(series.start));
  for (let i = 0; i <= last; i++) {
    const year = addDays(series.start, i).slice(0, 4);
    totals.set(year, (totals.get(year) ?? 0) + (series.people[i] ?? 0));
  }
  return totals;
}
