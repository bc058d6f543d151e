/**
 * The dataset as verdicts see it (issue 4): for a claim and a day D, the official figures as they
 * stood on D. Counts come from the Home Office daily series through the data layer's queries
 * (core/data/queries.ts, issue 3); deaths, money and the returns pilot from its curated figures.
 */
import { bundledDataset } from "../data/bundled";
import { changeBetween, highestDay, peoplePerBoat, quarterlyAlternatives, sameDayInYear, sumPeriod } from "../data/queries";
import type { CuratedFigure, Dataset, Period } from "../data/types";
import type { Claim, Metric } from "./claims";
import type { ISODate } from "./periods";
import type { FigureLookup, LookupAnswer, Official } from "./verdicts";

// Curated figure kinds and units for each claim metric that the time series does not answer.
const CURATED_KINDS: Partial<Record<Metric, RegExp>> = {
  deaths: /^deaths?/,
  returns: /^returns?/,
  admissions: /^admissions?|^admitted/,
  arrests: /^arrests?/,
  money: /payment|cost|money|spend|funding|total/,
  percent: /share|percent|rate/,
};

function isFullYear(p: Period): boolean {
  return p.start.endsWith("-01-01") && p.end.endsWith("-12-31") && p.start.slice(0, 4) === p.end.slice(0, 4);
}

function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Verdict lookups over `dataset`. */
export function datasetLookup(dataset: Dataset): FigureLookup {
  const publisher = new Map(dataset.sources.map((s) => [s.id, s.publisher]));
  const sourceName = (id: string) => publisher.get(id) ?? id;
  const series = dataset.series;
  const seriesSource = sourceName(series.sourceId);

  const fromSeries = (value: number, period: Period, asOf: ISODate, note?: string): Official => ({
    value,
    period,
    source: seriesSource,
    sourceId: series.sourceId,
    asOf,
    ...(note ? { note } : {}),
  });
  const fromCurated = (f: CuratedFigure): Official => ({
    value: f.value ?? 0,
    period: f.period,
    source: sourceName(f.sourceId),
    sourceId: f.sourceId,
    asOf: f.asOf,
    note: f.counts?.en ?? f.label.en,
  });

  // A period's total as the data stood on `asOf`; null when the data does not reach into it.
  const total = (metric: "people" | "boats", period: Period, asOf: ISODate) => {
    const answer = sumPeriod(series, metric, period, asOf);
    return answer.covered ? answer : null;
  };

  function countFigures(claim: Claim, metric: "people" | "boats", asOf: ISODate): Official[] {
    const period = claim.period;
    if (claim.day && (!period || period.start !== period.end)) {
      // "a record 1,195 in a single day", "973 on the busiest day of 2024": the highest day.
      const best = highestDay(series, metric, period ?? undefined, asOf);
      return best.date ? [fromSeries(best.value, { start: best.date, end: best.date }, best.asOf, best.note?.en)] : [];
    }
    if (!period) return [];
    const answer = total(metric, period, asOf);
    if (!answer) return [];
    const figures = [fromSeries(answer.value, answer.covered ?? period, answer.asOf)];
    if (isFullYear(period) && metric === "people") {
      // The quarterly statistics' annual totals differ from the time series in 2020 and 2022.
      for (const f of quarterlyAlternatives(Number(period.start.slice(0, 4)), dataset.figures)) figures.push(fromCurated(f));
    }
    return figures;
  }

  function changeFigures(claim: Claim, asOf: ISODate): Official[] {
    const period = claim.period;
    const base = claim.comparison?.period;
    if (!period || !base) return [];
    const now = total("people", period, asOf);
    if (!now?.covered) return [];
    // An ongoing period is compared with the same point of the base year.
    const baseEnd = now.complete ? base.end : sameDayInYear(now.covered.end, Number(base.end.slice(0, 4)));
    const then = total("people", { start: base.start, end: baseEnd }, asOf);
    if (!then) return [];
    const change = changeBetween(then, now);
    if (change.percent === null) return [];
    const signed = claim.comparison?.direction === "down" ? -change.percent : change.percent;
    return [fromSeries(Math.round(signed * 10) / 10, now.covered, now.asOf)];
  }

  function curatedFigures(claim: Claim, asOf: ISODate): LookupAnswer {
    const kind = CURATED_KINDS[claim.metric];
    if (!kind) return { figures: [] };
    const unit = claim.metric === "money" ? (claim.currency === "€" ? "EUR" : "GBP") : null;
    const candidates = dataset.figures.filter(
      (f) =>
        f.value !== undefined &&
        f.asOf <= asOf &&
        f.status !== "unverified" &&
        kind.test(f.kind) &&
        (unit === null || f.unit === unit) &&
        (claim.metric !== "money" || !claim.topic || f.topic === claim.topic) &&
        (claim.metric === "money" || !claim.period || overlaps(f.period, claim.period)),
    );
    if (claim.metric === "deaths") {
      // Sources count deaths differently: more than one value for the period means "sources differ".
      const latest = candidates.reduce<string | null>((acc, f) => (acc === null || f.period.end > acc ? f.period.end : acc), null);
      const same = claim.period ? candidates : candidates.filter((f) => f.period.end === latest);
      const values = new Set(same.map((f) => f.value));
      if (values.size > 1) return { figures: [], disputed: same.map(fromCurated) };
      return { figures: same.map(fromCurated) };
    }
    if (claim.metric === "returns" || claim.metric === "admissions") {
      // Running totals: the latest one published by `asOf`.
      const latest = [...candidates].sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
      return { figures: latest ? [fromCurated(latest)] : [] };
    }
    return { figures: candidates.map(fromCurated) };
  }

  return {
    lookup(claim: Claim, asOf: ISODate): LookupAnswer {
      if (claim.period && claim.period.start > asOf) return { figures: [] };
      switch (claim.metric) {
        case "people":
        case "boats":
          return { figures: countFigures(claim, claim.metric, asOf) };
        case "people-per-boat": {
          if (!claim.period) return { figures: [] };
          const ratio = peoplePerBoat(series, claim.period, asOf);
          return ratio.value === null || !ratio.covered ? { figures: [] } : { figures: [fromSeries(Math.round(ratio.value * 10) / 10, ratio.covered, ratio.asOf)] };
        }
        case "percent":
          return claim.comparison ? { figures: changeFigures(claim, asOf) } : curatedFigures(claim, asOf);
        default:
          return curatedFigures(claim, asOf);
      }
    },
  };
}

let bundled: FigureLookup | null = null;

/** A lookup over the dataset bundled with the extension (built once). */
export function bundledLookup(): FigureLookup {
  bundled ??= datasetLookup(bundledDataset());
  return bundled;
}
