/**
 * The dataset as verdicts see it (issue 4): for a claim and a day D, the official figures as they
 * stood on D. Counts come from the Home Office daily series through the data layer's queries
 * (core/data/queries.ts, issue 3); deaths, money and the returns pilot from its curated figures.
 */
import { addDays, dayNumber, latestDayOf } from "../data/dates";
import { changeBetween, highestDay, peoplePerBoat, quarterlyAlternatives, sameDayInYear, sumPeriod } from "../data/queries";
import type { CuratedFigure, Dataset, Period } from "../data/types";
import type { Claim, Metric } from "./claims";
import { isFullYear, type ISODate } from "./periods";
import { agreement, type FigureLookup, type LookupAnswer, type Official } from "./verdicts";

// Curated figure kinds and units for each claim metric that the time series does not answer. Deaths are
// yearly tolls; a single sinking's toll ("deaths-single-incident") answers only a claim about that day.
const CURATED_KINDS: Partial<Record<Metric, RegExp>> = {
  deaths: /^deaths$/,
  returns: /^returns?/,
  admissions: /^returns?-running|^admissions?|^admitted/,
  arrests: /^arrests?/,
  money: /^(?:payment|payment-total|cost|spend|funding)$/,
  percent: /share|percent|rate/,
};


// Curated deaths in one sinking (24 November 2021), apart from the year's totals.
const SINGLE_INCIDENT_KIND = "deaths-single-incident";

// Curated figures holding a day's provisional count that today's series revised (the MoD's 2022 counts).
const PROVISIONAL_DAY_KIND = "record-day-provisional";

function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

// "27 died on 24 November": a claim about one day.
function singleDay(claim: Claim): boolean {
  return claim.period !== null && claim.period.start === claim.period.end;
}

