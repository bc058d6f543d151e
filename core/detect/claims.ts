/**
 * Numeric claims an article makes about Channel crossings (issue 4): "nearly 20,000 people crossed
 * between January and June", "up 48%", "£700m since 2018", "27 morts en 2025". Each claim gets its
 * metric, value, hedge and period resolved against the publication date. Pure string code.
 */
import type { TopicId } from "../topics";
import type { Language } from "./language";
import { lowerBound, type Mention } from "./mentions";
import { findNumbers, hedgeStart, type Approx, type NumberToken } from "./numbers";
import { findPeriods, isFullYear, yearEarlier, type ISODate, type Period, type PeriodPhrase } from "./periods";

/** What a figure counts. */
export type Metric =
  | "people" // people arriving by small boat
  | "boats" // boats arriving
  | "deaths" // people who died or went missing
  | "returns" // people returned to France (returns pilot)
  | "admissions" // people admitted to the UK under the returns pilot
  | "arrests" // people arrested (no official series: unverifiable unless curated)
  | "officers" // police, gendarmes: no official series, reported as unverifiable
  | "other" // drones, ships, patrols…: recognised so that they are reported as unverifiable
  | "money" // money (value in the currency's units)
  | "percent" // a share or a change in percent
  | "people-per-boat"; // average people per boat

/** A numeric claim found in text. */
export interface Claim {
  start: number;
  end: number;
  /** The claim as written, from its hedge to its metric or time phrase. */
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
}

/** What extraction needs to know about the article. */
export interface ClaimContext {
  language: Language;
  published: ISODate | null;
}

