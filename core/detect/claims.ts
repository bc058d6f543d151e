/**
 * Numeric claims an article makes about Channel crossings (issues 4, 12): "nearly 20,000 people crossed
 * between January and June", "bringing the total for the year so far to 12,901", "up 51 per cent on this
 * point last year (16,842)", « 27 morts en 2025 ». Each figure gets a frame read from its own clause: what it
 * counts (measure.ts), the period it covers (periods.ts, bound to the figure by `frames.ts`), the base of a
 * change, and how sure the reading is. Pure string code, linear in the text.
 */
import type { TopicId } from "../topics";
import { bindPhrases, type Bound } from "./frames";
import type { Language } from "./language";
import { measureOf, sentenceNoData, type Measure, type Metric, type NoData } from "./measure";
import { lowerBound, type Mention } from "./mentions";
import { findNumbers, hedgeStart, type Approx, type NumberToken } from "./numbers";
import { addDays, findPeriods, isFullYear, shiftYears, type ISODate, type Period, type PeriodPhrase } from "./periods";
import { sentences, type Span } from "./sentences";

export type { Metric, NoData };

/** Another period a figure's words allow, besides its first reading. */
export interface Reading {
  period: Period;
  ongoing?: boolean;
}

/** Why a figure's reading is not certain enough to say it is wrong. */
export type Doubt =
  | "period-carried" // its period comes from another sentence
  | "period-unclear" // its sentence allows several periods
  | "measure-inherited" // what it counts is taken from another figure
  | "since-unknown"; // "since then", with the start in a sentence we cannot see

/** A numeric claim found in text. */
export interface Claim {
  start: number;
  end: number;
  /** The claim as written, from its hedge (or time phrase) to its noun. */
  text: string;
  /** Where the figure itself is. */
  number: { start: number; end: number; text: string };
  metric: Metric;
  value: number;
  approx: Approx;
  /** True when the figure is written rounded ("20,000", "20k"). */
  round: boolean;
  period: Period | null;
  /** For changes ("up 48% on the same period of 2024"): the period compared against and the direction. */
  comparison?: { period: Period | null; direction: "up" | "down" | null };
  /** The period runs to the latest data ("so far this year", "at the same point last year"). */
  ongoing?: boolean;
  /** The last `window` days of the data ("in the past week", "en 24 heures"). */
  window?: number;
  /** The precision the figure is written at, when the digits do not say ("a quarter"). */
  precision?: number;
  /** A rate ("50 returns a week"): never compared with a total. */
  rate?: "day" | "week" | "month";
  /** A single day's figure ("in a single day", "on Friday"). */
  day?: boolean;
  /** Called a record ("record", "highest"). */
  record?: boolean;
  currency?: "£" | "€";
  /** The topic of the nearest mention, for curated figures (payments, Rwanda, returns pilot…). */
  topic?: TopicId;
  /** Other periods the text allows; a verdict may choose one only when the figure equals its official value. */
  readings?: Reading[];
  /** Measure and period are bound in the figure's own sentence without ambiguity: only then can it "differ". */
  certain?: boolean;
  /** Why it is not certain. */
  doubt?: Doubt;
  /** What it counts has no official series (attempts, rescues, nationalities, forecasts…). */
  noData?: NoData;
  /** Deaths in one sinking ("the 2021 disaster, which saw 27 die"), not a period's total. */
  incident?: boolean;
  /** Who the sentence says gave the figure ("a minister told MPs", "according to PA", « selon l'AFP »). */
  attribution?: string;
}

/** What extraction needs to know about the article. */
export interface ClaimContext {
  language: Language;
  published: ISODate | null;
}

