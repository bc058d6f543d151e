import type { TopicId } from "../topics";
import type { ClaimState } from "./verdict-words";

/**
 * The popover's view model (issue #5): everything a popover shows, already worded and formatted in the
 * reader's language, built by `buildCard()` in the background from the dataset, so the content script
 * and the components carry no data and no statistics code. Every figure names its source by id.
 */

export type CardLanguage = "en" | "fr";

/** One source, as listed at the foot of the popover. */
export interface CardSource {
  id: string;
  publisher: string;
  title: string;
  /** https URL only (checked by the builder); absent for a source known only by name. */
  url?: string;
  /** Publication date, formatted. */
  published: string;
  /** Tier in words: "Official statistics", "Parliament", "Press", ... */
  tier: string;
  /** The licence the source is published under, as the data names it ("Open Government Licence v3.0"). */
  licence?: string;
  /** The copy the source was read in, when its original was not opened (issue 13). */
  via?: { publisher: string; title: string; url: string; published?: string };
}

/** One key figure: "2025 so far" · "21,117" · "to 7 Jul 2025". */
export interface CardFigure {
  label: string;
  value: string;
  /** What the value counts, when it is a count of people ("people"); used in the citation. */
  unit?: string;
  /** Period and as-of date in words. */
  detail: string;
  sourceId: string;
  /** How far the figure can be trusted, in words ("Seen in a copy that names the original"). */
  status?: string;
  /** The source's caveat: basis, exchange rate, what was not opened. */
  note?: string;
}

/** A claim the article makes and what the official data says. */
export interface CardClaim {
  /** The article's words, as highlighted. */
  text: string;
  /** Machine verdict, also the highlight's data-verdict. */
  verdict: ClaimState;
  /** The verdict in words and its symbol, from the one verdict table (verdict-words.ts). */
  verdictLabel: string;
  verdictSymbol: string;
  /** Official value, period and source, in words. */
  official?: string;
  sourceId?: string;
  /** One sentence. */
  explanation: string;
}

/** One bar of the chart. */
export interface ChartBar {
  label: string;
  value: number;
  /** The value formatted for display. */
  display: string;
  /** The bar the article talks about. */
  current?: boolean;
}

/** A small bar chart; `summary` is its text alternative. */
export interface CardChart {
  title: string;
  summary: string;
  bars: ChartBar[];
  sourceId: string;
}

/** Deaths: each source's figure side by side, never one number alone. */
export interface CardDeathRow {
  source: string;
  value: string;
  /** The period the toll covers and when it was published: "2024 · published Feb 2025". */
  period: string;
  /** What that source counts. */
  counts: string;
  sourceId: string;
}

/** Figures published after the article's date, shown apart so none passes for what was known then. */
export interface CardLater {
  title: string;
  figures: CardFigure[];
  deaths: CardDeathRow[];
}

/** Everything one popover shows. */
export interface CardModel {
  lang: CardLanguage;
  topic: TopicId;
  title: string;
  figures: CardFigure[];
  claim?: CardClaim;
  chart?: CardChart;
  /** What the figures count and don't count. */
  counts: string[];
  deaths?: { title: string; rows: CardDeathRow[] };
  /** "Published after this article" (issue 13). */
  later?: CardLater;
  background?: string;
  /** The background text's own heading, e.g. "What counts as a small-boat arrival". */
  backgroundTitle?: string;
  sources: CardSource[];
  /** Plain text for "Copy with citation": figure, period, source, URL, as-of date. */
  citation: string;
  /** What the card shows and how fresh it is: "Home Office data to 20 Aug 2026". */
  freshness: string;
  /** Heading over the figures when the article's date is known: "As of the article (5 Jan 2026)". */
  asOfTitle?: string;
}
