/**
 * Numeric claims an article makes about Channel crossings (issue 4): "nearly 20,000 people crossed
 * between January and June", "up 48%", "£700m since 2018", "27 morts en 2025". Each claim gets its
 * metric, value, hedge and period resolved against the publication date. Pure string code.
 */
import type { TopicId } from "../topics";
import type { Language } from "./language";
import type { Mention } from "./mentions";
import { findNumbers, hedgeStart, type Approx, type NumberToken } from "./numbers";
import { findPeriods, yearEarlier, type ISODate, type Period, type PeriodPhrase } from "./periods";

/** What a figure counts. */
export type Metric =
  | "people" // people arriving by small boat
  | "boats" // boats arriving
  | "deaths" // people who died or went missing
  | "returns" // people returned to France (returns pilot)
  | "admissions" // people admitted to the UK under the returns pilot
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
    ["boats", /^(?:[\p{L}-]+\s+){0,2}?(?:boats|dinghies|vessels|small\s+boats|crossings|launches)\b/iu],
    ["people", /^(?:[\p{L}-]+\s+){0,2}?(?:people|persons|migrants|individuals|asylum\s+seekers|arrivals|adults|men|crossers)\b/iu],
  ],
  fr: [
    ["people-per-boat", /^(?:(?:personnes|migrants|passagers|exil[ée]s)\s+)?(?:par|en\s+moyenne\s+par)\s+(?:bateau|embarcation|canot)/i],
    ["deaths", /^(?:[\p{L}-]+\s+){0,2}?(?:morts|décès|victimes|noyés|tués|disparus|corps)\b/iu],
    ["deaths", /^(?:personnes|migrants|exil[ée]s|hommes|femmes|enfants)\s+(?:sont\s+|ont\s+)?(?:morts?|mortes|décédées?|péri|noyées?|perdu\s+la\s+vie)/iu],
    ["returns", /^(?:[\p{L}-]+\s+){0,2}?(?:personnes|migrants|exil[ée]s)?\s*(?:ont\s+été\s+|avaient\s+été\s+)?(?:renvoyé(?:e)?s|expulsé(?:e)?s|réadmis(?:es)?|retournés)/iu],
    ["admissions", /^(?:[\p{L}-]+\s+){0,2}?(?:personnes|migrants)?\s*(?:ont\s+été\s+)?(?:admis(?:es)?|accueilli(?:e)?s)\s+(?:au\s+royaume-uni|outre-manche)/iu],
    ["boats", /^(?:[\p{L}-]+\s+){0,2}?(?:bateaux|embarcations|canots|small\s+boats|traversées)\b/iu],
    ["people", /^(?:[\p{L}-]+\s+){0,2}?(?:personnes|migrants|exil[ée]s|individus|demandeurs\s+d['’]asile|arrivées|adultes|passagers)\b/iu],
  ],
};

// When no noun follows, the subject before the figure may say it ("arrivals reached 19,982").
const BEFORE_NOUNS: Record<Language, [Metric, RegExp][]> = {
  en: [
    ["deaths", /\b(?:deaths?|death\s+toll|died|dead|drowned)\b[^.;]{0,40}$/i],
    ["returns", /\b(?:returns|returned|sent\s+back)\b[^.;]{0,40}$/i],
    ["boats", /\b(?:boats|dinghies|vessels)\b(?:\s+\w+){0,4}\s+(?:to|at|of|was|were|reached|totalled|totaled)\s*$/i],
    ["people", /\b(?:arrivals|people|migrants|crossings|number\s+of\s+(?:people|migrants|arrivals)|total|figure)\b[^.;]{0,50}$/i],
  ],
  fr: [
    ["deaths", /\b(?:morts|décès|victimes|bilan|noyés)\b[^.;]{0,40}$/iu],
    ["returns", /\b(?:renvoyés|renvois|expulsions)\b[^.;]{0,40}$/iu],
    ["people", /(?:arrivées|personnes|migrants|exil[ée]s|nombre\s+de\s+(?:personnes|migrants|traversées)|total|traversée)[^.;]{0,50}$/iu],
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

const CHANGE_BEFORE: Record<Language, RegExp> = {
  en: /(?:up|down|(?:a\s+)?(?:rise|increase|fall|drop|decrease|jump|decline)\s+of)\s+$/i,
  fr: /(?:(?:une\s+)?(?:hausse|baisse|augmentation|diminution|progression)\s+de)\s+$/iu,
};

// Years, dates and times are numbers but never claims.
const MONTH_NEAR = /^(?:\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|sept|déc)[\p{L}.]*)/iu;
const MONTH_BEFORE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)[\p{L}.]*\s*$/iu;

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

function metricOf(text: string, t: NumberToken, sentence: Sentence, language: Language): { metric: Metric; end: number } | null {
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
  const before = text.slice(Math.max(sentence.start, t.start - 70), hedgeStart(text, t, language));
  for (const [metric, re] of BEFORE_NOUNS[language]) {
    if (re.test(before)) return { metric, end: t.end };
  }
  return null;
}

// The time phrase a figure belongs to: the first one after it before the next figure, else the last
// one before it in the sentence. Comparison phrases go to changes and to figures they directly follow.
function periodFor(t: NumberToken, next: NumberToken | undefined, phrases: PeriodPhrase[]): PeriodPhrase[] {
  const limit = next ? next.start : Infinity;
  const after = phrases.filter((p) => p.start >= t.end && p.start < limit);
  const before = phrases.filter((p) => p.end <= t.start).reverse();
  return [...after, ...before];
}

/** The numeric claims in `text` about Channel crossings, in order. */
export function extractClaims(text: string, mentions: Mention[], context: ClaimContext): Claim[] {
  const { language } = context;
  const published = context.published ?? new Date().toISOString().slice(0, 10);
  const claims: Claim[] = [];
  for (const sentence of sentences(text)) {
    const s = text.slice(sentence.start, sentence.end);
    if (!/\d/.test(s)) continue;
    const tokens = findNumbers(s, language).map((t) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start }));
    const phrases = findPeriods(s, language, published).map((p) => ({ ...p, start: p.start + sentence.start, end: p.end + sentence.start }));
    tokens.forEach((t, i) => {
      if (isYearOrDate(text, t)) return;
      const found = metricOf(text, t, sentence, language);
      if (!found) return;
      const claim = buildClaim(text, t, tokens[i + 1], tokens[i - 1], found, phrases, mentions, sentence, language);
      if (claim) claims.push(claim);
    });
  }
  return claims;
}

