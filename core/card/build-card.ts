import { samePointInYear, sumPeriod, yearToDate } from "../data/queries";
import type { Answer, CuratedFigure, Dataset, ISODate, Source, SourceTier } from "../data/types";
import type { ClaimCheck } from "../detect/verdicts";
import { describePeriod, formatDate } from "../detect/wording";
import type { TopicId } from "../topics";
import type { CardChart, CardClaim, CardFigure, CardLanguage, CardModel, CardSource } from "./types";

/**
 * Builds the popover's view model (issue #5) from the dataset: pure, no DOM, no browser. Every figure
 * comes from the dataset with its source, period and as-of date; nothing is written from memory.
 */

/** What a popover is about. */
export interface CardRequest {
  topic: TopicId;
  language: CardLanguage;
  /** Publication date of the article (YYYY-MM-DD), when known. */
  published: ISODate | null;
  /** Today (YYYY-MM-DD): figures dated later are never shown. */
  today: ISODate;
  /** For a claim: its words and the verdict from `checkClaim`. */
  claim?: { text: string; check: ClaimCheck };
}

const W = {
  en: {
    soFar: (y: string) => `${y} so far`,
    whole: (y: string) => `Whole of ${y}`,
    latest: (y: string) => `${y} so far (latest data)`,
    samePoint: (y: string) => `Same point in ${y}`,
    people: "people",
    chartYear: "People arriving by small boat each year",
    chartPoint: (p: string) => `People arriving by small boat, ${p}, each year`,
    chartCurrent: "the article's year",
    deaths: (y: string) => `Deaths in the Channel, ${y}: sources differ`,
    deathsYears: "Deaths in the Channel: sources differ",
    freshness: (who: string, d: string) => `${who} data to ${d}`,
    asOf: (d: string) => `data as of ${d}`,
    source: "Source",
    verdicts: {
      matches: "Matches the official figures", close: "Close to the official figures",
      differs: "Does not match the official figures", disputed: "Sources differ", unverifiable: "Cannot be checked against official data",
    } as Record<string, string>,
    tiers: {
      "official-statistics": "Official statistics", "official-operational": "Official operational data",
      "parliamentary-record": "Parliament", legislation: "Legislation", "international-organisation": "International organisation",
      ngo: "Charity or NGO", "press-report": "Press report",
    } as Record<SourceTier, string>,
    titles: {
      arrivals: "Small-boat arrivals", "returns-deal": "UK–France returns pilot", rwanda: "The Rwanda scheme",
      "law-2025": "Border Security, Asylum and Immigration Act 2025", "payments-france": "UK payments to France",
      "french-tactics": "French policing of the coast", deaths: "Deaths in the Channel", smuggling: "People smuggling",
      asylum: "Asylum claims by arrivals",
    } as Record<TopicId, string>,
  },
  fr: {
    soFar: (y: string) => `${y} jusqu’ici`,
    whole: (y: string) => `Toute l’année ${y}`,
    latest: (y: string) => `${y} jusqu’ici (dernières données)`,
    samePoint: (y: string) => `Même date en ${y}`,
    people: "personnes",
    chartYear: "Arrivées en small boats par année",
    chartPoint: (p: string) => `Arrivées en small boats, ${p}, chaque année`,
    chartCurrent: "l’année de l’article",
    deaths: (y: string) => `Morts dans la Manche, ${y} : les sources divergent`,
    deathsYears: "Morts dans la Manche : les sources divergent",
    freshness: (who: string, d: string) => `Données ${who === "Home Office" ? "du Home Office" : `de ${who}`} jusqu’au ${d}`,
    asOf: (d: string) => `données au ${d}`,
    source: "Source",
    verdicts: {
      matches: "Conforme aux chiffres officiels", close: "Proche des chiffres officiels",
      differs: "Ne correspond pas aux chiffres officiels", disputed: "Les sources divergent", unverifiable: "Invérifiable avec les données officielles",
    } as Record<string, string>,
    tiers: {
      "official-statistics": "Statistiques officielles", "official-operational": "Données opérationnelles officielles",
      "parliamentary-record": "Parlement", legislation: "Législation", "international-organisation": "Organisation internationale",
      ngo: "Association ou ONG", "press-report": "Article de presse",
    } as Record<SourceTier, string>,
    titles: {
      arrivals: "Arrivées en small boats", "returns-deal": "Accord de renvois franco-britannique", rwanda: "Le plan Rwanda",
      "law-2025": "Loi britannique de 2025 sur la sécurité des frontières", "payments-france": "Paiements britanniques à la France",
      "french-tactics": "Surveillance française du littoral", deaths: "Morts dans la Manche", smuggling: "Passeurs",
      asylum: "Demandes d’asile des arrivants",
    } as Record<TopicId, string>,
  },
};

