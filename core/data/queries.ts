/**
 * Questions asked of the Home Office daily series. Pure functions: every answer names its period, value,
 * source id and the data's as-of date, and says when the asked period is not fully covered (issue 3).
 */
import { addDays, dayNumber, isoDate, lastDayOfMonth, maxDate, minDate } from "./dates.ts";
import type { Answer, Bilingual, Change, CuratedFigure, DayAnswer, ISODate, Metric, OfficialSeries, Period, RatioAnswer } from "./types.ts";

/** The series as it stood at the end of `asOf`: later days (and weeks ending later) removed. */
export function truncateAsOf(series: OfficialSeries, asOf: ISODate): OfficialSeries {
  if (asOf >= series.asOf) return series;
  const days = Math.max(0, dayNumber(asOf) - dayNumber(series.start) + 1);
  const weeks = Math.max(0, Math.floor((dayNumber(asOf) - dayNumber(series.weekly.firstWeekEnding)) / 7) + 1);
  const w = series.weekly;
  return {
    ...series,
    asOf: days > 0 ? asOf : addDays(series.start, -1),
    people: series.people.slice(0, days),
    boats: series.boats.slice(0, days),
    revised: series.revised.filter((d) => d <= asOf),
    weekly: {
      firstWeekEnding: w.firstWeekEnding,
      people: w.people.slice(0, weeks),
      boats: w.boats.slice(0, weeks),
      preventedPeople: w.preventedPeople.slice(0, weeks),
      preventedEvents: w.preventedEvents.slice(0, weeks),
    },
  };
}

/** Part of `period` inside the data (start … min(series.asOf, asOf)), or null when none of it is. */
function coverage(series: OfficialSeries, period: Period, asOf?: ISODate): { covered: Period | null; complete: boolean; asOf: ISODate } {
  const end = asOf === undefined ? series.asOf : minDate(series.asOf, asOf);
  const from = maxDate(period.start, series.start);
  const to = minDate(period.end, end);
  return {
    covered: from <= to ? { start: from, end: to } : null,
    complete: period.start >= series.start && period.end <= end && period.start <= period.end,
    asOf: end,
  };
}

function values(series: OfficialSeries, metric: Metric): (number | null)[] {
  return metric === "people" ? series.people : series.boats;
}

function indexRange(series: OfficialSeries, covered: Period): [number, number] {
  const base = dayNumber(series.start);
  return [dayNumber(covered.start) - base, dayNumber(covered.end) - base];
}

const MISSING_DAYS: Bilingual = {
  en: "Some days in this period have no data in the Home Office series.",
  fr: "Certains jours de cette période n'ont pas de données dans la série du Home Office.",
};

/** Total people or boats in `period`, using only data up to `asOf` (default: all the data). */
export function sumPeriod(series: OfficialSeries, metric: Metric, period: Period, asOf?: ISODate): Answer {
  const c = coverage(series, period, asOf);
  let value = 0;
  let missing = false;
  if (c.covered) {
    const [from, to] = indexRange(series, c.covered);
    const v = values(series, metric);
    for (let i = from; i <= to; i++) {
      const x = v[i];
      if (x === null || x === undefined) missing = true;
      else value += x;
    }
  }
  const answer: Answer = { metric, period, value, complete: c.complete, covered: c.covered, asOf: c.asOf, sourceId: series.sourceId };
  if (missing) answer.note = MISSING_DAYS;
  return answer;
}

/** A calendar year, half (index 1–2), quarter (1–4) or month (1–12). */
export function calendarPeriod(kind: "year" | "half" | "quarter" | "month", year: number, index = 1): Period {
  const months = { year: 12, half: 6, quarter: 3, month: 1 }[kind];
  const count = 12 / months;
  if (!Number.isInteger(index) || index < 1 || index > count) throw new RangeError(`${kind} index must be 1–${count}, not ${index}`);
  const first = (index - 1) * months + 1;
  const last = first + months - 1;
  return { start: isoDate(year, first, 1), end: isoDate(year, last, lastDayOfMonth(year, last)) };
}

/** 1 January to `day` inclusive, as the data stood on `day`. */
export function yearToDate(series: OfficialSeries, metric: Metric, day: ISODate): Answer {
  return sumPeriod(series, metric, { start: `${day.slice(0, 4)}-01-01`, end: day }, day);
}

/** The same day of the year as `day` in another `year` (29 February becomes 28 February). */
export function sameDayInYear(day: ISODate, year: number): ISODate {
  const month = Number(day.slice(5, 7));
  return isoDate(year, month, Math.min(Number(day.slice(8, 10)), lastDayOfMonth(year, month)));
}

/** Year to date in `year` up to the same point as `day` (e.g. 1 Jan–25 Oct 2023 for 25 Oct 2024). */
export function samePointInYear(series: OfficialSeries, metric: Metric, day: ISODate, year: number): Answer {
  return yearToDate(series, metric, sameDayInYear(day, year));
}

