/**
 * Second thoughts before calling a figure wrong (issue 12, measured on real articles kept apart from the
 * rules). A "certain" reading can still be the wrong reading: "703 … on August 11" read as the day before
 * publication, "241 as of March 22" read as the year so far, "13 en 2020" (people per boat) read as people.
 * Journalists quote official figures, so before `close` or `differs` the figure is tried against the other
 * counts a reader of that article could have meant; if one agrees, or if the data cannot settle the period
 * (the Ministry of Defence's revised daily counts before 2023, a total that includes the publication day),
 * or if the gap is so large that the article must count something else, the claim is left unverifiable,
 * with why and the figures it could mean. We accept missing some wrong figures to never call a right one wrong.
 */
import { addDays, dayNumber, isoDate, lastDayOfMonth } from "../data/dates";
import type { Period } from "../data/types";
import type { Claim, Metric } from "./claims";
import type { ISODate } from "./periods";
import type { FigureLookup } from "./verdicts";

/** What made us hold back, with the official figure of the other reading when there is one. */
export interface SecondThought {
  why: "other-reading" | "far-off" | "mod-era" | "today-not-counted" | "running-total-only";
  /** The other reading's figure and what it counts. */
  other?: { value: number; period: Period; metric: Metric };
}

/** The lookups second thoughts need: an official value for a measure and period as the data stood on a day. */
export interface AlternativeLookup {
  value(metric: "people" | "boats" | "people-per-boat", period: Period, asOf: ISODate): number | null;
}

// Counts whose other readings we can try; other measures (deaths, money, returns…) have their own rules.
const COUNTS: ReadonlySet<Metric> = new Set<Metric>(["people", "boats", "people-per-boat", "people-per-day"]);
// The first year of the Home Office's daily series.
const FIRST_YEAR = 2018;
// Beyond this factor the article almost surely counts something else (another place, measure or period).
const FAR_OFF = 4;
/** Before 2023 the Ministry of Defence published the daily counts; today's series revised many of them. */
export const MOD_ERA_END: ISODate = "2022-12-31";
// Days before publication whose single-day counts a report may quote ("on August 11", "as of March 22").
const RECENT_DAYS = 45;

/**
 * Why a certain claim that does not agree with its reading's figure should not be called wrong, or null
 * when nothing does. `agrees` says whether a value agrees with the claim at its precision and hedge.
 */
export function secondThoughts(
  claim: Claim, verdict: "close" | "differs", official: { value: number; period: Period | null }, published: ISODate, lookup: FigureLookup,
  agrees: (asked: Claim, value: number) => boolean,
): SecondThought | null {
  const data = lookup.alternatives;
  if (!data) return null;
  if (claim.metric === "percent") return otherSubject(claim, published, lookup, agrees);
  // "Nearly 1,000 migrants … in one day": a day the sentence does not date is the official figure's.
  const period = claim.period ?? official.period;
  // The returns pilot is known only as running totals since it began: one flight is not one of them.
  if ((claim.metric === "returns" || claim.metric === "admissions") && official.period && period && period.start !== official.period.start) {
    return { why: "running-total-only" };
  }
  if (!COUNTS.has(claim.metric)) return null;
  // A total "so far" that the article may count to its own day: the data for that day came out later.
  if (claim.approx === "over" && claim.ongoing && official.value < claim.value) return { why: "today-not-counted" };
  const other = otherReading(claim, published, data, agrees);
  if (other) return { why: "other-reading", other };
  // The MoD's daily counts of the time differ from today's revised series by up to a third ("close" to
  // today's series is still worth saying; "does not match" is not).
  if (verdict === "differs" && period && period.end <= MOD_ERA_END && spanDays(period) < 300 && claim.metric !== "people-per-day") return { why: "mod-era" };
  const ratio = Math.abs(claim.value) / Math.max(1e-9, Math.abs(official.value));
  if (ratio > FAR_OFF || ratio < 1 / FAR_OFF) return { why: "far-off" };
  return null;
}

function spanDays(p: Period): number {
  return dayNumber(p.end) - dayNumber(p.start) + 1;
}

/**
 * A change whose subject may be another year ("13 % higher than in 2024 … and 41 % higher than in 2023",
 * where both changes are the 2025 total's): the same base compared with each whole year since 2018, or with
 * the year so far.
 */
function otherSubject(claim: Claim, published: ISODate, lookup: FigureLookup, agrees: (asked: Claim, value: number) => boolean): SecondThought | null {
  const base = claim.comparison?.period;
  if (!base || !claim.period) return null;
  const asOf = addDays(published, -1);
  const year = Number(published.slice(0, 4));
  for (let y = FIRST_YEAR; y <= year; y++) {
    const subject = { start: `${y}-01-01`, end: `${y}-12-31` };
    if (subject.start === claim.period.start && subject.end === claim.period.end) continue;
    if (subject.start <= base.end && base.start <= subject.end) continue;
    const asked: Claim = { ...claim, period: subject, ongoing: y === year, readings: undefined };
    for (const official of lookup.lookup(asked, asOf).figures) {
      if (agrees(asked, official.value)) return { why: "other-reading", other: { value: official.value, period: official.period ?? subject, metric: "percent" } };
    }
  }
  return null;
}