/** The popover's view model for one topic (and claim) as of the article's date and the data's latest date. */
export function buildCard(data: Dataset, req: CardRequest): CardModel {
  const lang = req.language;
  const w = W[lang];
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const used: string[] = [];
  const use = (id: string | undefined) => id && sources.has(id) && !used.includes(id) && used.push(id);
  const series = data.series;
  const background = data.topics.find((t) => t.id === req.topic);

  const curated = data.figures
    .filter((f) => f.topic === req.topic && f.status !== "unverified" && f.asOf <= req.today && hasValue(f))
    .sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0));

  const card: CardModel = {
    lang,
    topic: req.topic,
    title: w.titles[req.topic],
    figures: [],
    counts: [],
    sources: [],
    citation: "",
    freshness: "",
  };

  if (req.claim) card.claim = claimView(req.claim.text, req.claim.check, lang, use);

  const deaths = req.topic === "deaths" ? curated.filter((f) => f.kind === "deaths") : [];
  if (deaths.length > 0) {
    // Never one number alone: the article's year, plus the latest earlier year several sources cover.
    const year = pickYear(deaths, req.published ?? req.today);
    const inYear = (y: string) => deaths.filter((f) => f.period.end.slice(0, 4) === y);
    let rows = inYear(year);
    const years = [year];
    if (rows.length < 2) {
      const earlier = [...new Set(deaths.map((f) => f.period.end.slice(0, 4)))].filter((y) => y < year && inYear(y).length >= 2).sort().at(-1);
      if (earlier) {
        rows = [...rows, ...inYear(earlier)];
        years.push(earlier);
      }
    }
    card.deaths = {
      title: years.length === 1 ? w.deaths(year) : w.deathsYears,
      rows: rows.map((f) => {
        use(f.sourceId);
        const publisher = sources.get(f.sourceId)?.publisher ?? f.sourceId;
        return {
          source: years.length === 1 ? publisher : `${publisher}, ${f.period.end.slice(0, 4)}`,
          value: formatValue(lang, f), counts: (f.counts ?? f.label)[lang], sourceId: f.sourceId,
        };
      }),
    };
  } else if (curated.length > 0 && req.topic !== "arrivals") {
    for (const f of curated.slice(0, 4)) {
      use(f.sourceId);
      card.figures.push({
        label: f.label[lang],
        value: formatValue(lang, f),
        detail: periodAndAsOf(lang, f.period, f.asOf),
        sourceId: f.sourceId,
      });
    }
  }

  // Arrivals (and any topic without figures of its own): the Home Office series as of the article's date.
  if (card.figures.length === 0 && !card.deaths && series.people.length > 0) {
    const day = articleDay(req.published, series.asOf);
    const year = day.slice(0, 4);
    const push = (label: string, a: Answer) => {
      card.figures.push({
        label,
        value: formatCount(lang, a.value),
        unit: w.people,
        detail: periodAndAsOf(lang, a.covered ?? a.period, a.asOf),
        sourceId: a.sourceId,
      });
    };
    push(w.soFar(year), yearToDate(series, "people", day));
    if (series.asOf > day) {
      const whole = sumPeriod(series, "people", { start: `${year}-01-01`, end: `${year}-12-31` });
      push(whole.complete ? w.whole(year) : w.latest(year), whole);
      const latestYear = series.asOf.slice(0, 4);
      if (latestYear !== year) push(w.latest(latestYear), yearToDate(series, "people", series.asOf));
    }
    const previous = String(Number(year) - 1);
    // A claim's card is long already: the chart shows the earlier years.
    if (!req.claim && previous >= series.start.slice(0, 4)) push(w.samePoint(previous), samePointInYear(series, "people", day, Number(previous)));
    card.chart = chartView(data, day, lang);
    use(series.sourceId);
    card.counts = series.caveats.slice(0, 3).map((c) => c[lang]);
    card.freshness = w.freshness(sources.get(series.sourceId)?.publisher ?? "Home Office", formatDate(lang, series.asOf));
  }

  if (background) {
    card.background = background.sentences.map((s) => s[lang]).join(" ");
    card.backgroundTitle = background.title[lang];
    for (const s of background.sentences) s.sourceIds.forEach(use);
  }
  if (!card.freshness) {
    const newest = curated[0];
    if (newest) card.freshness = w.freshness(sources.get(newest.sourceId)?.publisher ?? newest.sourceId, formatDate(lang, newest.asOf));
  }

  card.sources = used.map((id) => sourceView(sources.get(id)!, lang));
  card.citation = citation(card, lang);
  return card;
}