function buildClaim(
  text: string,
  t: NumberToken,
  next: NumberToken | undefined,
  prev: NumberToken | undefined,
  found: { metric: Metric; end: number },
  phrases: PeriodPhrase[],
  mentions: Mention[],
  sentence: Sentence,
  language: Language,
): Claim | null {
  const candidates = periodFor(t, next, phrases);
  const around = text.slice(Math.max(sentence.start, t.start - 30), Math.min(sentence.end, t.end + 30));
  const isChange = found.metric === "percent" && (CHANGE_UP[language].test(around) || CHANGE_DOWN[language].test(around));
  // In a change, a time phrase after "compared with", "than", "on", "par rapport à"… is the base period.
  const asComparison = (p: PeriodPhrase) =>
    p.role === "comparison" || (isChange && p.start > t.end && COMPARED[language].test(text.slice(Math.max(t.end, p.start - 30), p.start)));
  const own = candidates.find((p) => !asComparison(p) && p.period) ?? null;
  const comparisonPhrase = candidates.find(asComparison) ?? null;
  const dayPhrase = candidates.find((p) => p.role === "day") ?? null;
  const record = candidates.some((p) => p.record) || undefined;
  // A figure directly followed by "at the same point last year" counts that earlier period.
  const followedByComparison = !isChange && comparisonPhrase && comparisonPhrase.start >= found.end && comparisonPhrase.start - found.end < 40;
  let period: Period | null = followedByComparison ? comparisonPhrase!.period : (dayPhrase?.period ?? own?.period ?? null);
  if (!followedByComparison && own && dayPhrase && !dayPhrase.period) period = own.period;
  const hedge = hedgeStart(text, t, language);
  // The claim's text runs from its time phrase (if no other figure sits between) to its noun.
  const used = [followedByComparison ? comparisonPhrase : own, dayPhrase].filter(
    (p): p is PeriodPhrase => !!p && Math.abs(p.start - t.start) < 120 && (p.start > t.start || !(prev && prev.start > p.end)),
  );
  const changeWord = isChange ? CHANGE_BEFORE[language].exec(text.slice(Math.max(sentence.start, hedge - 30), hedge)) : null;
  const start = Math.min(hedge - (changeWord ? changeWord[0].length : 0), ...used.filter((p) => p.start < t.start).map((p) => p.start));
  const end = Math.max(found.end, ...used.filter((p) => p.start > t.start).map((p) => p.end));
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
  if (isChange) {
    const direction = CHANGE_DOWN[language].test(around) ? "down" : CHANGE_UP[language].test(around) ? "up" : null;
    // "up 48% on the same period of 2024", "par rapport à l'an dernier": the own period a year earlier.
    const base = period && (!comparisonPhrase?.period || /same|même|last|derni|l['’]an/i.test(comparisonPhrase.text))
      ? { start: yearEarlier(period.start), end: yearEarlier(period.end) }
      : comparisonPhrase?.period ?? null;
    claim.comparison = { period: base, direction };
  }
  if (dayPhrase) claim.day = true;
  if (record) claim.record = true;
  if (t.currency) claim.currency = t.currency;
  const topic = found.metric === "money" ? moneyTopic(text.slice(sentence.start, sentence.end)) ?? nearestTopic(t, mentions, sentence) : nearestTopic(t, mentions, sentence);
  if (topic) claim.topic = topic;
  return claim;
}

// Money is about Rwanda or about payments to France whatever mention is nearest.
function moneyTopic(sentence: string): TopicId | undefined {
  if (/rwanda/i.test(sentence)) return "rwanda";
  if (/france|french|sandhurst|paris|patrol|fran[cç]ais|la\s+france/i.test(sentence)) return "payments-france";
  return "payments-france"; // the only other money the data knows: UK payments to France
}

function nearestTopic(t: NumberToken, mentions: Mention[], sentence: Sentence): TopicId | undefined {
  let best: Mention | undefined;
  let bestDistance = Infinity;
  for (const m of mentions) {
    if (m.end < sentence.start - 300 || m.start > sentence.end) continue;
    const inside = m.start >= sentence.start && m.end <= sentence.end;
    const distance = Math.abs(m.start - t.start) + (inside ? 0 : 1000);
    if (distance < bestDistance) [best, bestDistance] = [m, distance];
  }
  return best?.topic;
}
