import { latestDayOf } from "../data/dates";
import type { Dataset, ISODate } from "../data/types";
import type { ClaimCheck } from "../detect/verdicts";
import { formatDate } from "../detect/wording";
import type { TopicId } from "../topics";
import { claimSection } from "./card-claim";
import { curatedSection } from "./card-curated";
import { formatPublished } from "./card-format";
import { seriesSection } from "./card-series";
import { citation, sourceView } from "./card-sources";
import { CARD_WORDS } from "./card-words";
import type { CardLanguage, CardModel } from "./types";

/**
 * Builds the popover's view model (issue 5) from the dataset: pure, no DOM, no browser. Every figure
 * comes from the dataset with its source, period and publication date; nothing is written from memory.
 * What was known on the article's date comes first; what was published later is shown apart (issue 13).
 * Each section has its own builder (card-claim, card-series, card-curated, card-sources); words are in
 * card-words and verdict-words.
 */

/** What a popover is about. */
export interface CardRequest {
  topic: TopicId;
  language: CardLanguage;
  /** Publication date of the article (YYYY-MM-DD), when known. */
  published: ISODate | null;
  /** Today (YYYY-MM-DD): figures dated later are never shown. */
  today: ISODate;
  /** For a claim: its words and the verdict the page already has (the claim is not checked again). */
  claim?: { text: string; check: ClaimCheck };
}

/** The popover's view model for one topic (and claim) as of the article's date, with later figures apart. */
export function buildCard(data: Dataset, req: CardRequest): CardModel {
  const lang = req.language;
  const w = CARD_WORDS[lang];
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const used: string[] = [];
  const use = (id: string | undefined) => void (id && sources.has(id) && !used.includes(id) && used.push(id));
  const card: CardModel = { lang, topic: req.topic, title: w.titles[req.topic], figures: [], counts: [], sources: [], citation: "", freshness: "" };
  if (req.published) card.asOfTitle = w.asOfArticle(formatDate(lang, req.published));

  // The curated figure an official value came from (its unit and period precision), if it is one.
  const figureOf = (o: { sourceId: string; value: number }) => data.figures.find((f) =>
    f.sourceId === o.sourceId && (f.value === o.value || (f.values ?? []).some((x) => x.value === o.value) || (f.values ?? []).reduce((n, x) => n + x.value, 0) === o.value));
  if (req.claim) card.claim = claimSection(req.claim.text, req.claim.check, lang, use, figureOf);

  const curated = req.topic === "arrivals" ? null : curatedSection(data, req.topic, req.published, req.today, lang, sources);
  if (curated && (curated.figures.length > 0 || curated.deaths || curated.later.figures.length + curated.later.deaths.length > 0)) {
    card.figures = curated.figures;
    if (curated.deaths) card.deaths = curated.deaths;
    if (curated.later.figures.length + curated.later.deaths.length > 0) card.later = { title: w.later, ...curated.later };
    if (curated.newest) {
      const publisher = sources.get(curated.newest.sourceId)?.publisher ?? curated.newest.sourceId;
      card.freshness = w.newestShown(publisher, formatPublished(lang, curated.newest.published));
    }
  } else if (data.series.people.length > 0) {
    // Arrivals (and any topic without figures of its own): the Home Office series.
    const publisher = sources.get(data.series.sourceId)?.publisher ?? "Home Office";
    const series = seriesSection(data, req.published, lang, !req.claim, publisher);
    card.figures = series.figures;
    if (series.later.length > 0) card.later = { title: w.later, figures: series.later, deaths: [] };
    card.chart = series.chart;
    card.counts = series.counts;
    card.freshness = series.freshness;
  }
  for (const f of [...card.figures, ...(card.later?.figures ?? [])]) use(f.sourceId);
  for (const r of [...(card.deaths?.rows ?? []), ...(card.later?.deaths ?? [])]) use(r.sourceId);
  if (card.chart) use(card.chart.sourceId);

  const background = data.topics.find((t) => t.id === req.topic);
  if (background) {
    // Background sentences resting only on sources published after the article are left out.
    const day = req.published ?? req.today;
    const sentences = background.sentences.filter((s) => s.sourceIds.every((id) => latestDayOf(sources.get(id)?.published ?? "0000") <= day || id === data.series.sourceId));
    if (sentences.length > 0) {
      card.background = sentences.map((s) => s[lang]).join(" ");
      card.backgroundTitle = background.title[lang];
      for (const s of sentences) s.sourceIds.forEach(use);
    }
  }
  card.sources = used.map((id) => sourceView(sources.get(id)!, lang));
  card.citation = citation(card, lang);
  return card;
}
