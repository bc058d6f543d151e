import { addDays, dayNumber } from "../data/dates";
import { samePointInYear, sumPeriod, yearToDate } from "../data/queries";
import type { Answer, Dataset, ISODate } from "../data/types";
import { describePeriod, formatDate } from "../detect/wording";
import { CARD_WORDS } from "./card-words";
import { formatCount } from "./card-format";
import type { CardChart, CardFigure, CardLanguage } from "./types";

/**
 * The arrivals section (issue 5, issue 13): the Home Office series as it stood the day before the article,
 * then, apart, what was published after it. In the first days of a year the article's year has almost no
 * data yet, so the card leads with the whole previous year (an article of 5 January 2026 opens with 2025).
 */
export interface SeriesSection {
  figures: CardFigure[];
  later: CardFigure[];
  chart: CardChart;
  counts: string[];
  freshness: string;
}

/** Days into a new year during which the card leads with the whole previous year. */
export const NEW_YEAR_LEAD_DAYS = 14;

export function seriesSection(data: Dataset, published: ISODate | null, lang: CardLanguage, withSamePoint: boolean, publisher: string): SeriesSection {
  const w = CARD_WORDS[lang];
  const series = data.series;
  const day = articleDay(published, series.asOf);
  const year = day.slice(0, 4);
  const view = (label: string, a: Answer): CardFigure => ({
    label, value: formatCount(lang, a.value), unit: w.people, detail: periodAndAsOf(lang, a.covered ?? a.period, a.asOf), sourceId: a.sourceId,
  });
  const previous = String(Number(year) - 1);
  const newYear = dayNumber(day) - dayNumber(`${year}-01-01`) < NEW_YEAR_LEAD_DAYS && previous >= series.start.slice(0, 4);

  const figures: CardFigure[] = [];
  if (newYear) figures.push(view(w.whole(previous), sumPeriod(series, "people", { start: `${previous}-01-01`, end: `${previous}-12-31` }, day)));
  figures.push(view(w.soFar(year), yearToDate(series, "people", day)));
  // A claim's card is long already: the chart shows the earlier years.
  if (withSamePoint && !newYear && previous >= series.start.slice(0, 4)) figures.push(view(w.samePoint(previous), samePointInYear(series, "people", day, Number(previous))));

  // What the data says now, published after the article: apart, and labelled so.
  const later: CardFigure[] = [];
  if (published && series.asOf > day) {
    const whole = sumPeriod(series, "people", { start: `${year}-01-01`, end: `${year}-12-31` });
    later.push(view(whole.complete ? w.whole(year) : w.latest(year), whole));
    const latestYear = series.asOf.slice(0, 4);
    if (latestYear !== year) later.push(view(w.latest(latestYear), yearToDate(series, "people", series.asOf)));
  }

  // The freshness line names what is shown: the data as of the article, and the latest when shown too.
  const shownTo = later.length > 0 ? series.asOf : day;
  return {
    figures,
    later,
    chart: chartView(data, newYear ? `${previous}-12-31` : day, lang),
    counts: series.caveats.slice(0, 3).map((c) => c[lang]),
    freshness: w.freshness(publisher, formatDate(lang, shownTo)),
  };
}

function chartView(data: Dataset, day: ISODate, lang: CardLanguage): CardChart {
  const w = CARD_WORDS[lang];
  const series = data.series;
  const year = Number(day.slice(0, 4));
  const first = Number(series.start.slice(0, 4));
  const bars = [];
  for (let y = first; y <= year; y += 1) {
    const a = samePointInYear(series, "people", day, y);
    bars.push({ label: String(y), value: a.value, display: formatCount(lang, a.value), current: y === year });
  }
  const endOfYear = day.slice(5) === "12-31";
  const span = describePeriod(lang, { start: `${year}-01-01`, end: day }).replace(/ \d{4}$/, "");
  const title = endOfYear ? w.chartYear : w.chartPoint(span);
  const summary = `${title}${lang === "fr" ? "\u00a0:" : ":"} ${bars.map((b) => `${b.label}${lang === "fr" ? "\u00a0:" : ":"} ${b.display}`).join("; ")}.`;
  return { title, summary, bars, sourceId: series.sourceId };
}

/** "1 January to 7 July 2025", plus "data as of …" when the data was read later than the period's end. */
export function periodAndAsOf(lang: CardLanguage, period: { start: ISODate; end: ISODate }, asOf: ISODate): string {
  const text = describePeriod(lang, period);
  return asOf === period.end ? text : `${text} · ${CARD_WORDS[lang].asOf(formatDate(lang, asOf))}`;
}

/** The day whose data an article could quote: the day before publication, or the latest data. */
function articleDay(published: ISODate | null, asOf: ISODate): ISODate {
  if (!published) return asOf;
  const before = addDays(published, -1);
  return before < asOf ? before : asOf;
}