// ── numbers that are not claims ─────────────────────────────────────────────────────────────────────
const MONTH_WORDS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|déc";
const MONTH_NEAR = new RegExp(`^\\s*(?:${MONTH_WORDS})\\.?(?![\\p{L}])`, "iu");
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MONTH_WORDS})\\.?\\s*$`, "iu");

function isYearOrDate(text: string, t: NumberToken): boolean {
  if (t.currency || t.percent) return false;
  if (/^(?:19|20)\d\d$/.test(t.text) && t.approx === "exact") return true; // a year
  if (/^\d{1,2}(?:st|nd|rd|th|er)?$/.test(t.text) || /^\d{1,2}$/.test(t.text)) {
    if (MONTH_NEAR.test(text.slice(t.end, t.end + 12)) || MONTH_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) return true;
  }
  if (/^\s?[:h]\s?\d\d/.test(text.slice(t.end, t.end + 5))) return true; // 10:30, 10h30, 10 h 30
  if (/^\d\d$/.test(t.text) && /\d\s?[:h]\s?$/.test(text.slice(Math.max(0, t.start - 4), t.start))) return true; // the minutes of 11:05, 11 h 05
  if (/^\s*(?:[ap]\.?m\b\.?|BST\b|GMT\b|CET\b|CEST\b|UTC\b)/i.test(text.slice(t.end, t.end + 6))) return true; // 9.05am, 11 BST
  if (/^[\s-]*(?:years?\s+old|ans\b|-year-old|km|kilom|miles?\b|metres?|m\b|mètres|hours?|heures|h\b|minutes|mph|knots|nœuds|years?\b|ann[ée]es?\b|mois\b|months?\b|weeks?\b|semaines?\b|days?\b|jours?\b|per\s+cent\s+of\s+(?:the\s+)?(?:vote|seats))/iu.test(text.slice(t.end, t.end + 16))) return true;
  return /(?:aged|âgée?s?\s+de|section|s\.|article|clause|page|no\.|n°|number|numéro)\s*$/iu.test(text.slice(Math.max(0, t.start - 12), t.start));
}

// ── changes ─────────────────────────────────────────────────────────────────────────────────────────
const CHANGE_UP: Record<Language, RegExp> = {
  en: /\b(?:up|rise|rose|risen|increase[ds]?|higher|more|jump(?:ed)?|climb(?:ed)?|grew|growth|above)\b/i,
  fr: /\b(?:hausse|augmentation|plus|progression|bond|supérieure?)\b/iu,
};
const CHANGE_DOWN: Record<Language, RegExp> = {
  en: /\b(?:down|fall|fell|fallen|decrease[ds]?|drop(?:ped)?|lower|fewer|less|below|decline[ds]?|reduced?|cut)\b/i,
  fr: /\b(?:baisse|diminution|recul|moins|chute|inférieure?)\b/iu,
};
// Words after a change that introduce what it is compared with.
const COMPARED: Record<Language, RegExp> = {
  en: /\b(?:compared\s+(?:to|with)|than|on|over|against|from|versus|vs\.?|with)\b/i,
  fr: /(?:par\s+rapport\s+(?:à|a|aux?)|comparée?s?\s+(?:à|a|aux?)|contre|sur|qu['’]|que|(?<![\p{L}])à(?![\p{L}])|\bau\b)/iu,
};
const CHANGE_AFTER: Record<Language, RegExp> = {
  en: /^\s*(?:lower|higher|more|fewer|less|up|down|below|above|increase|decrease|rise|fall|drop)\b/i,
  fr: /^\s*(?:de\s+plus|de\s+moins|en\s+plus|en\s+moins)\b/iu,
};
const CHANGE_BEFORE: Record<Language, RegExp> = {
  en: /(?:up|down|(?:an?\s+)?(?:rise|increase|fall|drop|decrease|jump|decline)\s+of|(?:reduced|cut|increased|rose|fell)\s+(?:\w+\s+){0,2}by)\s+$/i,
  fr: /(?:(?:une\s+)?(?:hausse|baisse|augmentation|diminution|progression)\s+de|(?:supérieure?|inférieure?)\s+de)\s+$/iu,
};

// "up by a quarter", "a third more", "en hausse d'un quart": changes written as fractions.
const FRACTION: Record<Language, RegExp> = {
  en: /\b(?:(?:up|down|rose|fell|risen|fallen|increased|decreased|dropped|grew)\s+(?:by\s+)?)?(?:(?:more\s+than|over|almost|nearly|about|around|less\s+than)\s+)?(?:a\s+(?:quarter|third|fifth|tenth)|half|two\s+thirds)(?=\s+(?:on|more|fewer|less|higher|lower|compared|than|from|since|in|over|of)\b)/gi,
  fr: /(?:une\s+)?(?:hausse|baisse|augmentation|diminution)\s+d['’](?:un\s+(?:quart|tiers|cinquième|dixième)|une\s+moitié)|(?:un\s+(?:quart|tiers)|moitié)\s+de\s+(?:plus|moins)/giu,
};
// The same without the global flag, for a stateless test.
const FRACTION_TEST: Record<Language, RegExp> = { en: new RegExp(FRACTION.en.source, "i"), fr: new RegExp(FRACTION.fr.source, "iu") };
const FRACTION_VALUES: [RegExp, number][] = [
  [/quarter|quart/i, 25], [/two\s+thirds/i, 66.7], [/third|tiers/i, 33.3], [/fifth|cinquième/i, 20], [/tenth|dixième/i, 10], [/half|moitié/i, 50],
];

function fractionTokens(s: string, language: Language): NumberToken[] {
  const out: NumberToken[] = [];
  const re = new RegExp(FRACTION[language].source, FRACTION[language].flags);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const value = FRACTION_VALUES.find(([r]) => r.test(m![0]))?.[1] ?? 0;
    // "A quarter" is a round figure: within 5 points it still reads as a quarter; "more than a third" is over it.
    const hedge = /\b(?:more\s+than|over)\s/i.test(m[0]) ? "over" : /\b(?:almost|nearly|less\s+than)\s/i.test(m[0]) ? "nearly" : "around";
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value, approx: hedge, currency: null, percent: true, round: true, digits: String(value), precision: 10 });
  }
  return out;
}

// Sentences without a digit or any of these words have no time phrase: the period rules skip them.
const PERIOD_HINT = /\d|year|month|week|day|since|between|first|same|record|highest|busiest|following|previous|janu|febr|march|april|may|june|july|august|septem|octob|novem|decem|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|weekend|ann[ée]e|\ban\b|mois|semaine|jour|depuis|entre|premier|même|semestre|trimestre|janvier|février|mars|avril|mai|juin|juillet|août|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd/i;

// At most this many figures are read in one sentence: more is a table or a list of scores, not a claim.
const MAX_FIGURES = 24;

// A figure that restates the one before it: "nearly 50,000, now standing at 49,964", « 49 966, soit près de 50 000 ».
const RESTATES: Record<Language, RegExp> = {
  en: /(?:,\s*|\s)(?:now\s+(?:standing\s+at|at)|or|i\.e\.|that\s+is)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+(?:over|under))\s+)?$|^\s*\(\s*$/i,
  fr: /(?:,\s*|\s)(?:soit|c['’]est-à-dire|désormais)\s+(?:(?:près\s+de|environ|plus\s+de|quelque)\s+)?$|^\s*\(\s*$/iu,
};
// "bringing the total for the year so far to 12,901", « portant le total des départs à 25.052 ».
const RUNNING_TOTAL: Record<Language, RegExp> = {
  en: /\b(?:bringing|taking|pushing|putting|brought|took|takes|brings|pushed|raising|raised)\s+(?:the\s+)?(?:provisional\s+|overall\s+|running\s+|cumulative\s+)?(?:total|tally|number|figure|count)\b[^.;]{0,80}?\bto\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i,
  fr: /\b(?:portant|porte|portent|portait|porté)\s+(?:ainsi\s+)?(?:le|à)\s+(?:total|nombre|bilan|cumul)?[^.;]{0,60}?(?<![\p{L}])à\s+(?:(?:près\s+de|plus\s+de|environ)\s+)?$/iu,
};
// A figure tied to the one before it as part of the same count: « impliquant 18.763 migrants », "carrying 60 people".
const INVOLVING = /\b(?:involving|carrying|impliquant|transportant)\s+(?:(?:about|some|around|environ|près\s+de|plus\s+de)\s+)?$/iu;
// Sentences whose subject is the figure last talked about: "This is up 51 per cent", « Ce chiffre est en hausse ».
const ANAPHOR: Record<Language, RegExp> = {
  en: /^\W*(?:this|that|it|the\s+figure|this\s+figure|the\s+total|this\s+total|the\s+number)\b/i,
  fr: /^\W*(?:ce\s+(?:chiffre|nombre|total|bilan)|cela|ceci|c['’]est|cette\s+hausse|cette\s+baisse|le\s+chiffre)(?![\p{L}])/iu,
};
// Verbs of a running total passing a mark: "passed 30,000", « a franchi la barre des 30 000 ».
const MILESTONE: Record<Language, RegExp> = {
  en: /\b(?:passed|topped|surpassed|exceeded|broke|hit|reached|crossed)\s+(?:the\s+)?$/i,
  fr: /(?<![\p{L}])(?:atteint|dépassé|franchi|passé)\s+(?:la\s+barre\s+des\s+|le\s+cap\s+des\s+|les\s+)?$/iu,
};

// Shares the curated data holds, by the words that name them.
const SHARE_SUBJECTS: [RegExp, TopicId][] = [
  [/taxi[\s-]*boats?|bateaux[\s-]*taxis?/i, "french-tactics"],
  [/\b(?:claimed\s+asylum|asylum\s+claims?|granted|grant\s+rate|demandé\s+l['’]asile|taux\s+d['’]acceptation)\b/i, "asylum"],
];

// Who gave the figure: "according to X", "X said|claimed|told …", « selon X », « X a affirmé ».
const ATTRIBUTION: Record<Language, RegExp> = {
  en: /\baccording\s+to\s+((?:the\s+|an?\s+)?[^,.;]{2,60}?)(?=[,.;]|$)|\b((?:[Tt]he\s+|[Aa]n?\s+)?(?:[A-Z][\p{L}'’-]+\s+){0,3}(?:MP|minister|secretary|spokes(?:man|woman|person)|charity|campaigners?|officials?|government|Home\s+Office|police|prefecture|council)s?)\s+(?:said|says|claimed|claims|told|estimated|estimates)\b|\b(PA\s+news\s+agency(?:\s+analysis)?|AFP(?:\s+tally)?)\b/u,
  fr: /\bselon\s+((?:les?\s+|la\s+|l['’]|une?\s+|des\s+)?[^,.;:]{2,60}?)(?=[,.;:]|$)|\b((?:le\s+|la\s+|l['’]|une?\s+)?(?:député|ministre|préfecture|gouvernement|Home\s+Office|AFP|association|ONG)[^,.;]{0,30}?)\s+(?:a\s+(?:déclaré|affirmé|indiqué|annoncé|estimé)|affirme|indique|estime)\b|\b(d['’]après\s+[^,.;]{2,40})/iu,
};

// One sinking's toll, not a year's: "the 2021 disaster, which saw 27 migrants die", « le naufrage du 24 novembre ».
const INCIDENT: Record<Language, RegExp> = {
  en: /\b(?:disaster|sinking|sank|capsized?|capsizing|shipwreck|tragedy)\b/i,
  fr: /(?<![\p{L}])(?:naufrage|chavir[ée]|drame)(?![\p{L}])/iu,
};
// "had already made the journey": the same point of the year named, not the whole year.
const ALREADY = /\bhad\s+already\b/i;
// A day phrase that says when the figures were published, not what they count: "figures published on Monday".
const PUBLISHED_BEFORE = /\b(?:published|released|issued|announced|publiée?s?|parue?s?|diffusée?s?|annoncée?s?)\s+(?:on\s+|ce\s+|le\s+)?$/iu;

/** The period last talked about, carried from sentence to sentence ("The year's total was 41,472"). */
interface Carried {
  period: Period;
  ongoing: boolean;
}

/** The numeric claims in `text` about Channel crossings, in order. */
export function extractClaims(text: string, mentions: Mention[], context: ClaimContext): Claim[] {
  const reader = claimsReader(text, mentions, context);
  reader.read(Number.POSITIVE_INFINITY);
  return reader.result();
}

/**
 * `extractClaims` one run of sentences at a time, so that a caller can give the page a turn between
 * runs on a long text (a 2 MB live blog has some 3,000 sentences with a digit). Same claims, same order:
 * the state carried from sentence to sentence lives in the reader.
 */
export interface ClaimsReader {
  /** Reads up to `maxSentences` more sentences; true when the text has been read to its end. */
  read(maxSentences: number): boolean;
  /** The claims found so far, in order. */
  result(): Claim[];
}

/** One figure of a sentence while it is being read. */
interface Figure {
  t: NumberToken;
  measure: Measure | null;
  clauseEnd: number;
  bound: Bound;
  /** The figure restated by this one (index), if any. */
  restates?: number;
}

/** A reader of the claims in `text` (see ClaimsReader). */
export function claimsReader(text: string, mentions: Mention[], context: ClaimContext): ClaimsReader {
  const { language } = context;
  const published = context.published ?? new Date().toISOString().slice(0, 10);
  const claims: Claim[] = [];
  let carried: Carried | null = null;
  let carriedMeasure: Measure | null = null;
  // Time phrases are only read where they can matter: in a sentence with a figure, and in the sentences
  // before it, whose periods carry forward; those are read when a later sentence needs them (catchUp).
  const all = sentences(text);
  let resolved = 0;
  const periodsAt = (sentence: Span): PeriodPhrase[] => {
    const s = text.slice(sentence.start, sentence.end);
    const phrases = (PERIOD_HINT.test(s) ? findPeriods(s, language, published) : []).map((p) => ({ ...p, start: p.start + sentence.start, end: p.end + sentence.start }));
    for (const p of phrases) {
      // "The following year": one year after the period carried from earlier sentences.
      if (p.follows && carried) {
        const y = Number(carried.period.end.slice(0, 4)) + p.follows;
        p.period = { start: `${y}-01-01`, end: `${y}-12-31` };
      }
    }
    // "Figures published on Monday": the day of a publication, not of a count.
    return phrases.filter((p) => !(p.role === "day" && PUBLISHED_BEFORE.test(text.slice(Math.max(sentence.start, p.start - 30), p.start))));
  };
  const carryOwn = (phrases: PeriodPhrase[]) => {
    const own = [...phrases].reverse().find((p) => p.role === "period" && p.period && !p.vague);
    if (own?.period) carried = { period: own.period, ongoing: own.ongoing === true };
  };
  // Only the last of the skipped sentences that names a period matters (each one replaces the one before),
  // so they are read backwards until one does: on a long page this reads a few sentences, not all of them.
  const catchUp = (upTo: number) => {
    for (let k = upTo - 1; k >= resolved; k--) {
      if (isTable(text.slice(all[k]!.start, all[k]!.end))) continue;
      const phrases = periodsAt(all[k]!);
      if (phrases.some((p) => p.role === "period" && p.period && !p.vague)) {
        carryOwn(phrases);
        break;
      }
    }
    resolved = Math.max(resolved, upTo);
  };

  // The numbers of a sentence that could be claims: not years, dates, times of day, ages or the like.
  const candidates = (sentence: Span, s: string): NumberToken[] =>
    [...findNumbers(s, language), ...fractionTokens(s, language)]
      .sort((x, y) => x.start - y.start)
      .map((t) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start, ...(t.lead !== undefined ? { lead: t.lead + sentence.start } : {}) }))
      .filter((t) => !isYearOrDate(text, t));

  const readSentenceFresh = (sentence: Span, index: number, tokens: NumberToken[]): void => {
    const s = text.slice(sentence.start, sentence.end);
    const years = yearsIn(text, sentence, language);
    catchUp(index);
    const phrases = periodsAt(sentence);
    resolved = index + 1;
    // A number inside a time phrase is part of a date ("between 15 and 21 June"), not a claim.
    const counted = tokens.filter((t) => !phrases.some((p) => p.start <= t.start && t.end <= p.end));
    if (counted.length === 0) return;
    const figures: Figure[] = counted.map((t) => {
      const clauseEnd = clauseEndAfter(text, t.end, sentence.end);
      return { t, measure: measureOf(text, t, sentence.start, clauseEnd, language), clauseEnd, bound: { phrases: [], crossed: new Set<PeriodPhrase>() } };
    });
    const anaphor = ANAPHOR[language].test(s);
    if (!figures.some((f) => f.measure) && !carriedMeasure) {
      carryOwn(phrases);
      return;
    }
    const before = carried;
    const beforeMeasure = carriedMeasure;

    // Restatements, then measures taken from another figure where a figure's own words say nothing.
    figures.forEach((f, i) => {
      if (i === 0) return;
      const gap = text.slice(figures[i - 1]!.t.end, hedgeStart(text, f.t, language));
      const prevMeasureEnd = figures[i - 1]!.measure?.end ?? figures[i - 1]!.t.end;
      const tail = text.slice(prevMeasureEnd, hedgeStart(text, f.t, language));
      if (RESTATES[language].test(tail) || /^\s*\(\s*$/.test(gap) || /^\s*[«(]\s*$/.test(tail)) f.restates = i - 1;
    });
    figures.forEach((f, i) => {
      const clauseStart = Math.max(sentence.start, lastBreakBefore(text, sentence.start, f.t.start));
      const noDataOfSentence = sentenceNoData(s, text.slice(clauseStart, f.clauseEnd), language);
      const lead = text.slice(Math.max(sentence.start, f.t.start - 40), hedgeStart(text, f.t, language));
      const previous = figures.slice(0, i).reverse().find((g) => g.measure && isCount(g.measure));
      if (f.restates !== undefined && (!f.measure || !f.measure.explicit)) f.measure = figures[f.restates]!.measure ? { ...figures[f.restates]!.measure!, end: f.measure?.end ?? f.t.end } : f.measure;
      if (INVOLVING.test(lead) && previous?.measure?.noData) f.measure = { ...previous.measure, end: f.measure?.end ?? f.t.end };
      // Within one sentence a list or comparison shares the measure of its first figure ("299 people in 2018,
      // followed by 1,843 in 2019"): as explicit as that figure's.
      if (!f.measure && previous?.measure) f.measure = { ...previous.measure, end: f.t.end };
      if (!f.measure && beforeMeasure && isCount(beforeMeasure) && (anaphor || i === 0)) f.measure = { ...beforeMeasure, end: f.t.end, explicit: false };
      if (!f.measure) return;
      const m = f.measure;
      // Words of the sentence, or the measure last talked about, that no series answers.
      if (noDataOfSentence && (m.metric === "people" || m.metric === "boats" || m.metric === "percent") && !m.noData) f.measure = { ...m, metric: m.metric === "percent" ? "percent" : "other", noData: noDataOfSentence };
      else if (anaphor && beforeMeasure?.noData && !m.noData && (m.metric === "people" || m.metric === "percent")) f.measure = { ...m, metric: m.metric === "percent" ? "percent" : "other", noData: beforeMeasure.noData };
    });

    const bound = bindPhrases(text, figures.map((f) => f.t), figures.map((f) => hedgeStart(text, f.t, language)), phrases, sentence);
    figures.forEach((f, i) => (f.bound = bound[i]!));

    let lastCount: Carried | null = null;
    let runningTotal: Carried | null = null;
    const built: (Claim | null)[] = [];
    figures.forEach((f, i) => {
      if (!f.measure) {
        built.push(null);
        return;
      }
      const claim = buildClaim(f, i, figures, built, phrases, years, before, published, sentence, language);
      built.push(claim);
      if (!claim) return;
      const topic = claim.metric === "money" ? moneyTopic(text.slice(sentence.start, sentence.end)) ?? moneyMentionBefore(f.t, mentions) : nearestTopic(f.t, mentions, sentence);
      if (topic) claim.topic = topic;
      // A percentage that is not a change is a share: checked only where a curated share of the same
      // subject exists (taxi boats, asylum claims), never against an unrelated one.
      if (claim.metric === "percent" && !claim.comparison) {
        const subject = SHARE_SUBJECTS.find(([re]) => re.test(s));
        if (subject && !claim.noData) claim.topic = subject[1];
        else claim.noData = "share";
      }
      if (claim.metric === "deaths" && INCIDENT[language].test(s)) claim.incident = true;
      const said = ATTRIBUTION[language].exec(s);
      if (said) claim.attribution = (said[1] ?? said[2] ?? said[3] ?? "").trim();
      claims.push(claim);
      const counts = (claim.metric === "people" || claim.metric === "boats") && !claim.noData;
      if (counts && claim.period && !claim.day && !claim.window && f.restates === undefined) {
        lastCount ??= { period: claim.period, ongoing: claim.ongoing === true };
        if (RUNNING_TOTAL[language].test(text.slice(Math.max(sentence.start, f.t.start - 120), hedgeStart(text, f.t, language)))) runningTotal = { period: claim.period, ongoing: claim.ongoing === true };
      }
    });
    // What the next sentences talk about: the running total if there is one ("This is up 51 per cent"), else
    // the sentence's first count (its subject; later ones are comparisons), else its last time phrase.
    if (runningTotal ?? lastCount) carried = runningTotal ?? lastCount;
    else carryOwn(phrases);
    const subject = figures.find((f) => f.measure && isCount(f.measure) && f.measure.explicit);
    if (subject?.measure) carriedMeasure = subject.measure;
  };

  function buildClaim(
    f: Figure, i: number, figures: Figure[], built: (Claim | null)[], phrases: PeriodPhrase[], years: { year: number; at: number }[],
    carriedNow: Carried | null, published: ISODate, sentence: Span, language: Language,
  ): Claim | null {
    const t = f.t;
    const m = f.measure!;
    const frame = frameFor(f, i, figures, built, phrases, years, carriedNow, published, text, sentence, language);
    const hedge = hedgeStart(text, t, language);
    const isChange = m.metric === "percent" && !!frame.comparison;
    const changeWord = isChange ? CHANGE_BEFORE[language].exec(text.slice(Math.max(sentence.start, hedge - 40), hedge)) : null;
    const changeAfter = isChange ? CHANGE_AFTER[language].exec(text.slice(m.end, Math.min(sentence.end, m.end + 20))) : null;
    // The claim's text runs from its time phrase (when it stands right before the figure) to its noun or
    // time phrase after it.
    const near = frame.phrases.filter((p) => Math.abs(p.start - t.start) < 120 && !(p.start < t.start && figures.some((g) => g !== f && g.t.start > p.end && g.t.end <= t.start)));
    let start = Math.min(hedge - (changeWord ? changeWord[0].length : 0), ...near.filter((p) => p.start < t.start).map((p) => p.start));
    while (start < t.start && /[\s,;:.–—-]/.test(text[start]!)) start++;
    const end = Math.max(m.end + (changeAfter ? changeAfter[0].length : 0), ...near.filter((p) => p.start > t.start).map((p) => p.end));
    const claim: Claim = {
      start,
      end,
      text: text.slice(start, end),
      number: { start: t.start, end: t.end, text: t.text },
      metric: m.metric,
      value: t.value,
      approx: t.approx,
      round: t.round,
      period: frame.period,
    };
    if (frame.ongoing) claim.ongoing = true;
    if (frame.window) claim.window = frame.window;
    if (m.rate) claim.rate = m.rate;
    if (t.precision !== undefined) claim.precision = t.precision;
    if (frame.comparison) claim.comparison = frame.comparison;
    if (frame.day) claim.day = true;
    if (frame.record) claim.record = true;
    if (t.currency) claim.currency = t.currency;
    if (frame.readings.length > 0) claim.readings = frame.readings;
    if (m.noData) claim.noData = m.noData;
    const doubt: Doubt | undefined = frame.doubt ?? (!m.explicit ? "measure-inherited" : undefined);
    if (doubt) claim.doubt = doubt;
    else claim.certain = true;
    return claim;
  }

  // The same sentence read in the same state reads the same (live blogs repeat lines; a hostile page may
  // repeat one 8,000 times): its claims are kept, with offsets from the sentence's start, and replayed.
  const memo = new Map<string, { claims: Claim[]; carried: Carried | null; measure: Measure | null; advanced: boolean }>();
  const readSentence = (sentence: Span, index: number): void => {
    const s = text.slice(sentence.start, sentence.end);
    if (!/\d/.test(s) && !FRACTION_TEST[language].test(s)) return;
    if (isTable(s)) return;
    // A sentence with no number that could be a claim ends here, before the sentences ahead of it are read
    // for time phrases (catchUp): it claims nothing, and the next sentence that needs them reads them back to
    // the same point. On a live blog every entry's "09:41" was such a sentence: most of the claims reader's
    // time on the 2 MB live blog, which has no claim (issue 15).
    const tokens = candidates(sentence, s);
    if (tokens.length === 0 || tokens.length > MAX_FIGURES) return;
    catchUp(index);
    const key = s.length <= MEMO_SENTENCE ? `${s}\u0001${JSON.stringify(carried)}\u0001${measureKey(carriedMeasure)}` : null;
    const hit = key === null ? undefined : memo.get(key);
    if (hit) {
      for (const c of hit.claims) {
        const claim = shifted(c, sentence.start);
        const topic = c.metric === "percent" && !c.comparison ? c.topic : claimTopic(claim, sentence);
        if (topic) claim.topic = topic;
        else delete claim.topic;
        claims.push(claim);
      }
      carried = hit.carried;
      carriedMeasure = hit.measure;
      if (hit.advanced) resolved = index + 1;
      return;
    }
    const first = claims.length;
    readSentenceFresh(sentence, index, tokens);
    if (key === null) return;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, { claims: claims.slice(first).map((c) => shifted(c, -sentence.start)), carried, measure: carriedMeasure, advanced: resolved > index });
  };

  // The topic whose figures answer a claim: the money's subject, else the nearest mention's.
  function claimTopic(claim: Claim, sentence: Span): TopicId | undefined {
    const t = { start: claim.number.start } as NumberToken;
    return claim.metric === "money" ? moneyTopic(text.slice(sentence.start, sentence.end)) ?? moneyMentionBefore(t, mentions) : nearestTopic(t, mentions, sentence);
  }

  let next = 0;
  return {
    read(maxSentences) {
      const end = Math.min(all.length, next + maxSentences);
      for (; next < end; next++) readSentence(all[next]!, next);
      return next >= all.length;
    },
    result: () => claims,
  };
}

// A "sentence" with more runs of digits than twice the figures we read (years and days count too) is a
// table or a list of scores: counted cheaply, and then neither read nor used for its periods.
function isTable(s: string): boolean {
  let runs = 0;
  const re = /\d+/g;
  while (re.exec(s)) if (++runs > 2 * MAX_FIGURES) return true;
  return false;
}

// Sentences short enough to remember, and how many are remembered.
const MEMO_SENTENCE = 400;
const MEMO_LIMIT = 2000;

// What of a carried measure matters to the next sentence (not where its words ended).
function measureKey(m: Measure | null): string {
  return m ? `${m.metric}|${m.noData ?? ""}|${m.explicit}|${m.rate ?? ""}` : "";
}

/** A claim moved by `by` characters (a remembered sentence read again elsewhere). */
function shifted(c: Claim, by: number): Claim {
  return { ...c, start: c.start + by, end: c.end + by, number: { ...c.number, start: c.number.start + by, end: c.number.end + by } };
}

function isCount(m: Measure): boolean {
  return m.metric !== "percent" && m.metric !== "money" && !m.rate;
}

// Where a figure's clause ends: the next comma, semicolon, colon, dash or bracket, or the sentence's end.
// (Searched within the sentence only: a search to the end of a long page would make the reader quadratic.)
function clauseEndAfter(text: string, from: number, limit: number): number {
  const at = text.slice(from, limit).search(/[,;:()–—]|\s-\s/);
  return at < 0 ? limit : from + at;
}

// Where the clause holding a position starts: just after the last break before it.
function lastBreakBefore(text: string, from: number, at: number): number {
  for (let k = at - 1; k >= from; k--) if (",;:()–—".includes(text[k]!)) return k + 1;
  return from;
}

// Years written in the sentence ("was 2022,"): they name the year of a phrase written without one.
function yearsIn(text: string, sentence: Span, language: Language): { year: number; at: number }[] {
  const out: { year: number; at: number }[] = [];
  const s = text.slice(sentence.start, sentence.end);
  for (const m of s.matchAll(/(?<![\d.,])(20[12]\d)(?![\d])/g)) out.push({ year: Number(m[1]), at: sentence.start + m.index });
  void language;
  return out;
}

/** The period, change base and certainty of one figure. */
interface Frame {
  period: Period | null;
  ongoing?: boolean;
  window?: number;
  day?: boolean;
  record?: boolean;
  comparison?: { period: Period | null; direction: "up" | "down" | null };
  readings: Reading[];
  doubt?: Doubt;
  /** The phrases the claim's text may include. */
  phrases: PeriodPhrase[];
}

function frameFor(
  f: Figure, i: number, figures: Figure[], built: (Claim | null)[], phrases: PeriodPhrase[], years: { year: number; at: number }[],
  carried: Carried | null, published: ISODate, text: string, sentence: Span, language: Language,
): Frame {
  const m = f.measure!;
  const readings: Reading[] = [];
  const own = f.bound.phrases;
  const record = own.some((p) => p.record) || undefined;
  // A restatement ("(3,019)", "now standing at 49,964") takes the frame of the figure it restates.
  const difference = (m.metric === "people" || m.metric === "boats") && isDifference(f, text, language);
  if (f.restates !== undefined && !difference && own.filter((p) => p.period || p.window).length === 0) {
    const r = built[f.restates];
    if (r) return { period: r.period, ongoing: r.ongoing, window: r.window, day: r.day, record: r.record, readings: r.readings ?? [], doubt: r.doubt, phrases: [] };
  }
  if (m.metric === "percent" || difference) {
    return changeFrame(f, i, figures, built, phrases, carried, published, text, sentence, language);
  }
  if (own.some((p) => p.unknownStart)) return { period: null, readings, doubt: "since-unknown", phrases: own };

  let doubt: Doubt | undefined;
  let chosen = pickOwn(own, years, f.t.start, carried, f.bound.crossed);
  if (chosen?.source && f.bound.crossed.has(chosen.source)) doubt = "period-unclear";
  // "Crossings passed 30,000 on Tuesday": a milestone of the year's running total, reached that day.
  if (chosen?.day && chosen.period && chosen.period.start === chosen.period.end && MILESTONE[language].test(text.slice(Math.max(sentence.start, f.t.start - 30), f.t.start))) {
    chosen = { source: chosen.source, period: { start: `${chosen.period.start.slice(0, 4)}-01-01`, end: chosen.period.start }, asOfDay: true };
  }
  if (chosen?.asOfDay) doubt = "period-unclear";
  if (!chosen && own.length === 0) {
    // The same event as a figure beside it in the clause: "257 people made the journey in four boats on Sunday".
    const partner = clausePartner(f, i, figures, text);
    if (partner) chosen = pickOwn(partner.bound.phrases, years, partner.t.start, carried);
  }
  if (!chosen && own.some((p) => p.previous)) {
    // "The previous year's figure of 44,460": a year before the period of the sentence's subject.
    const subject = built.find((c) => c && c.period && c.metric !== "percent")?.period ?? carried?.period;
    if (subject) chosen = { period: shiftYears(subject, -1) };
  }
  if (!chosen && fromTo(f, i, figures, text)) {
    // "increased from 44 to 51": the first figure is the year before the second's period.
    const later = frameFor(figures[i + 1]!, i + 1, figures, built, phrases, years, carried, published, text, sentence, language);
    if (later.period) return { period: shiftYears(later.period, -1), ...(later.ongoing ? { ongoing: true } : {}), readings, doubt: "period-unclear", phrases: own };
  }
  if (!chosen) {
    // A phrase earlier in the sentence ("on Tuesday, suggesting an average of 59 people per boat").
    const earlier = phrases.filter((p) => p.end <= f.t.start && (p.period || p.window) && !p.vague && p.role !== "comparison" && !p.previous);
    const last = earlier[earlier.length - 1];
    if (last) {
      chosen = pickOwn([last], years, f.t.start, carried);
      doubt ??= earlier.some((p) => p.period && last.period && (p.period.start !== last.period.start || p.period.end !== last.period.end)) ? "period-unclear" : undefined;
    }
  }
  if (!chosen && own.some((p) => p.record && p.role === "day")) chosen = { period: null, day: true };
  if (!chosen && carried && m.metric !== "money") {
    chosen = { period: carried.period, ongoing: carried.ongoing };
    doubt = "period-carried";
  }
  if (!chosen) {
    const running = RUNNING_TOTAL[language].test(text.slice(Math.max(sentence.start, f.t.start - 120), hedgeStart(text, f.t, language)));
    if (running) {
      chosen = { period: { start: `${published.slice(0, 4)}-01-01`, end: published }, ongoing: true };
      doubt = "period-unclear";
    }
  }
  if (!chosen) return { period: null, readings, record, doubt, phrases: own };

  // "The same period last year, when 13,489 made the journey": the period the sentence talks about, a year
  // (or to the year named) earlier; standing alone, the year to date a year earlier.
  if (chosen.source?.role === "comparison" && chosen.source.relative && chosen.period && !chosen.yearNamed) {
    const subject = built.find((c) => c && c.period && c.metric !== "percent" && !c.day);
    const template = subject ? { period: subject.period!, ongoing: subject.ongoing === true } : carried;
    if (template && !(isFullYear(template.period) && !template.ongoing)) {
      const year = chosen.source.year ?? Number(template.period.end.slice(0, 4)) - 1;
      chosen = { ...chosen, period: shiftYears(template.period, year - Number(template.period.end.slice(0, 4))), ongoing: template.ongoing };
    }
  }
  // Money has no time series: only "since 2018"-style totals keep a period, to pick the right total.
  if (m.metric === "money") {
    const since = own.find((p) => /^(?:since|depuis)/i.test(p.text) && p.period);
    return { period: since?.period ?? null, readings, doubt, phrases: own };
  }
  // A whole year named for a figure that only continues the sentence before ("Last year there were 1,180",
  // after "the first 31 days of 2024"): the same part of that year is a reading too.
  if (!m.explicit && chosen.period && isFullYear(chosen.period) && carried && !isFullYear(carried.period) && !carried.ongoing) {
    const y = Number(chosen.period.start.slice(0, 4));
    readings.push({ period: shiftYears(carried.period, y - Number(carried.period.end.slice(0, 4))) });
    doubt ??= "period-unclear";
  } else if (!m.explicit && chosen.period && isFullYear(chosen.period) && carried && carried.ongoing) {
    const y = Number(chosen.period.start.slice(0, 4));
    const sameDay = `${y}${published.slice(4)}`;
    if (y < Number(published.slice(0, 4))) readings.push({ period: { start: `${y}-01-01`, end: sameDay }, ongoing: true });
    doubt ??= "period-unclear";
  }
  // "Last year, when more than 25,000 people had already made the journey": the same point of that year
  // first, the whole year as the other reading.
  if (chosen.period && isFullYear(chosen.period) && ALREADY.test(text.slice(f.t.end, f.clauseEnd + 40))) {
    const y = Number(chosen.period.start.slice(0, 4));
    readings.unshift({ period: chosen.period });
    chosen = { ...chosen, period: { start: `${y}-01-01`, end: `${y}${published.slice(4)}` }, ongoing: true };
    doubt ??= "period-unclear";
  }
  for (const alt of chosen.alternatives ?? []) readings.push({ period: alt, ...(chosen.ongoing ? { ongoing: true } : {}) });
  // A weekday named on the day of publication: that day has no data yet, so the week before is a reading.
  if (chosen.day && chosen.period && chosen.period.start === published && own.some((p) => /day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche/i.test(p.text) && !/today|aujourd/i.test(p.text))) {
    const earlier = addDays(published, -7);
    readings.push({ period: { start: earlier, end: earlier } });
    doubt ??= "period-unclear";
  }
  if (readings.length > 0) doubt ??= "period-unclear";
  return {
    period: chosen.period,
    ...(chosen.ongoing ? { ongoing: true } : {}),
    ...(chosen.window ? { window: chosen.window } : {}),
    ...(chosen.day ? { day: true } : {}),
    ...(record ? { record } : {}),
    readings,
    ...(doubt ? { doubt } : {}),
    phrases: own,
  };
}

interface Chosen {
  /** The phrase it was read from. */
  source?: PeriodPhrase;
  /** A same-point phrase already moved to the year the sentence names ("In 2022 … by the same date"). */
  yearNamed?: boolean;
  /** A running total as of a named day ("passed 30,000 on Tuesday"): which total is meant stays unsure. */
  asOfDay?: boolean;
  period: Period | null;
  ongoing?: boolean;
  window?: number;
  day?: boolean;
  alternatives?: Period[];
}

/** The period a figure's own phrases give it, combining a yearless month range with a year named nearby. */
function pickOwn(own: PeriodPhrase[], years: { year: number; at: number }[], at: number, carried: Carried | null, crossed: ReadonlySet<PeriodPhrase> = new Set()): Chosen | null {
  const usable = own.filter((p) => (p.period || p.window) && !p.vague && p.role !== "comparison" || (p.role === "comparison" && p.period));
  // "In a single day" with a record word: the highest day (of the period named, if any).
  const record = own.some((p) => p.record);
  const single = own.find((p) => p.role === "day" && !p.period && p.window === 1);
  if (single && record) {
    const within = usable.find((p) => p.role !== "day" && p.period);
    const dated = usable.find((p) => p.role === "day" && p.period);
    if (dated) return { source: dated, period: dated.period, day: true };
    return { source: single, period: within?.period ?? null, ...(within?.ongoing ? { ongoing: true } : {}), day: true };
  }
  const day = own.find((p) => p.role === "day" && (p.period || p.window)) ?? own.find((p) => p.role === "day");
  if (usable.length === 0) return day ? { source: day, period: null, day: true } : null;
  // "The number crossing this year passed 30,000 on Tuesday": a total as of that day, not the day's count.
  const longer = usable.find((p) => p.role === "period" && p.period && p.period.start !== p.period.end && !crossed.has(p));
  if (!record && day?.period && day.period.start === day.period.end && longer?.period && longer.period.start <= day.period.start && day.period.start <= longer.period.end && !crossed.has(day)) {
    return { source: longer, period: { start: longer.period.start, end: day.period.start }, asOfDay: true };
  }
  const periodPhrase = usable.find((p) => p.role !== "day");
  // "In a single day … for the year so far": the highest day within the period.
  if (day && !day.period && !day.window && periodPhrase?.period) return { source: periodPhrase, period: periodPhrase.period, ongoing: periodPhrase.ongoing, day: true };
  if (day && (day.period || day.window)) return { source: day, period: day.period, day: true, ...(day.window ? { window: day.window } : {}) };
  const p = periodPhrase!;
  if (p.window) return { source: p, period: null, window: p.window };
  if (p.yearless) {
    // "from January to June … in 2022", "by the end of December" in a sentence about 2022.
    const bare = usable.find((q) => q !== p && q.bareYear);
    const named = bare?.bareYear ?? [...years].reverse().find((y) => y.at < at)?.year ?? (carried ? Number(carried.period.end.slice(0, 4)) : undefined);
    if (named) {
      const { from, to } = p.yearless;
      const last = new Date(Date.UTC(named, to, 0)).getUTCDate();
      return { source: p, period: { start: `${named}-${String(from).padStart(2, "0")}-01`, end: `${named}-${String(to).padStart(2, "0")}-${String(last).padStart(2, "0")}` } };
    }
  }
  // "In 2022 … by the same date", « En 2023, à la même période »: the same point of the year named.
  const samePoint = usable.find((q) => q.role === "comparison" && q.period);
  const namedYear = usable.find((q) => q !== samePoint && q.bareYear)?.bareYear;
  if (samePoint?.period && namedYear) {
    const end = samePoint.period.end;
    return { source: samePoint, yearNamed: true, period: { start: `${namedYear}-01-01`, end: `${namedYear}${end.slice(4) === "-02-29" ? "-02-28" : end.slice(4)}` }, ongoing: true };
  }
  // "As of August 8 … this year": the dated phrase is the more precise.
  const dated = usable.find((q) => q.role === "period" && q.period && !q.ongoing && q.period.start.endsWith("-01-01") && !q.period.end.endsWith("-12-31") && !q.yearless && !q.bareYear);
  const chosen = dated && usable.some((q) => q.ongoing) ? dated : p;
  return { source: chosen, period: chosen.period, ongoing: chosen.ongoing, ...(chosen.alternatives ? { alternatives: chosen.alternatives } : {}) };
}

// "6,000 more than at the same point last year", "up 2,000 on 2024", « 3 000 de plus que l'an dernier »:
// a difference between two periods, not a count of either.
const DIFFERENCE_AFTER: Record<Language, RegExp> = {
  en: /^\s*(?:more|fewer|less)\s+(?:[\p{L}-]+\s+){0,2}?(?:than|on|compared)\b|^\s*(?:higher|lower|up|down)\s+(?:than|on|from|compared)\b/iu,
  fr: /^\s*(?:de\s+plus|de\s+moins|supplémentaires)\s+(?:qu['’]|que|par\s+rapport|comparé)/iu,
};
const DIFFERENCE_BEFORE: Record<Language, RegExp> = {
  en: /\b(?:(?:a\s+)?(?:rise|increase|fall|drop|decrease|jump|decline)\s+of|(?:up|down|rose|fell|increased|decreased|dropped)\s+by|up|down)\s+$/i,
  fr: /(?:(?:une\s+)?(?:hausse|baisse|augmentation|diminution)\s+de)\s+$/iu,
};

function isDifference(f: Figure, text: string, language: Language): boolean {
  const before = text.slice(Math.max(0, f.t.start - 40), hedgeStart(text, f.t, language));
  return DIFFERENCE_BEFORE[language].test(before) || DIFFERENCE_AFTER[language].test(text.slice(f.t.end, f.clauseEnd)) || DIFFERENCE_AFTER[language].test(text.slice(f.measure?.end ?? f.t.end, f.clauseEnd));
}

// "from 44 to 51": this figure and the next are the start and end of one change.
function fromTo(f: Figure, i: number, figures: Figure[], text: string): boolean {
  const next = figures[i + 1];
  if (!next || f.bound.phrases.length > 0) return false;
  return /\b(?:from|de|d['’])\s+(?:(?:about|around|some|environ|quelque)\s+)?$/i.test(text.slice(Math.max(0, f.t.start - 20), f.t.start)) && /^\s*(?:\S+\s+){0,2}?(?:to|à)\s+(?:(?:about|around|some|environ|quelque)\s+)?$/iu.test(text.slice(f.t.end, next.t.start));
}

// The figure whose time phrase this one shares: an earlier one in the same clause, or a boat count right
// after it ("898 people made the journey in 13 boats on Wednesday").
function clausePartner(f: Figure, i: number, figures: Figure[], text: string): Figure | null {
  const strong = /[,;:()–—]|\s-\s|\b(?:but|while|whereas|mais|tandis)\b/i;
  for (let j = i - 1; j >= 0; j--) {
    const g = figures[j]!;
    if (strong.test(text.slice(g.t.end, f.t.start))) break;
    if (g.bound.phrases.length > 0 && g.measure && isCount(g.measure)) return g;
  }
  const nextFigure = figures[i + 1];
  if (nextFigure && nextFigure.measure?.metric === "boats" && /(?<![\p{L}])(?:in|aboard|on\s+board|à\s+bord\s+de|dans|sur)\s+$/iu.test(text.slice(f.t.end, nextFigure.t.start)) && !strong.test(text.slice(f.t.end, nextFigure.t.start))) return nextFigure;
  return null;
}

// A change in percent: the period it measures, the base it is measured against, and its direction.
function changeFrame(
  f: Figure, i: number, figures: Figure[], built: (Claim | null)[], phrases: PeriodPhrase[], carried: Carried | null, published: ISODate,
  text: string, sentence: Span, language: Language,
): Frame {
  const t = f.t;
  const around = text.slice(Math.max(sentence.start, t.start - 40), Math.min(sentence.end, t.end + 40));
  const up = CHANGE_UP[language].test(around);
  const down = CHANGE_DOWN[language].test(around);
  if (!up && !down && !phrases.some((p) => p.yearOnYear && p.start > t.end && p.start - t.end < 40)) return { period: null, readings: [], phrases: [] };
  const direction = changeDirection(text, t, sentence, language);
  const nextPercent = figures.slice(i + 1).find((g) => g.measure?.metric === "percent");
  const limit = Math.min(nextPercent ? nextPercent.t.start : sentence.end, sentence.end);
  // The base: the first time phrase after the change that follows a comparison word ("on", "than", « par rapport à »).
  const after = phrases.filter((p) => p.start >= t.end && p.start < limit && !p.vague && (p.period || p.previous || p.yearOnYear));
  // The words before a phrase, and its own first word ("on 2023", "from 2024"), say whether it is the base.
  const compared = (p: PeriodPhrase) => COMPARED[language].test(`${text.slice(t.end, p.start)} ${p.text.slice(0, 16)}`);
  const basePhrase = after.find((p) => p.role === "comparison" || p.previous || p.yearOnYear || compared(p));
  const ownAfter = after.find((p) => p !== basePhrase && p.role === "period" && p.period && !compared(p));
  // The period that changed: a phrase of its own after it ("reduced crossings by 36 per cent last year"),
  // else the sentence's subject before it, else the figure last talked about ("This is up 51 per cent").
  const subjectPhrase = phrases.filter((p) => p.end <= t.start && p.role === "period" && (p.period || p.window) && !p.vague && !p.previous).pop();
  // The subject is a count stated before the sentence's first change; counts after it are what it is compared with.
  const firstChange = figures.findIndex((g) => g.measure?.metric === "percent");
  const subjectFigure = ANAPHOR[language].test(text.slice(sentence.start, sentence.end)) ? undefined : built.slice(0, firstChange < 0 ? i : Math.min(i, firstChange)).find((c) => c && c.metric !== "percent" && c.period && !c.day);
  let current: Carried | null = null;
  let doubt: Doubt | undefined;
  if (ownAfter?.period && !basePhrase?.previous) current = { period: ownAfter.period, ongoing: ownAfter.ongoing === true };
  else if (subjectFigure?.period) current = { period: subjectFigure.period, ongoing: subjectFigure.ongoing === true };
  else if (subjectPhrase?.period) current = { period: subjectPhrase.period, ongoing: subjectPhrase.ongoing === true };
  else if (carried) {
    current = carried;
    doubt = "period-carried";
  }
  let base: Period | null = null;
  if (basePhrase?.previous || basePhrase?.yearOnYear || !basePhrase) {
    base = current ? shiftYears(current.period, -1) : null;
    if (!basePhrase) doubt ??= "period-unclear";
  } else if (basePhrase.role === "comparison" && current && basePhrase.period) {
    // "At this stage in 2022": the current period moved to that year.
    const year = basePhrase.year ?? Number(current.period.end.slice(0, 4)) - 1;
    base = shiftYears(current.period, year - Number(current.period.end.slice(0, 4)));
  } else base = basePhrase.period;
  if (base && current && base.start === current.period.start && base.end === current.period.end) base = shiftYears(current.period, -1);
  // A change compares like with like: a month with a month, a year to date with the same point. Periods of
  // very different lengths mean the base was misread ("the same month last year" read as the whole year).
  if (base && current && !current.ongoing && Math.abs(span(base) - span(current.period)) > 3) doubt ??= "period-unclear";
  if (!current) doubt = "period-unclear";
  return {
    period: current?.period ?? null,
    ...(current?.ongoing ? { ongoing: true } : {}),
    comparison: { period: base, direction },
    readings: [],
    ...(doubt ? { doubt } : {}),
    phrases: [basePhrase, ownAfter].filter((p): p is PeriodPhrase => !!p),
  };
}

function span(p: Period): number {
  return (Date.parse(`${p.end}T00:00:00Z`) - Date.parse(`${p.start}T00:00:00Z`)) / 86_400_000;
}

// The direction of a change: the change word nearest the figure ("up 25% … but below the record" is up).
function changeDirection(text: string, t: NumberToken, sentence: Span, language: Language): "up" | "down" | null {
  // A fraction carries its own verb ("fell by more than a third"); its hedge is not a direction.
  const own = t.text.replace(/\b(?:more|less)\s+than\b/gi, "");
  const ownUp = CHANGE_UP[language].test(own);
  const ownDown = CHANGE_DOWN[language].test(own);
  if (ownUp !== ownDown) return ownUp ? "up" : "down";
  const before = text.slice(Math.max(sentence.start, t.start - 40), t.start);
  const after = text.slice(t.end, Math.min(sentence.end, t.end + 40));
  const distance = (re: RegExp): number => {
    let best = Infinity;
    for (const m of before.matchAll(new RegExp(re.source, `${re.flags}g`))) best = Math.min(best, before.length - m.index);
    const next = re.exec(after);
    if (next) best = Math.min(best, next.index + 1);
    return best;
  };
  const up = distance(CHANGE_UP[language]);
  const down = distance(CHANGE_DOWN[language]);
  if (up === Infinity && down === Infinity) return null;
  return up <= down ? "up" : "down";
}

// ── topics ──────────────────────────────────────────────────────────────────────────────────────────
// Money is about Rwanda or about payments to France whatever mention is nearest.
function moneyTopic(sentence: string): TopicId | undefined {
  if (/rwanda/i.test(sentence)) return "rwanda";
  if (/france|french|sandhurst|paris|patrol|fran[cç]ais|la\s+france/i.test(sentence)) return "payments-france";
  return undefined;
}

// The last mention of a money topic (payments to France, Rwanda) in the few paragraphs before.
function moneyMentionBefore(t: NumberToken, mentions: Mention[]): TopicId | undefined {
  for (let i = lowerBound(mentionStarts(mentions), t.start) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (t.start - m.start > 1500) break;
    if (m.topic === "payments-france" || m.topic === "rwanda") return m.topic;
  }
  return undefined;
}

const startsCache = new WeakMap<Mention[], number[]>();
function mentionStarts(mentions: Mention[]): number[] {
  let starts = startsCache.get(mentions);
  if (!starts) startsCache.set(mentions, (starts = mentions.map((m) => m.start)));
  return starts;
}

// The topic of the mention nearest the figure: inside its sentence first, else just before it.
function nearestTopic(t: NumberToken, mentions: Mention[], sentence: Span): TopicId | undefined {
  const starts = mentionStarts(mentions);
  let best: Mention | undefined;
  let bestDistance = Infinity;
  for (let i = lowerBound(starts, sentence.start - 300); i < mentions.length && mentions[i]!.start <= sentence.end; i++) {
    const m = mentions[i]!;
    const inside = m.start >= sentence.start && m.end <= sentence.end;
    const distance = Math.abs(m.start - t.start) + (inside ? 0 : 1000);
    if (distance < bestDistance) [best, bestDistance] = [m, distance];
  }
  return best?.topic;
}

export { sentences };
