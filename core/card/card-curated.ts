import { latestDayOf } from "../data/dates";
import type { CuratedFigure, Dataset, ISODate, Source } from "../data/types";
import type { TopicId } from "../topics";
import { CARD_WORDS } from "./card-words";
import { describeCuratedPeriod, formatPublished, formatValue, hasValue } from "./card-format";
import type { CardDeathRow, CardFigure, CardLanguage } from "./types";

/**
 * The curated section (issue 13): a topic's sourced figures as they stood on the article's date, and,
 * apart, those published after it. Deaths are rows side by side, each with its period and publication.
 */
export interface CuratedSection {
  figures: CardFigure[];
  deaths?: { title: string; rows: CardDeathRow[] };
  later: { figures: CardFigure[]; deaths: CardDeathRow[] };
  /** The newest figure shown, for the freshness line. */
  newest: CuratedFigure | null;
}

/** Figures per topic card: enough to be useful, few enough to read. */
const MAX_FIGURES = 4;

/** Published by the article's date (a partial date counts from its last day, docs/decisions/0010). */
export function knownOn(f: CuratedFigure, day: ISODate): boolean {
  return latestDayOf(f.published) <= day;
}

export function curatedSection(data: Dataset, topic: TopicId, published: ISODate | null, today: ISODate, lang: CardLanguage, sources: Map<string, Source>): CuratedSection {
  const shown = data.figures
    .filter((f) => f.topic === topic && f.status !== "unverified" && f.asOf <= today && latestDayOf(f.published) <= today && hasValue(f))
    .sort((a, b) => b.asOf.localeCompare(a.asOf));
  const articleDay = published ?? today;
  const then = shown.filter((f) => knownOn(f, articleDay));
  const after = shown.filter((f) => !knownOn(f, articleDay));
  const publisher = (f: CuratedFigure) => sources.get(f.sourceId)?.publisher ?? f.sourceId;
  const newestOf = (list: CuratedFigure[]) => [...list].sort((a, b) => latestDayOf(b.published).localeCompare(latestDayOf(a.published)))[0] ?? null;

  if (topic === "deaths") {
    const yearly = (list: CuratedFigure[]) => list.filter((f) => f.kind === "deaths");
    const main = deathRows(yearly(then), articleDay.slice(0, 4));
    const rows = main.map((f) => deathRow(f, lang, publisher(f)));
    const years = [...new Set(main.map((f) => f.period.end.slice(0, 4)))];
    const w = CARD_WORDS[lang];
    const title = years.length > 1 ? w.deathsYears : main.length > 1 ? w.deaths(years[0]!) : w.deathsOne(years[0] ?? articleDay.slice(0, 4));
    const laterRows = yearly(after).sort((a, b) => a.period.end.localeCompare(b.period.end)).map((f) => deathRow(f, lang, publisher(f)));
    return {
      figures: [],
      ...(rows.length > 0 ? { deaths: { title, rows } } : {}),
      later: { figures: [], deaths: laterRows },
      newest: newestOf([...main, ...yearly(after)]),
    };
  }
  const figures = then.slice(0, MAX_FIGURES).map((f) => figureView(f, lang));
  const later = after.slice(0, MAX_FIGURES).map((f) => figureView(f, lang));
  return { figures, later: { figures: later, deaths: [] }, newest: newestOf([...then.slice(0, MAX_FIGURES), ...after.slice(0, MAX_FIGURES)]) };
}

/** The tolls a deaths card opens with: the article's year (or the latest before it), plus an earlier year when one source alone would stand. */
function deathRows(known: CuratedFigure[], year: string): CuratedFigure[] {
  const years = [...new Set(known.map((f) => f.period.end.slice(0, 4)))].sort();
  const lead = years.includes(year) ? year : years.filter((y) => y <= year).at(-1);
  if (!lead) return [];
  const inYear = (y: string) => known.filter((f) => f.period.end.slice(0, 4) === y);
  const rows = inYear(lead);
  if (rows.length >= 2) return rows;
  const earlier = years.filter((y) => y < lead && inYear(y).length >= 2).at(-1);
  return earlier ? [...rows, ...inYear(earlier)] : rows;
}

function deathRow(f: CuratedFigure, lang: CardLanguage, publisher: string): CardDeathRow {
  const w = CARD_WORDS[lang];
  return {
    source: publisher,
    value: formatValue(lang, f),
    period: `${describeCuratedPeriod(lang, f.period)} · ${w.published(formatPublished(lang, f.published))}`,
    counts: [(f.counts ?? f.label)[lang], f.note?.[lang]].filter(Boolean).join(" "),
    sourceId: f.sourceId,
  };
}

function figureView(f: CuratedFigure, lang: CardLanguage): CardFigure {
  const w = CARD_WORDS[lang];
  const period = f.unit === "date" ? "" : `${describeCuratedPeriod(lang, f.period)} · `;
  return {
    label: f.label[lang],
    value: formatValue(lang, f),
    detail: `${period}${w.published(formatPublished(lang, f.published))}`,
    sourceId: f.sourceId,
    status: w.status[f.status],
    ...(f.note ? { note: f.note[lang] } : {}),
  };
}