// Nouns (and a few verbs) after a figure that say what it counts; up to two words may come between
// ("20,000 more people", "872 small-boat migrants"). Checked in order: the first hit wins.
const AFTER_NOUNS: Record<Language, [Metric, RegExp][]> = {
  en: [
    ["people-per-boat", /^(?:(?:people|migrants|passengers|persons)\s+)?(?:per|a|on\s+(?:each|every|average\s+per))\s+(?:boat|dinghy|vessel)/i],
    ["deaths", /^(?:[\p{L}-]+\s+){0,2}?(?:deaths|dead|died|drowned|fatalities|lives|bodies)\b/iu],
    ["deaths", /^(?:people|migrants|men|women|children|of\s+them|others|adults)\s+(?:have\s+|had\s+|were\s+)?(?:died|drowned|perished|lost\s+their\s+lives|killed|dead|were\s+found\s+dead)/i],
    ["returns", /^(?:[\p{L}-]+\s+){0,2}?(?:people|migrants|asylum\s+seekers|individuals|men)?\s*(?:have\s+been\s+|had\s+been\s+|were\s+|being\s+)?(?:returned|sent\s+back|removed\s+to\s+france|deported\s+to\s+france)/iu],
    ["returns", /^(?:[\p{L}-]+\s+){0,1}?returns\b/iu],
    ["admissions", /^(?:[\p{L}-]+\s+){0,2}?(?:people|migrants|asylum\s+seekers|individuals)?\s*(?:have\s+been\s+|had\s+been\s+|were\s+)?(?:admitted|accepted|brought\s+to\s+the\s+uk|allowed\s+in)/iu],
    ["arrests", /^(?:[\p{L}-]+\s+){0,2}?(?:arrests|people\s+(?:were\s+|have\s+been\s+)?arrested|suspects|(?:people\s+)?smugglers\s+(?:were\s+|have\s+been\s+)?(?:arrested|detained|convicted|jailed))\b/iu],
    ["boats", /^(?:[\p{L}-]+\s+){0,2}?(?:boats|dinghies|vessels|small\s+boats|crossings|launches)\b/iu],
    ["people", /^(?:[\p{L}-]+\s+){0,2}?(?:people|persons|migrants|individuals|asylum\s+seekers|arrivals|adults|men|crossers)\b/iu],
    ["people", /^(?:(?:more|others?|had|have|people)\s+)?(?:made\s+the\s+(?:journey|crossing|trip)|made\s+it|crossed|arrived|came|landed|reached\s+(?:the\s+uk|britain|england|dover))\b/i],
  ],
  fr: [
    ["people-per-boat", /^(?:(?:personnes|migrants|passagers|exil[ée]s)\s+)?(?:par|en\s+moyenne\s+par)\s+(?:bateau|embarcation|canot)/i],
    ["deaths", /^(?:[\p{L}-]+\s+){0,2}?(?:morts|décès|victimes|noyés|tués|disparus|corps)\b/iu],
    ["deaths", /^(?:personnes|migrants|exil[ée]s|hommes|femmes|enfants)\s+(?:sont\s+|ont\s+)?(?:morts?|mortes|décédées?|péri|noyées?|perdu\s+la\s+vie)/iu],
    ["returns", /^(?:[\p{L}-]+\s+){0,2}?(?:personnes|migrants|exil[ée]s)?\s*(?:ont\s+été\s+|avaient\s+été\s+)?(?:renvoyé(?:e)?s|expulsé(?:e)?s|réadmis(?:es)?|retournés)/iu],
    ["admissions", /^(?:[\p{L}-]+\s+){0,2}?(?:personnes|migrants)?\s*(?:ont\s+été\s+)?(?:admis(?:es)?|accueilli(?:e)?s)\s+(?:au\s+royaume-uni|outre-manche)/iu],
    ["boats", /^(?:[\p{L}-]+\s+){0,2}?(?:bateaux|embarcations|canots|small\s+boats|traversées)\b/iu],
    ["arrests", /^(?:[\p{L}-]+\s+){0,2}?(?:interpellations|arrestations|personnes\s+(?:ont\s+été\s+)?interpellées|passeurs\s+(?:ont\s+été\s+)?(?:interpellés|arrêtés))/iu],
    ["people", /^(?:[\p{L}-]+\s+){0,2}?(?:personnes|migrants|exil[ée]s|individus|demandeurs\s+d['’]asile|arrivées|adultes|passagers)(?![\p{L}])/iu],
    ["people", /^(?:ont\s+(?:traversé|rejoint|gagné)|sont\s+arrivée?s)/iu],
  ],
};

// When no noun follows, the subject before the figure may say it ("arrivals reached 19,982").
const BEFORE_NOUNS: Record<Language, [Metric, RegExp][]> = {
  en: [
    ["deaths", /\b(?:deaths?|(?:death\s+)?toll|died|dead|drowned)\b[^.;]{0,40}$/i],
    ["returns", /\b(?:returns|returned|sent\s+back)\b[^.;]{0,40}$/i],
    ["boats", /\b(?:boats|dinghies|vessels)\b(?:\s+\w+){0,4}\s+(?:to|at|of|was|were|reached|totalled|totaled)\s*$/i],
    ["people", /\b(?:arrivals|people|migrants|crossings|number\s+of\s+(?:people|migrants|arrivals)|total|figure)\b[^.;]{0,100}$/i],
    ["people", /\bthey\s+(?:were|numbered|totalled|had\s+been)\s*$/i],
  ],
  fr: [
    ["deaths", /\b(?:morts|décès|victimes|bilan|noyés)\b[^.;]{0,40}$/iu],
    ["returns", /\b(?:renvoyés|renvois|expulsions)\b[^.;]{0,40}$/iu],
    ["people", /(?:arrivées|personnes|migrants|exil[ée]s|nombre\s+de\s+(?:personnes|migrants|traversées)|total|traversée)[^.;]{0,100}$/iu],
    ["people", /(?:elles|ils)\s+(?:étaient|sont|avaient\s+été|ont\s+été|seraient)\s*$/iu],
  ],
};

const CHANGE_UP: Record<Language, RegExp> = {
  en: /\b(?:up|rise|rose|risen|increase[ds]?|higher|more|jump(?:ed)?|climb(?:ed)?|grew|growth|above)\b/i,
  fr: /\b(?:hausse|augmentation|plus|progression|bond)\b/iu,
};
const CHANGE_DOWN: Record<Language, RegExp> = {
  en: /\b(?:down|fall|fell|fallen|decrease[ds]?|drop(?:ped)?|lower|fewer|less|below|decline[ds]?)\b/i,
  fr: /\b(?:baisse|diminution|recul|moins|chute)\b/iu,
};

const COMPARED: Record<Language, RegExp> = {
  en: /(?:compared\s+(?:to|with)|than|on|over|against|from|versus|vs\.?)\s+(?:the\s+)?$/i,
  fr: /(?:par\s+rapport\s+(?:à|a)|contre|sur|qu['’]|que)\s*$/iu,
};

const CHANGE_AFTER: Record<Language, RegExp> = {
  en: /^\s*(?:lower|higher|more|fewer|less|up|down|below|above|increase|decrease|rise|fall|drop)\b/i,
  fr: /^\s*(?:de\s+plus|de\s+moins|en\s+plus|en\s+moins)\b/iu,
};

// "up by a quarter", "a third more", "en hausse d'un quart": changes written as fractions.
const FRACTION: Record<Language, RegExp> = {
  en: /\b(?:(?:up|down|rose|fell|risen|fallen|increased|decreased|dropped|grew)\s+(?:by\s+)?)?(?:a\s+(?:quarter|third|fifth|tenth)|half|two\s+thirds)(?=\s+(?:on|more|fewer|less|higher|lower|compared|than|from|since|in|over)\b)/gi,
  fr: /(?:hausse|baisse|augmentation|diminution)\s+d['’](?:un\s+(?:quart|tiers|cinquième|dixième)|une\s+moitié)|(?:un\s+(?:quart|tiers)|moitié)\s+de\s+(?:plus|moins)/giu,
};
const FRACTION_VALUES: [RegExp, number][] = [
  [/quarter|quart/i, 25], [/two\s+thirds/i, 66.7], [/third|tiers/i, 33.3], [/fifth|cinquième/i, 20], [/tenth|dixième/i, 10], [/half|moitié/i, 50],
];

function fractionTokens(s: string, language: Language): NumberToken[] {
  const out: NumberToken[] = [];
  const re = new RegExp(FRACTION[language].source, FRACTION[language].flags);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const value = FRACTION_VALUES.find(([r]) => r.test(m![0]))?.[1] ?? 0;
    // "A quarter" is a round figure: within 5 points it still reads as a quarter.
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value, approx: "around", currency: null, percent: true, round: true, digits: String(value), precision: 10 });
  }
  return out;
}

const CHANGE_BEFORE: Record<Language, RegExp> = {
  en: /(?:up|down|(?:an?\s+)?(?:rise|increase|fall|drop|decrease|jump|decline)\s+of)\s+$/i,
  fr: /(?:(?:une\s+)?(?:hausse|baisse|augmentation|diminution|progression)\s+de)\s+$/iu,
};

// Years, dates and times are numbers but never claims.
const MONTH_WORDS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|déc";
const MONTH_NEAR = new RegExp(`^\\s*(?:${MONTH_WORDS})\\.?(?![\\p{L}])`, "iu");
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MONTH_WORDS})\\.?\\s*$`, "iu");

interface Sentence {
  start: number;
  end: number;
}

/** Sentences of `text` (split at . ! ? followed by a space, and at block separators). */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[.!?…]+["”»’)]*(?=[\s\u00a0]+[\p{Lu}"“«‘(\d])|\n/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    // "c. 20,000", "Mr. Smith", "No. 10": too short to end a sentence.
    if (m[0] !== "\n" && /\b(?:c|Mr|Mrs|Ms|Dr|St|No|vs|M|Mme)\.$/.test(text.slice(Math.max(start, end - 5), end))) continue;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

function isYearOrDate(text: string, t: NumberToken): boolean {
  if (t.currency || t.percent) return false;
  if (/^(?:19|20)\d\d$/.test(t.text) && t.approx === "exact") return true; // a year
  if (/^\d{1,2}(?:st|nd|rd|th|er)?$/.test(t.text) || /^\d{1,2}$/.test(t.text)) {
    if (MONTH_NEAR.test(text.slice(t.end, t.end + 12)) || MONTH_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) return true;
  }
  if (/^[:h]\d\d/.test(text.slice(t.end, t.end + 3))) return true; // 10:30, 10h30
  if (/^\s*(?:years?\s+old|ans\b|-year-old|km|kilom|miles?\b|metres?|m\b|mètres|hours?|heures|minutes|mph|knots|nœuds|years?\b|ann[ée]es?\b|mois\b|months?\b|weeks?\b|semaines?\b|days?\b|jours?\b)/iu.test(text.slice(t.end, t.end + 14))) return true;
  return /(?:aged|âgée?s?\s+de|section|s\.|article|clause|page|no\.|n°)\s*$/iu.test(text.slice(Math.max(0, t.start - 12), t.start));
}

// Verbs in the figure's clause that turn a count of people into deaths, returns, admissions or arrests.
const CLAUSE_VERBS: Record<Language, [Metric, RegExp][]> = {
  en: [
    ["deaths", /\b(?:died|drowned|perished|lost\s+their\s+lives|were\s+killed|found\s+dead)\b/i],
    ["returns", /\b(?:(?:been|were|being)\s+returned|sent\s+back|removed\s+to\s+france)\b/i],
    ["admissions", /\b(?:(?:been|were|being)\s+admitted|brought\s+to\s+the\s+uk)\b/i],
    ["arrests", /\b(?:arrested|detained|convicted|jailed)\b/i],
  ],
  fr: [
    ["deaths", /\b(?:morts?|mortes|décédée?s|péri|noyée?s|perdu\s+la\s+vie)\b/iu],
    ["returns", /\b(?:renvoyée?s|expulsée?s|réadmise?s)\b/iu],
    ["admissions", /\b(?:admise?s|accueillie?s)\b/iu],
    ["arrests", /\b(?:interpellée?s|arrêtée?s|condamnée?s)\b/iu],
  ],
};
// Verbs right before the figure: "the UK has admitted 195 people", "returned 193".
const VERB_BEFORE: Record<Language, [Metric, RegExp][]> = {
  en: [
    ["admissions", /\b(?:admitted|accepted|taken\s+in)\s+$/i],
    ["returns", /\b(?:returned|sent\s+back|removed)\s+$/i],
    ["arrests", /\b(?:arrested|detained)\s+$/i],
    ["deaths", /\btoll\s+(?:at|to|of|stood\s+at|rose\s+to)\s+(?:at\s+least\s+|some\s+)?$/i],
  ],
  fr: [
    ["admissions", /\b(?:admis|accueilli)\s+$/iu],
    ["returns", /\b(?:renvoyé|expulsé)\s+$/iu],
    ["deaths", /\bbilan\s+(?:à|de|s['’]élève\s+à)\s+(?:au\s+moins\s+)?$/iu],
  ],
};
// People the data never counts (police, officers): claims we know are not checkable.
const OTHER_NOUNS: Record<Language, RegExp> = {
  en: /^(?:[\p{L}-]+\s+){0,2}?(?:(police|officers|gendarmes|agents|staff)|drones|ships|patrols)\b/iu,
  fr: /^(?:[\p{L}-]+\s+){0,2}?(?:(policiers|gendarmes|agents|fonctionnaires|forces\s+de\s+l['’]ordre)|drones|navires|patrouilles)\b/iu,
};

// Rates ("50 returns a week", "100 par jour") are not totals: reported, never compared with one.
const RATE_AFTER = /^[\s\u00a0]*(?:a|per|each|every|par|chaque)\s+(?:week|day|month|night|semaine|jour|mois|nuit)\b/iu;

function metricOf(text: string, t: NumberToken, sentence: Sentence, language: Language): { metric: Metric; end: number; rate?: Claim["rate"] } | null {
  const found = nounMetric(text, t, sentence, language);
  if (found && found.metric !== "percent" && found.metric !== "money") {
    const rate = RATE_AFTER.exec(text.slice(found.end, found.end + 20));
    if (rate) return { ...found, rate: /week|semaine/i.test(rate[0]) ? "week" : /month|mois/i.test(rate[0]) ? "month" : "day" };
  }
  if (!found || found.metric !== "people") return found;
  const lead = text.slice(Math.max(sentence.start, t.start - 40), hedgeStart(text, t, language));
  for (const [metric, re] of VERB_BEFORE[language]) if (re.test(lead)) return { metric, end: found.end };
  // The clause after the figure, up to the next figure-free break: "193 people who arrived … have been returned".
  const clauseEnd = text.slice(t.end, sentence.end).search(/[;:–—]|,\s+(?:while|whereas|but|and|alors|tandis|mais)\b|\b(?:while|whereas|tandis\s+que|alors\s+que)\b/i);
  const clause = text.slice(t.end, clauseEnd < 0 ? Math.min(sentence.end, t.end + 120) : t.end + clauseEnd);
  for (const [metric, re] of CLAUSE_VERBS[language]) if (re.test(clause)) return { metric, end: found.end };
  return found;
}

function nounMetric(text: string, t: NumberToken, sentence: Sentence, language: Language): { metric: Metric; end: number } | null {
  if (t.percent) return { metric: "percent", end: t.end };
  if (t.currency) return { metric: "money", end: t.end };
  const after = text.slice(t.end, Math.min(sentence.end, t.end + 80)).replace(/^[\s\u00a0\u202f]+/, "");
  const lead = text.slice(t.end, Math.min(sentence.end, t.end + 80)).length - after.length;
  for (const [metric, re] of AFTER_NOUNS[language]) {
    const m = re.exec(after);
    if (m) {
      // "2,000 people died" is about deaths even though "people" comes first.
      return { metric, end: t.end + lead + m[0].length };
    }
  }
  const other = OTHER_NOUNS[language].exec(after);
  if (other) return { metric: other[1] ? "officers" : "other", end: t.end + lead + other[0].length };
  const before = text.slice(Math.max(sentence.start, t.start - 120), hedgeStart(text, t, language));
  for (const [metric, re] of VERB_BEFORE[language]) if (metric !== "deaths" && re.test(before)) return { metric, end: t.end };
  for (const [metric, re] of BEFORE_NOUNS[language]) {
    if (re.test(before)) return { metric, end: t.end };
  }
  return null;
}

// The time phrases a figure may belong to, nearest first: those after it (before the next figure),
// then those before it in the sentence, latest first.
function periodFor(t: NumberToken, next: NumberToken | undefined, phrases: PeriodPhrase[]): PeriodPhrase[] {
  const limit = next ? next.start : Infinity;
  const after = phrases.filter((p) => p.start >= t.end && p.start < limit);
  const before = phrases.filter((p) => p.end <= t.start).reverse();
  return [...after, ...before];
}

// Sentences without a digit or any of these words have no time phrase: skip the period rules there.
const PERIOD_HINT = /\d|year|month|week|day|since|between|first|same|record|highest|busiest|following|janu|febr|march|april|may|june|july|august|septem|octob|novem|decem|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|ann[ée]e|\ban\b|mois|semaine|jour|depuis|entre|premier|même|semestre|trimestre|janvier|février|mars|avril|mai|juin|juillet|août|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd/i;

/** The period last talked about, carried from sentence to sentence ("The year's total was 41,472"). */
interface Carried {
  period: Period;
  ongoing: boolean;
}


// `template` moved to `year` (same days of the year).
function shiftToYear(template: Period, year: number): Period {
  const years = year - Number(template.end.slice(0, 4));
  const shift = (d: ISODate) => {
    const y = Number(d.slice(0, 4)) + years;
    const md = d.slice(5) === "02-29" ? "02-28" : d.slice(5);
    return `${y}-${md}`;
  };
  return { start: shift(template.start), end: shift(template.end) };
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

/** A reader of the claims in `text` (see ClaimsReader). */
export function claimsReader(text: string, mentions: Mention[], context: ClaimContext): ClaimsReader {
  const { language } = context;
  const published = context.published ?? new Date().toISOString().slice(0, 10);
  const claims: Claim[] = [];
  let carried: Carried | null = null;
  // Time phrases are only read where they can matter: in a sentence with a figure that counts
  // something, and in the sentences before it, whose periods carry forward. A sentence with no such
  // figure only sets what is carried, so it is read when a later sentence needs that (catchUp), in
  // order; a page whose figures are all timestamps or dates never reads its time phrases.
  const all = sentences(text);
  let resolved = 0;
  const periodsAt = (sentence: Sentence): PeriodPhrase[] => {
    const s = text.slice(sentence.start, sentence.end);
    const phrases = (PERIOD_HINT.test(s) ? findPeriods(s, language, published) : []).map((p) => ({ ...p, start: p.start + sentence.start, end: p.end + sentence.start }));
    // "The following year": one year after the period carried from earlier sentences.
    for (const p of phrases) {
      if (p.follows && carried) {
        const y = Number(carried.period.end.slice(0, 4)) + p.follows;
        p.period = { start: `${y}-01-01`, end: `${y}-12-31` };
      }
    }
    return phrases;
  };
  const carryOwn = (phrases: PeriodPhrase[]) => {
    const own = [...phrases].reverse().find((p) => p.role === "period" && p.period);
    if (own?.period) carried = { period: own.period, ongoing: own.ongoing === true };
  };
  const catchUp = (upTo: number) => {
    for (; resolved < upTo; resolved++) carryOwn(periodsAt(all[resolved]!));
  };
  const readSentence = (sentence: Sentence, index: number): void => {
    const s = text.slice(sentence.start, sentence.end);
    if (!/\d/.test(s) && !FRACTION[language].test(s)) return;
    const tokens = [...findNumbers(s, language), ...fractionTokens(s, language)]
      .sort((x, y) => x.start - y.start)
      .map((t) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start }));
    const metrics = tokens.map((t) => (isYearOrDate(text, t) ? null : metricOf(text, t, sentence, language)));
    if (!metrics.some((m) => m)) return;
    catchUp(index);
    const phrases = periodsAt(sentence);
    resolved = index + 1;
    let lastCount: Carried | null = null;
    const before = carried;
    tokens.forEach((t, i) => {
      const found = metrics[i];
      if (!found) return;
      const claim = buildClaim(text, t, tokens[i + 1], tokens[i - 1], found, phrases, mentions, sentence, language, before, published);
      if (!claim) return;
      claims.push(claim);
      if (!lastCount && (claim.metric === "people" || claim.metric === "boats") && claim.period && !claim.day) lastCount = { period: claim.period, ongoing: claim.ongoing === true };
    });
    // What the next sentences talk about: the period of this sentence's first count (its subject;
    // later ones are comparisons), else its last time phrase.
    if (lastCount) carried = lastCount;
    else carryOwn(phrases);
  };
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

function buildClaim(
  text: string,
  t: NumberToken,
  next: NumberToken | undefined,
  prev: NumberToken | undefined,
  found: { metric: Metric; end: number; rate?: Claim["rate"] },
  phrases: PeriodPhrase[],
  mentions: Mention[],
  sentence: Sentence,
  language: Language,
  carried: Carried | null,
  published: ISODate,
): Claim | null {
  const candidates = periodFor(t, next, phrases);
  const around = text.slice(Math.max(sentence.start, t.start - 30), Math.min(sentence.end, t.end + 30));
  const isChange = found.metric === "percent" && (CHANGE_UP[language].test(around) || CHANGE_DOWN[language].test(around));
  // In a change, a time phrase after "compared with", "than", "on", "par rapport à"… is the base period.
  const asComparison = (p: PeriodPhrase) =>
    p.role === "comparison" || (isChange && p.start > t.end && COMPARED[language].test(text.slice(Math.max(t.end, p.start - 30), p.start)));
  const ownPhrase = candidates.find((p) => !asComparison(p) && p.role === "period" && p.period) ?? null;
  const comparisonPhrase = candidates.find(asComparison) ?? null;
  // "Samedi, … en une journée": the day that has a date wins over "in a single day".
  const dayPhrase = candidates.find((p) => p.role === "day" && p.period) ?? candidates.find((p) => p.role === "day") ?? null;
  const record = candidates.some((p) => p.record) || undefined;
  // The period the sentence talks about: its own phrase, else the one carried from earlier sentences.
  const own: Carried | null = ownPhrase?.period ? { period: ownPhrase.period, ongoing: ownPhrase.ongoing === true } : carried;

  // A comparison phrase "the same point last year" moves the period it compares with to another year.
  const compared = (phrase: PeriodPhrase): Carried => {
    const template = own && !(isFullYear(own.period) && ownPhrase) ? own : carried && !isFullYear(carried.period) ? carried : null;
    if (!template) return { period: phrase.period!, ongoing: phrase.ongoing === true };
    const namedYear = phrase.year ?? (ownPhrase?.period && isFullYear(ownPhrase.period) ? Number(ownPhrase.period.start.slice(0, 4)) : undefined);
    const year = namedYear ?? Number(template.period.end.slice(0, 4)) - 1;
    return { period: shiftToYear(template.period, year), ongoing: template.ongoing };
  };
  // The comparison phrase is this figure's own period when it directly follows the figure ("16,712 at
  // the same point last year") or stands before it with no other figure between ("…, when 13,489 made…").
  const comparisonIsOwn =
    !isChange &&
    comparisonPhrase !== null &&
    ((comparisonPhrase.start >= found.end && comparisonPhrase.start - found.end < 40) ||
      (comparisonPhrase.end <= t.start && !(prev && prev.start > comparisonPhrase.end) && !(ownPhrase && ownPhrase.start > comparisonPhrase.end && ownPhrase.end <= t.start)));

  let period: Period | null = null;
  let ongoing = false;
  if (found.metric === "money") {
    // Money has no time series: only "since 2018"-style totals keep a period, to pick the right total.
    if (ownPhrase && /^(?:since|depuis)/i.test(ownPhrase.text)) period = ownPhrase.period;
  } else if (comparisonIsOwn) ({ period, ongoing } = compared(comparisonPhrase!));
  else if (dayPhrase?.period && (dayPhrase.period.start === dayPhrase.period.end || !ownPhrase)) period = dayPhrase.period;
  else if (own) ({ period, ongoing } = own);

  const hedge = hedgeStart(text, t, language);
  // The claim's text runs from its time phrase (if no other figure sits between) to its noun.
  const used = [comparisonIsOwn ? comparisonPhrase : ownPhrase, dayPhrase].filter(
    (p): p is PeriodPhrase => !!p && Math.abs(p.start - t.start) < 120 && (p.start > t.start || !(prev && prev.start > p.end)),
  );
  const changeWord = isChange ? CHANGE_BEFORE[language].exec(text.slice(Math.max(sentence.start, hedge - 30), hedge)) : null;
  const changeAfter = isChange ? CHANGE_AFTER[language].exec(text.slice(found.end, Math.min(sentence.end, found.end + 20))) : null;
  const start = Math.min(hedge - (changeWord ? changeWord[0].length : 0), ...used.filter((p) => p.start < t.start).map((p) => p.start));
  const end = Math.max(found.end + (changeAfter ? changeAfter[0].length : 0), ...used.filter((p) => p.start > t.start).map((p) => p.end));
  const claim: Claim = {
    start,
    end,
    text: text.slice(start, end),
    number: { start: t.start, end: t.end, text: t.text },
    metric: found.metric,
    value: t.value,
    approx: t.approx,
    round: t.round,
    period,
  };
  if (ongoing) claim.ongoing = true;
  if (found.rate) claim.rate = found.rate;
  if (t.precision !== undefined) claim.precision = t.precision;
  if (isChange) {
    const direction = CHANGE_DOWN[language].test(around) ? "down" : CHANGE_UP[language].test(around) ? "up" : null;
    const base = comparisonPhrase ? compared(comparisonPhrase) : period ? { period: shiftToYear(period, Number(period.end.slice(0, 4)) - 1), ongoing } : null;
    claim.comparison = { period: base?.period ?? null, direction };
  }
  if (dayPhrase) claim.day = true;
  if (record) claim.record = true;
  if (t.currency) claim.currency = t.currency;
  const topic = found.metric === "money" ? moneyTopic(text.slice(sentence.start, sentence.end)) ?? moneyMentionBefore(t, mentions) : nearestTopic(t, mentions, sentence);
  if (topic) claim.topic = topic;
  void published;
  return claim;
}

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
function nearestTopic(t: NumberToken, mentions: Mention[], sentence: Sentence): TopicId | undefined {
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
