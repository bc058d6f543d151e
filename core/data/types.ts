/**
 * Shapes of Tidemark's data layer: the Home Office daily series, the source registry, curated figures and
 * background texts. Every figure the extension shows is reachable from a `Source` by id (docs/decisions/0002).
 */
import type { TopicId } from "../topics.ts";

/** A calendar day, `YYYY-MM-DD`, always interpreted in UTC. */
export type ISODate = string;

/**
 * A date known to the year, month or day (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): some sources are known only as
 * "a report published in July 2025", and we do not invent the day.
 */
export type PartialDate = string;

/** What the Home Office series counts. */
export type Metric = "people" | "boats";

/** An inclusive range of days. */
export interface Period {
  start: ISODate;
  end: ISODate;
}

/** How authoritative a source is; the popover shows it next to the figure. */
export const SOURCE_TIERS = [
  "official-statistics",
  "official-operational",
  "parliamentary-record",
  "legislation",
  "international-organisation",
  "ngo",
  "press-report",
] as const;
export type SourceTier = (typeof SOURCE_TIERS)[number];

/** Text in both languages the extension speaks. */
export interface Bilingual {
  en: string;
  fr: string;
}

/**
 * The copy a source was read in, when its original was not opened: a press report of a statement, a
 * parliamentary record on a mirror. Always an https address we opened (docs/decisions/0010).
 */
export interface SourceCopy {
  publisher: string;
  title: string;
  url: string;
  /** When the copy was published, at the precision it shows; absent when the copy shows no date. */
  published?: PartialDate;
}

/**
 * One document a figure comes from: its original (publisher, title, date) and, where we opened it, its
 * address. A source read in a copy names that copy as `via`; every source has an https link, its own or
 * its copy's (docs/decisions/0002, 0010).
 */
export interface Source {
  id: string;
  publisher: string;
  title: string;
  url?: string;
  published: PartialDate;
  licence?: string;
  tier: SourceTier;
  via?: SourceCopy;
}

/** Weekly SB_02 rows: arrivals plus French-reported preventions; index i is the week ending `firstWeekEnding + 7i`. */
export interface WeeklySeries {
  firstWeekEnding: ISODate;
  people: (number | null)[];
  boats: (number | null)[];
  preventedPeople: (number | null)[];
  preventedEvents: (number | null)[];
}

/**
 * The Home Office "Migrants detected crossing the English Channel in small boats – time series" (SB_01 daily,
 * SB_02 weekly). Daily arrays are indexed from `start`; null is the spreadsheet's "-" (no data).
 */
export interface OfficialSeries {
  sourceId: string;
  released: ISODate;
  /** Last day with data in SB_01. */
  asOf: ISODate;
  start: ISODate;
  people: (number | null)[];
  boats: (number | null)[];
  /** Days the Home Office marked "Revised". */
  revised: ISODate[];
  weekly: WeeklySeries;
  caveats: Bilingual[];
}

/** A sum (or other value) read from the series, with everything needed to cite it. */
export interface Answer {
  metric: Metric;
  /** The period asked for. */
  period: Period;
  value: number;
  /** False when the asked period runs past `asOf` or before the data starts. */
  complete: boolean;
  /** The part of the asked period the data covers; null when none. */
  covered: Period | null;
  asOf: ISODate;
  sourceId: string;
  note?: Bilingual;
  /** Curated figure ids the note relies on (e.g. the MoD's 2022 record day), so their sources can be shown. */
  seeAlso?: string[];
}

/** Change from `from` to `to`. */
export interface Change {
  metric: Metric;
  from: Answer;
  to: Answer;
  difference: number;
  /** Percent change relative to `from`, unrounded; null when `from` is 0. */
  percent: number | null;
  complete: boolean;
}

/** The highest single day in a period. */
export interface DayAnswer extends Answer {
  /** First day reaching the highest value; null when the period has no data. */
  date: ISODate | null;
}

/** People per boat over a period. */
export interface RatioAnswer {
  period: Period;
  people: number;
  boats: number;
  /** people ÷ boats, unrounded; null when no boats. */
  value: number | null;
  complete: boolean;
  covered: Period | null;
  asOf: ISODate;
  sourceId: string;
}

/**
 * How far a figure can be trusted: "primary" = read in the original document; "secondary" = seen in a press,
 * NGO or research copy that names the original; "unverified" = a circulating claim we could not trace (kept only
 * so that a claim using it can be flagged, never shown as a fact).
 */
export type FigureStatus = "primary" | "secondary" | "unverified";

/** One value of a multi-valued figure, e.g. one nationality in a top-five list. */
export interface LabelledValue {
  label: Bilingual;
  value: number;
}

/** How precisely a source states a period: a whole year, a month (or months), or days. */
export type PeriodPrecision = "year" | "month" | "day";

/** A curated figure's period: full dates for arithmetic, and the precision the source gave it at. */
export interface CuratedPeriod extends Period {
  precision: PeriodPrecision;
}

/**
 * A sourced figure outside the daily series. `period` and `asOf` are full dates; when a source gives only a
 * month, the period starts on its first day or ends on its last day, and `period.precision` says so
 * (docs/decisions/0002). Events (a law in force, a first return) have no value: the period is the day.
 * `published` is when the figure became public: a claim is judged only by figures published by its
 * article's date (docs/decisions/0010).
 */
export interface CuratedFigure {
  id: string;
  topic: TopicId;
  /** What sort of figure, e.g. "deaths", "payment", "returns", "cost", "share", "annual-total". */
  kind: string;
  value?: number;
  values?: LabelledValue[];
  /** "people", "boats", "EUR", "GBP", "percent", "years", "date"… */
  unit: string;
  period: CuratedPeriod;
  asOf: ISODate;
  /** When the source made the figure public, at the precision known. */
  published: PartialDate;
  sourceId: string;
  status: FigureStatus;
  label: Bilingual;
  /** What exactly is counted, where sources differ (deaths). */
  counts?: Bilingual;
  /** Basis, caveat or why the status is what it is. */
  note?: Bilingual;
  /** Set on figures a custom feed added (its id): shown on cards, never used to decide a verdict. */
  feedId?: string;
}

/** One sentence of a background text, in both languages, with the sources it rests on. */
export interface BackgroundSentence {
  en: string;
  fr: string;
  sourceIds: string[];
}

/** A short neutral background text written by us (3–5 sentences). */
export interface TopicBackground {
  id: TopicId;
  title: Bilingual;
  sentences: BackgroundSentence[];
  lastReviewed: ISODate;
}

/** Everything the extension knows, bundled or fetched. */
export interface Dataset {
  schemaVersion: 1;
  series: OfficialSeries;
  sources: Source[];
  figures: CuratedFigure[];
  topics: TopicBackground[];
}