const monthDay = (d: ISODate) => d.slice(5);

/** The periods a report near `published` commonly counts, most specific first. */
function candidatePeriods(claim: Claim, published: ISODate): Period[] {
  const out: Period[] = [];
  const lastDay = addDays(published, -1);
  const year = Number(published.slice(0, 4));
  const exact = !claim.round && claim.approx === "exact";
  // Single days and runs of days ("on August 11", "over the weekend", "so far this week"): only for
  // figures written exactly, since a round figure would agree with too many days by chance.
  if (exact) {
    for (let i = 1; i <= RECENT_DAYS; i++) {
      const d = addDays(published, -i);
      out.push({ start: d, end: d });
    }
    for (let end = 1; end <= 7; end++) {
      const last = addDays(published, -end);
      for (let k = 2; k <= 14; k++) out.push({ start: addDays(last, -(k - 1)), end: last });
    }
  }
  // Months of the last year and a bit ("in August, when some 5,369 people…").
  for (let m = 0; m < 15; m++) {
    const date = new Date(Date.UTC(year, Number(published.slice(5, 7)) - 1 - m, 1));
    const y = date.getUTCFullYear();
    const mo = date.getUTCMonth() + 1;
    out.push({ start: isoDate(y, mo, 1), end: isoDate(y, mo, lastDayOfMonth(y, mo)) });
  }
  for (let y = FIRST_YEAR; y <= year; y++) {
    // Whole years, halves and quarters.
    out.push({ start: `${y}-01-01`, end: `${y}-12-31` });
    out.push({ start: `${y}-01-01`, end: `${y}-06-30` }, { start: `${y}-07-01`, end: `${y}-12-31` });
    for (const [a, b] of [["01-01", "03-31"], ["04-01", "06-30"], ["07-01", "09-30"], ["10-01", "12-31"]] as const) out.push({ start: `${y}-${a}`, end: `${y}-${b}` });
    // The same point of each year ("3,683 by the same date in 2023"), to each of the last days of the data.
    for (let i = 0; i <= 7; i++) {
      const md = monthDay(addDays(published, -i));
      if (md !== "02-29") out.push({ start: `${y}-01-01`, end: `${y}-${md}` });
    }
  }
  // Since records began, to each of the last days of the data.
  for (let i = 1; i <= 7; i++) out.push({ start: `${FIRST_YEAR}-01-01`, end: addDays(published, -i) });
  return out.filter((p) => p.end <= lastDay && p.start <= p.end);
}

/** The first other reading whose official figure agrees with the claim, or null. */
function otherReading(claim: Claim, published: ISODate, data: AlternativeLookup, agrees: (asked: Claim, value: number) => boolean): SecondThought["other"] | null {
  // Only a figure written to the unit, and not a change: a round or relative figure would agree with some
  // count by chance ("about 28,000 in 2023" with the year to October 2024).
  if (claim.round || claim.comparison) return null;
  const asOf = addDays(published, -1);
  // The measures a reader's words are mistaken for: people and their average per boat, boats and people.
  const metrics: ("people" | "boats" | "people-per-boat")[] =
    claim.metric === "boats" ? ["boats", "people"] : claim.metric === "people-per-boat" ? ["people-per-boat", "people"] : ["people", "people-per-boat"];
  for (const period of candidatePeriods(claim, published)) {
    for (const metric of metrics) {
      const value = data.value(metric, period, asOf);
      if (value === null) continue;
      const asked: Claim = { ...claim, metric, period, ongoing: false, readings: undefined, window: undefined, day: undefined };
      if (agrees(asked, value)) return { value, period, metric };
    }
  }
  // Records: every day that was, when it came, the highest of its year so far or of all years ("surpassing
  // the previous record of 882 set on June 18", « le record de l'année … le 31 mai »).
  if (claim.record || claim.day) {
    const year = Number(published.slice(0, 4));
    for (let y = FIRST_YEAR; y <= year; y++) {
      let best = -1;
      for (let d: ISODate = `${y}-01-01`; d <= asOf && d.startsWith(String(y)); d = addDays(d, 1)) {
        const value = data.value("people", { start: d, end: d }, asOf);
        if (value === null || value <= best) continue;
        best = value;
        if (agrees({ ...claim, metric: "people", period: { start: d, end: d } }, value)) return { value, period: { start: d, end: d }, metric: "people" };
      }
    }
  }
  return null;
}