/** Total from `start` (e.g. 2018-01-01, or an event such as 2024-07-05) to the data's as-of date. */
export function cumulativeSince(series: OfficialSeries, metric: Metric, start: ISODate, asOf?: ISODate): Answer {
  const end = asOf === undefined ? series.asOf : minDate(series.asOf, asOf);
  return sumPeriod(series, metric, { start, end }, end);
}

/** Change from `from` to `to` in the same metric, in units and percent of `from`. */
export function changeBetween(from: Answer, to: Answer): Change {
  if (from.metric !== to.metric) throw new TypeError(`cannot compare ${from.metric} with ${to.metric}`);
  const difference = to.value - from.value;
  return {
    metric: from.metric,
    from,
    to,
    difference,
    percent: from.value === 0 ? null : (difference / from.value) * 100,
    complete: from.complete && to.complete,
  };
}

// The MoD published provisional daily counts until early 2023; its 2022 record differs from today's series
// (FACTS.md "highest single day"; Notes sheet note 1).
/** Curated figure holding the MoD's 2022 record day, with its source (assets/data/curated.json). */
export const MOD_2022_FIGURE_ID = "mod-record-day-2022";
const MOD_2022: Period = { start: "2022-01-01", end: "2022-12-31" };
const MOD_2022_NOTE: Bilingual = {
  en: "The Ministry of Defence's provisional daily figures published in 2022 gave a different record: 1,295 people on 22 August 2022. Today's Home Office series counts arrivals differently, so 2022 record-day claims depend on the series used.",
  fr: "Les chiffres quotidiens provisoires publiés en 2022 par le ministère britannique de la Défense donnaient un autre record : 1 295 personnes le 22 août 2022. La série actuelle du Home Office compte les arrivées autrement ; un « record » de 2022 dépend donc de la série utilisée.",
};

/** The highest single day in `period` (default: all the data) as of `asOf`; earliest day wins ties. */
export function highestDay(series: OfficialSeries, metric: Metric, period?: Period, asOf?: ISODate): DayAnswer {
  const asked = period ?? { start: series.start, end: asOf === undefined ? series.asOf : minDate(series.asOf, asOf) };
  const c = coverage(series, asked, asOf);
  let best: number | null = null;
  let bestIndex = -1;
  if (c.covered) {
    const [from, to] = indexRange(series, c.covered);
    const v = values(series, metric);
    for (let i = from; i <= to; i++) {
      const x = v[i];
      if (x !== null && x !== undefined && (best === null || x > best)) [best, bestIndex] = [x, i];
    }
  }
  const answer: DayAnswer = {
    metric,
    period: asked,
    value: best ?? 0,
    date: bestIndex >= 0 ? addDays(series.start, bestIndex) : null,
    complete: c.complete,
    covered: c.covered,
    asOf: c.asOf,
    sourceId: series.sourceId,
  };
  if (metric === "people" && c.covered && c.covered.start <= MOD_2022.end && c.covered.end >= MOD_2022.start) {
    answer.note = MOD_2022_NOTE;
    answer.seeAlso = [MOD_2022_FIGURE_ID];
  }
  return answer;
}

/** Average people per boat over `period`, as of `asOf`. */
export function peoplePerBoat(series: OfficialSeries, period: Period, asOf?: ISODate): RatioAnswer {
  const people = sumPeriod(series, "people", period, asOf);
  const boats = sumPeriod(series, "boats", period, asOf);
  return {
    period,
    people: people.value,
    boats: boats.value,
    value: boats.value === 0 ? null : people.value / boats.value,
    complete: people.complete,
    covered: people.covered,
    asOf: people.asOf,
    sourceId: series.sourceId,
  };
}

/** Kind of the curated figures holding the quarterly statistics' annual totals where they differ from the series. */
export const QUARTERLY_TOTAL_KIND = "annual-total-quarterly-statistics";

/**
 * Annual totals from the quarterly "Illegal entry routes" statistics that differ from the time series
 * (2020: 8,466; 2022: 45,774), so a claim using either value is recognised; `figures` is the dataset's list.
 */
export function quarterlyAlternatives(year: number, figures: readonly CuratedFigure[]): CuratedFigure[] {
  return figures.filter((f) => f.kind === QUARTERLY_TOTAL_KIND && f.period.start === `${year}-01-01` && f.period.end === `${year}-12-31`);
}

/** Weekly French-reported prevented departures (people) summed over weeks ending inside `period`. */
export function preventedInPeriod(series: OfficialSeries, period: Period): { value: number; weeks: number; firstWeekEnding: ISODate | null; lastWeekEnding: ISODate | null; sourceId: string } {
  const w = series.weekly;
  let value = 0;
  let weeks = 0;
  let first: ISODate | null = null;
  let last: ISODate | null = null;
  w.preventedPeople.forEach((x, i) => {
    const ending = addDays(w.firstWeekEnding, 7 * i);
    if (x === null || ending < period.start || ending > period.end) return;
    value += x;
    weeks++;
    first ??= ending;
    last = ending;
  });
  return { value, weeks, firstWeekEnding: first, lastWeekEnding: last, sourceId: series.sourceId };
}