/** Verdict lookups over `dataset`. */
export function datasetLookup(dataset: Dataset): FigureLookup {
  const publisher = new Map(dataset.sources.map((s) => [s.id, s.publisher]));
  const sourceName = (id: string) => publisher.get(id) ?? id;
  const series = dataset.series;
  const seriesSource = sourceName(series.sourceId);

  const fromSeries = (value: number, period: Period, asOf: ISODate, note?: string, complete = true): Official => ({
    value,
    period,
    source: seriesSource,
    sourceId: series.sourceId,
    asOf,
    ...(complete ? {} : { complete: false }),
    ...(note ? { note } : {}),
  });
  const fromCurated = (f: CuratedFigure, value = f.value ?? 0): Official => ({
    value,
    period: { start: f.period.start, end: f.period.end },
    source: sourceName(f.sourceId),
    sourceId: f.sourceId,
    asOf: f.asOf,
    note: f.counts?.en ?? f.label.en,
  });
  // Known on day D: published by D + 1, the article's own date when D is the day before it (the first
  // day verdicts ask about); a partial date counts from its last day (docs/decisions/0010).
  const knownBy = (f: CuratedFigure, asOf: ISODate) => latestDayOf(f.published) <= addDays(asOf, 1);

  // A period's total as the data stood on `asOf`; null when the data does not reach into it.
  const total = (metric: "people" | "boats", period: Period, asOf: ISODate) => {
    const answer = sumPeriod(series, metric, period, asOf);
    return answer.covered ? answer : null;
  };

  // The Ministry of Defence's provisional count for a day, where it differs from today's series (2022).
  const provisionalDay = (day: ISODate) => dataset.figures.find((f) => f.kind === PROVISIONAL_DAY_KIND && f.period.start === day && f.value !== undefined);

  function countFigures(claim: Claim, metric: "people" | "boats", asOf: ISODate): LookupAnswer {
    const period = claim.period;
    if (claim.day && (!period || period.start !== period.end)) {
      // "a record 1,195 in a single day", "973 on the busiest day of 2024": the highest day.
      const best = highestDay(series, metric, period ?? undefined, asOf);
      if (!best.date) return { figures: [] };
      const figure = fromSeries(best.value, { start: best.date, end: best.date }, best.asOf, best.note?.en);
      // In 2022 the MoD's provisional record (1,295 on 22 August) and today's series disagree: sources differ.
      const mod = metric === "people" ? dataset.figures.find((f) => f.kind === PROVISIONAL_DAY_KIND && f.value !== undefined && f.period.start <= best.asOf && (!period || (f.period.start >= period.start && f.period.start <= period.end))) : undefined;
      if (mod && mod.value !== best.value && (claim.value === mod.value || claim.value === best.value)) return { figures: [], disputed: [figure, fromCurated(mod)] };
      return { figures: [figure] };
    }
    if (!period) return { figures: [] };
    const answer = total(metric, period, asOf);
    if (!answer) return { figures: [] };
    if (metric === "people" && period.start === period.end) {
      const mod = provisionalDay(period.start);
      if (mod && mod.value !== answer.value && claim.value === mod.value) return { figures: [], disputed: [fromSeries(answer.value, period, answer.asOf), fromCurated(mod)] };
    }
    const figures = [fromSeries(answer.value, answer.covered ?? period, answer.asOf, undefined, answer.complete)];
    if (isFullYear(period) && metric === "people") {
      // The quarterly statistics' annual totals differ from the time series in 2020 and 2022.
      for (const f of quarterlyAlternatives(Number(period.start.slice(0, 4)), dataset.figures)) figures.push(fromCurated(f));
    }
    return { figures };
  }

  // A change between two periods: in percent ("up 48%"), or in people or boats ("6,000 more than last year").
  function changeFigures(claim: Claim, asOf: ISODate): Official[] {
    const period = claim.period;
    const base = claim.comparison?.period;
    if (!period || !base) return [];
    const metric = claim.metric === "boats" ? "boats" : "people";
    const now = total(metric, period, asOf);
    if (!now?.covered) return [];
    // An ongoing period is compared with the same point of the base year.
    const baseEnd = now.complete && !claim.ongoing ? base.end : sameDayInYear(now.covered.end, Number(base.end.slice(0, 4)));
    const then = total(metric, { start: base.start, end: baseEnd }, asOf);
    if (!then) return [];
    const change = changeBetween(then, now);
    const amount = claim.metric === "percent" ? change.percent : change.difference;
    if (amount === null) return [];
    const signed = claim.comparison?.direction === "down" ? -amount : amount;
    return [fromSeries(claim.metric === "percent" ? Math.round(signed * 10) / 10 : signed, now.covered, now.asOf, undefined, now.complete || claim.ongoing === true)];
  }

  // The values a curated figure offers for a claim: its value, the part named like the claim
  // ("returned to France"), or the total of its parts (a three-year deal paid in yearly tranches).
  function curatedValues(f: CuratedFigure, metric: Metric): Official[] {
    if (f.value !== undefined) return [fromCurated(f, f.value)];
    const parts = f.values ?? [];
    if (parts.length === 0) return [];
    if (metric === "returns" || metric === "admissions") {
      const wanted = metric === "returns" ? /return|renvoy/i : /admit|admis/i;
      return parts.filter((v) => wanted.test(v.label.en)).map((v) => fromCurated(f, v.value));
    }
    if (metric === "money") return [fromCurated(f, parts.reduce((sum, v) => sum + v.value, 0)), ...parts.map((v) => fromCurated(f, v.value))];
    return [];
  }

  function curatedFigures(claim: Claim, asOf: ISODate): LookupAnswer {
    // One sinking's toll: a claim about that day, or one the sentence calls a sinking ("the 2021 disaster").
    const kind = (singleDay(claim) || claim.incident) && claim.metric === "deaths" ? /^deaths(?:-single-incident)?$/ : CURATED_KINDS[claim.metric];
    if (!kind) return { figures: [] };
    // Money is checked only when its subject is known (payments to France, Rwanda), so that
    // "£2,500 a seat" is never compared with a government payment.
    if (claim.metric === "money" && !claim.topic) return { figures: [] };
    const unit = claim.metric === "money" ? (claim.currency === "€" ? "EUR" : "GBP") : null;
    const runningTotal = claim.metric === "returns" || claim.metric === "admissions";
    let candidates = dataset.figures.filter(
      (f) =>
        f.status !== "unverified" &&
        // Figures from custom feeds are shown on cards but never decide a verdict (a feed may call itself
        // "Home Office"); only built-in sources do.
        f.feedId === undefined &&
        (claim.metric !== "percent" || (f.topic === claim.topic && !!claim.period && f.period.start === claim.period.start && f.period.end === claim.period.end)) &&
        kind.test(f.kind) &&
        // Only what was public when the article was written (issue 13).
        knownBy(f, asOf) &&
        (unit === null || f.unit === unit) &&
        (claim.metric !== "money" || f.topic === claim.topic) &&
        (claim.metric === "money" || runningTotal || !claim.period || overlaps(f.period, claim.period)),
    );
    // "£657m since 2018": only totals counted from the same year answer it; without one, it cannot be checked.
    if (claim.metric === "money" && claim.period) {
      candidates = candidates.filter((f) => f.period.start.slice(0, 4) === claim.period!.start.slice(0, 4));
    }
    if (claim.metric === "deaths") {
      // A sinking's toll is compared with single incidents only.
      if (claim.incident) candidates = candidates.filter((f) => f.kind === SINGLE_INCIDENT_KIND);
      // No official UK statistic: sources count deaths differently, so a death toll is always shown as
      // "sources differ" with each source (FACTS.md, deaths).
      const latest = candidates.reduce<string | null>((acc, f) => (acc === null || f.period.end > acc ? f.period.end : acc), null);
      const same = claim.period ? candidates : candidates.filter((f) => f.period.end === latest);
      const sources = same.flatMap((f) => curatedValues(f, claim.metric));
      return sources.length > 0 ? { figures: [], disputed: sources } : { figures: [] };
    }
    if (runningTotal) {
      // Running totals: the latest one published by `asOf`. A claim above it may report a newer total
      // we do not hold: that is "cannot be checked", never "differs" (issue 13).
      const latest = [...candidates].sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
      const figures = latest ? curatedValues(latest, claim.metric) : [];
      const beyond = figures.length > 0 && figures.every((o) => claim.value > o.value && agreement(claim, o.value) === "differs");
      return { figures: beyond ? [] : figures };
    }
    return { figures: candidates.flatMap((f) => curatedValues(f, claim.metric)) };
  }

  // Live blogs repeat the same figures: answers are cached by what they depend on (bounded).
  const cache = new Map<string, LookupAnswer>();
  const keys = new WeakMap<Claim, string>(); // a claim is asked about seven days: its key is built once
  const CACHE_LIMIT = 5000;

  return {
    alternatives: {
      // Only a period the data covers entirely, as it stood on `asOf`.
      value(metric, period, asOf) {
        if (metric === "people-per-boat") {
          const ratio = peoplePerBoat(series, period, asOf);
          return ratio.value === null || !ratio.complete ? null : Math.round(ratio.value * 10) / 10;
        }
        const answer = sumPeriod(series, metric, period, asOf);
        return answer.covered && answer.complete ? answer.value : null;
      },
    },
    lookup(asked: Claim, asOf: ISODate): LookupAnswer {
      let claimKey = keys.get(asked);
      if (claimKey === undefined) {
        // A running total's answer also depends on the claimed value (a total above ours is not judged).
        claimKey = JSON.stringify([asked.metric, asked.period, asked.ongoing, asked.day, asked.window, asked.comparison, asked.topic, asked.currency, asked.value, asked.approx, asked.number.text, asked.incident]);
        keys.set(asked, claimKey);
      }
      const key = `${claimKey}@${asOf}`;
      const cached = cache.get(key);
      if (cached) return cached;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      const answer = answerFor(asked, asOf);
      cache.set(key, answer);
      return answer;
    },
  };

  function answerFor(asked: Claim, asOf: ISODate): LookupAnswer {
      // "So far this year", "at the same point last year": up to the data's day, in the period's year;
      // "in the past week", "en 24 heures": the last days of the data.
      const claim = asked.window
        ? { ...asked, period: { start: addDays(asOf, 1 - asked.window), end: asOf } }
        : asked.ongoing && asked.period
          ? { ...asked, period: { start: asked.period.start, end: sameDayInYear(asOf, Number(asked.period.end.slice(0, 4))) } }
          : asked;
      if (claim.rate || (claim.period && claim.period.start > asOf)) return { figures: [] };
      switch (claim.metric) {
        case "people":
        case "boats":
          return claim.comparison ? { figures: changeFigures(claim, asOf) } : countFigures(claim, claim.metric, asOf);
        case "people-per-day": {
          if (!claim.period) return { figures: [] };
          const sum = total("people", claim.period, asOf);
          if (!sum?.covered) return { figures: [] };
          const days = dayNumber(sum.covered.end) - dayNumber(sum.covered.start) + 1;
          return { figures: [fromSeries(Math.round((sum.value / days) * 10) / 10, sum.covered, sum.asOf, undefined, sum.complete || claim.ongoing === true)] };
        }
        case "people-per-boat": {
          if (!claim.period) return { figures: [] };
          const ratio = peoplePerBoat(series, claim.period, asOf);
          return ratio.value === null || !ratio.covered ? { figures: [] } : { figures: [fromSeries(Math.round(ratio.value * 10) / 10, ratio.covered, ratio.asOf, undefined, ratio.complete || claim.ongoing === true)] };
        }
        case "percent":
          return claim.comparison ? { figures: changeFigures(claim, asOf) } : curatedFigures(claim, asOf);
        default:
          return curatedFigures(claim, asOf);
      }
  }
}