function claimView(text: string, check: ClaimCheck, lang: CardLanguage, use: (id: string) => unknown): CardClaim {
  const w = W[lang];
  const view: CardClaim = { text, verdict: check.verdict, verdictLabel: w.verdicts[check.verdict] ?? check.verdict, explanation: check.explanation };
  const o = check.official;
  if (o && check.verdict !== "disputed") {
    use(o.sourceId);
    view.sourceId = o.sourceId;
    const period = o.period ? `${describePeriod(lang, o.period)} · ` : "";
    view.official = `${formatCount(lang, o.value)} · ${period}${o.source}`;
  }
  for (const s of check.sources ?? []) use(s.sourceId);
  return view;
}

function chartView(data: Dataset, day: ISODate, lang: CardLanguage): CardChart {
  const w = W[lang];
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
  const summary = `${title}: ${bars.map((b) => `${b.label}: ${b.display}`).join("; ")}.`;
  return { title, summary, bars, sourceId: series.sourceId };
}

function sourceView(s: Source, lang: CardLanguage): CardSource {
  const url = s.url && /^https:\/\//.test(s.url) ? s.url : undefined;
  return {
    id: s.id, publisher: s.publisher, title: s.title, ...(url ? { url } : {}),
    published: s.published.length === 10 ? formatDate(lang, s.published) : s.published, tier: W[lang].tiers[s.tier] ?? s.tier,
    ...(s.licence ? { licence: s.licence } : {}),
  };
}

/** Plain text for "Copy with citation": the first figure (or the claim's), its period, source, URL and as-of date. */
function citation(card: CardModel, lang: CardLanguage): string {
  const w = W[lang];
  const first = card.figures[0];
  const src = card.sources.find((s) => s.id === (first?.sourceId ?? card.claim?.sourceId ?? card.deaths?.rows[0]?.sourceId));
  const line = first
    ? `${first.label}: ${first.value}${first.unit ? ` ${first.unit}` : ""} (${first.detail}).`
    : card.claim?.official
      ? `${card.claim.official}.`
      : card.deaths
        ? `${card.deaths.title}: ${card.deaths.rows.map((r) => `${r.source} ${r.value}`).join("; ")}.`
        : card.title;
  const cite = src ? ` ${w.source}: ${src.publisher}, “${src.title}”${src.url ? `, ${src.url}` : ""}.` : "";
  return `${line}${cite} ${card.freshness}.`.trim();
}

/** "1 January to 7 July 2025", plus "data as of …" when the data was read later than the period's end. */
function periodAndAsOf(lang: CardLanguage, period: { start: ISODate; end: ISODate }, asOf: ISODate): string {
  const text = describePeriod(lang, period);
  return asOf === period.end ? text : `${text} · ${W[lang].asOf(formatDate(lang, asOf))}`;
}

/** The day whose data an article could quote: the day before publication, or the latest data. */
function articleDay(published: ISODate | null, asOf: ISODate): ISODate {
  if (!published) return asOf;
  const d = new Date(`${published}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  const before = d.toISOString().slice(0, 10);
  return before < asOf ? before : asOf;
}

function pickYear(figures: CuratedFigure[], day: ISODate): string {
  const years = [...new Set(figures.map((f) => f.period.end.slice(0, 4)))].sort();
  const wanted = day.slice(0, 4);
  return years.includes(wanted) ? wanted : years.filter((y) => y <= wanted).at(-1) ?? years.at(-1)!;
}

function formatCount(lang: CardLanguage, value: number): string {
  return value.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 1 });
}

function hasValue(f: CuratedFigure): boolean {
  return f.value !== undefined || (f.values?.length ?? 0) > 0 || f.unit === "date";
}

function formatValue(lang: CardLanguage, f: CuratedFigure): string {
  if (f.values?.length) return f.values.map((x) => `${formatAmount(lang, f.unit, x.value)} ${x.label[lang]}`).join(" · ");
  if (f.unit === "date") return formatDate(lang, f.period.start);
  return formatAmount(lang, f.unit, f.value ?? 0);
}

/** A value in its unit: "€541m" / "541 millions d’euros", "59.1%", or a plain count. */
function formatAmount(lang: CardLanguage, unit: string, v: number): string {
  if (unit === "EUR" || unit === "GBP") {
    const m = (v / 1e6).toLocaleString(lang === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 1 });
    if (lang === "fr") return `${m} millions ${unit === "GBP" ? "de livres" : "d’euros"}`;
    return `${unit === "GBP" ? "£" : "€"}${m}m`;
  }
  if (unit === "percent") return lang === "fr" ? `${formatCount(lang, v)} %` : `${formatCount(lang, v)}%`;
  return formatCount(lang, v);
}
