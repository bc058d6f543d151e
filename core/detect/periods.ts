/**
 * Time phrases in English and French resolved against the article's publication date (issue 4):
 * "so far this year", "between January and June", "since Labour came to power", "l'an dernier"…
 * Pure date arithmetic on ISO strings in UTC; no clock is read.
 */
import { addDays, isoDate, lastDayOfMonth } from "../data/dates";
import type { ISODate, Period } from "../data/types";
import type { Language } from "./language";

export { addDays };

export type { ISODate, Period };

/** What a time phrase does to a figure near it. */
export type PeriodRole =
  | "period" // the figure counts this period
  | "comparison" // the figure (or a change) is measured against this earlier period
  | "day"; // the figure is a single day's count ("in a single day", "on Friday", "record day")

/** One time phrase found in a text. */
export interface PeriodPhrase {
  start: number;
  end: number;
  text: string;
  role: PeriodRole;
  /** The resolved period; null for a single-day phrase with no known day ("in a single day"). */
  period: Period | null;
  /** True for "record"/"highest" phrases. */
  record?: boolean;
  /** The period runs up to the latest data ("so far this year"): compare with the data's own end date. */
  ongoing?: boolean;
  /** For a comparison: the year it names ("the same period of 2024"), if any. */
  year?: number;
  /** "The following year": one year after the period last talked about. */
  follows?: number;
}

/** Labour took office on 5 July 2024 (general election of 4 July 2024). */
export const LABOUR_IN_POWER: ISODate = "2024-07-05";
/** The Home Office small-boat time series begins in 2018. */
export const SERIES_START: ISODate = "2018-01-01";

/** The last day of a month (1-12). */
export function monthEnd(year: number, month: number): ISODate {
  return isoDate(year, month, lastDayOfMonth(year, month));
}

const day = isoDate;

function yearOf(date: ISODate): number {
  return Number(date.slice(0, 4));
}

/** True for 1 January to 31 December of one year. */
export function isFullYear(p: Period): boolean {
  return p.start.endsWith("-01-01") && p.end.endsWith("-12-31") && p.start.slice(0, 4) === p.end.slice(0, 4);
}

/** The same calendar day one year earlier (29 Feb → 28 Feb). */
export function yearEarlier(date: ISODate): ISODate {
  const y = yearOf(date) - 1;
  const md = date.slice(5);
  return md === "02-29" ? `${y}-02-28` : `${y}-${md}`;
}

const MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const WEEKDAYS_EN = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAYS_FR = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const MONTH_EN = MONTHS_EN.join("|");
const MONTH_FR = MONTHS_FR.join("|").replace("février", "f[ée]vrier").replace("août", "ao[uû]t").replace("décembre", "d[ée]cembre");

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace("fevrier", "février").replace("aout", "août").replace("decembre", "décembre");
  const en = MONTHS_EN.indexOf(n);
  return (en >= 0 ? en : MONTHS_FR.indexOf(n)) + 1;
}

/** The most recent `weekday` (0 = Sunday) on or before `date`. */
function lastWeekday(date: ISODate, weekday: number): ISODate {
  const current = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((current - weekday + 7) % 7));
}

// A year written after a phrase: " of 2025", " 2025", " de 2025".
const OF_YEAR_EN = String.raw`(?:\s+(?:of\s+|in\s+)?(?:(this|last|the)\s+year|(20\d\d)))?`;
const OF_YEAR_FR = String.raw`(?:\s+(?:de\s+|d['’]|en\s+)?(?:(l['’]ann[ée]e\s+derni[èe]re|l['’]an\s+dernier|cette\s+ann[ée]e)|(20\d\d)))?`;

interface Rule {
  re: RegExp;
  resolve: (m: RegExpExecArray, published: ISODate) => Omit<PeriodPhrase, "start" | "end" | "text"> | null;
}

// Picks the year a partial-year phrase refers to: explicit, "last year", else the latest one already
// complete by publication (an article in March quoting "the first six months" means last year's).
function pickYear(explicit: string | undefined, relative: string | undefined, published: ISODate, endMonth: number): number {
  const y = yearOf(published);
  if (explicit) return Number(explicit);
  if (relative && /last|derni/i.test(relative)) return y - 1;
  if (relative && /this|cette/i.test(relative)) return y;
  return monthEnd(y, endMonth) <= addDays(published, 45) ? y : y - 1;
}

function months(year: number, from: number, to: number): Period {
  return { start: day(year, from, 1), end: monthEnd(year, to) };
}

function yearToDate(published: ISODate): Period {
  return { start: `${yearOf(published)}-01-01`, end: published };
}

const ongoing = (p: Period) => ({ role: "period" as const, period: p, ongoing: true });

const period = (p: Period) => ({ role: "period" as const, period: p });

// "At the same point last year", "the same period of 2024": a year earlier than the period it is
// compared with; standing alone, the year to date a year (or to the named year) earlier.
function comparison(year: string | undefined, published: ISODate) {
  const y = year ? Number(year) : yearOf(published) - 1;
  const end = `${y}${yearEarlier(published).slice(4)}`;
  return { role: "comparison" as const, period: { start: `${y}-01-01`, end }, ongoing: true, ...(year ? { year: y } : {}) };
}

// Order matters: longer, more specific phrases first (the combined scan takes the first that matches).
const RULES: Record<Language, Rule[]> = {
  en: [
    // "the highest since 2022" ranks a figure; it is not a period to sum.
    { re: /(?:highest|lowest|most|fewest|busiest|biggest|largest|worst)\s+(?:[\p{L}-]+\s+){0,3}?since\s+(?:records\s+began|(?:at\s+least\s+)?20\d\d)/giu,
      resolve: () => ({ role: "period", period: null, record: true }) },
    { re: new RegExp(String.raw`(?:in\s+)?the\s+(?:year|12\s+months|twelve\s+months)\s+(?:to|ending(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?(${MONTH_EN})(?:\s+(20\d\d))?`, "gi"),
      resolve: (m, p) => {
        const month = monthIndex(m[1]!);
        const y = m[2] ? Number(m[2]) : pickYear(undefined, undefined, p, month);
        return period({ start: month === 12 ? `${y}-01-01` : day(y - 1, month + 1, 1), end: monthEnd(y, month) });
      } },
    { re: /(?:(?:at|by|in|over|for|from)\s+)?the\s+same\s+(?:point|time|stage|date|period|(?:six\s+|three\s+)?months|day)(?:\s+(?:last\s+year|(?:in|of|over|during)\s+(?:the\s+previous\s+year|(20\d\d))|a\s+year\s+(?:earlier|ago)))?|a\s+year\s+(?:earlier|before)/gi,
      resolve: (m, p) => comparison(m[1], p) },
    { re: /(?:the\s+)?following\s+year|a\s+year\s+later/gi,
      resolve: () => ({ role: "period", period: null, follows: 1 }) },
    { re: new RegExp(String.raw`(?:the\s+)?(?:busiest|highest|biggest|record)\s+(?:single\s+)?day(?:\s+(?:of|in)\s+(20\d\d))?(?:\s+(?:so\s+far\s+)?this\s+year)?`, "gi"),
      resolve: (m, p) => ({ role: "day", period: m[1] ? { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` } : /this\s+year/i.test(m[0]) ? yearToDate(p) : null, record: true }) },
    { re: new RegExp(String.raw`between\s+(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_EN})(?:\s+(20\d\d))?\s+and\s+(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_EN})(?:\s+(20\d\d))?`, "gi"),
      resolve: (m, p) => {
        const endMonth = monthIndex(m[5]!);
        const y = m[6] ? Number(m[6]) : m[3] ? Number(m[3]) : pickYear(undefined, undefined, p, endMonth);
        return period({ start: day(m[3] ? Number(m[3]) : y, monthIndex(m[2]!), Number(m[1])), end: day(y, endMonth, Number(m[4])) });
      } },
    { re: new RegExp(String.raw`(?:by|up\s+to|until|to)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_EN})(?:\s+(20\d\d))?`, "gi"),
      resolve: (m, p) => {
        const month = monthIndex(m[2]!);
        const y = m[3] ? Number(m[3]) : pickYear(undefined, undefined, p, month);
        return period({ start: `${y}-01-01`, end: day(y, month, Number(m[1])) });
      } },
    { re: new RegExp(String.raw`on\s+(?:(?:${WEEKDAYS_EN.join("|")})\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_EN})(?:\s+(20\d\d))?`, "gi"),
      resolve: (m, p) => {
        const month = monthIndex(m[2]!);
        const y = m[3] ? Number(m[3]) : pickYear(undefined, undefined, p, month);
        const d = day(y, month, Number(m[1]));
        return { role: "day", period: { start: d, end: d } };
      } },
    { re: new RegExp(String.raw`(?:the\s+)?first\s+(six|three|nine)\s+months${OF_YEAR_EN}|(?:the\s+)?first\s+(half|quarter)${OF_YEAR_EN}`, "gi"),
      resolve: (m, p) => {
        const span = (m[1] ?? m[4])!.toLowerCase();
        const to = span === "three" || span === "quarter" ? 3 : span === "nine" ? 9 : 6;
        const rel = m[2] ?? m[5];
        const explicit = m[3] ?? m[6];
        return period(months(pickYear(explicit, rel, p, to), 1, to));
      } },
    { re: /since\s+(?:the\s+home\s+office\s+|the\s+government\s+|officials\s+)?(?:began|started|first)\s+(?:counting|publishing|recording|collecting|keeping)[^.;]{0,40}?\s+in\s+2018/gi,
      resolve: (_m, p) => ongoing({ start: SERIES_START, end: p }) },
    { re: new RegExp(String.raw`(?:between\s+(${MONTH_EN})(?:\s+(20\d\d))?\s+and|(?:from\s+)?(${MONTH_EN})(?:\s+to\s+|[-–]to[-–]|\s*[-–]\s*))\s*(${MONTH_EN})${OF_YEAR_EN}`, "gi"),
      resolve: (m, p) => {
        const from = monthIndex((m[1] ?? m[3])!);
        const to = monthIndex(m[4]!);
        const y = pickYear(m[6] ?? m[2], m[5], p, to);
        return period(months(y, from, to));
      } },
    { re: /since\s+(?:labour\s+(?:came|swept|returned)\s+to\s+power|labour\s+took\s+(?:office|power)|the\s+(?:last\s+|general\s+)?election|(?:keir\s+)?starmer\s+(?:became|took\s+office)|the\s+government\s+took\s+office|(?:this\s+|the\s+)?government\s+came\s+(?:in|to\s+power))/gi,
      resolve: (_m, p) => ongoing({ start: LABOUR_IN_POWER, end: p }) },
    { re: /since\s+(?:records\s+began|(?:the\s+)?records?\s+began|(?:the\s+)?data\s+(?:was|were)\s+first\s+collected|(?:the\s+)?figures\s+began|20(1\d|2\d)(?!\d))/gi,
      resolve: (m, p) => ongoing({ start: m[1] ? `20${m[1]}-01-01` : SERIES_START, end: p }) },
    { re: /(?:so\s+far\s+(?:this\s+year|in\s+(20\d\d))|(?:since|from)\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|1\s+january|january\s+1(?:st)?|january)|this\s+year(?:\s+so\s+far)?|year\s+to\s+date)/gi,
      resolve: (_m, p) => ongoing(yearToDate(p)) },
    { re: /(?:in|during|over|for)\s+(?:the\s+whole\s+of\s+|the\s+whole\s+of\s+)?last\s+year|last\s+year(?:'s|’s)?/gi,
      resolve: (_m, p) => period({ start: `${yearOf(p) - 1}-01-01`, end: `${yearOf(p) - 1}-12-31` }) },
    { re: new RegExp(String.raw`(?:in|during|since|for|of)\s+(${MONTH_EN})(?:\s+(20\d\d))?`, "gi"),
      resolve: (m, p) => {
        const month = monthIndex(m[1]!);
        const since = /^since/i.test(m[0]);
        const y = m[2] ? Number(m[2]) : pickYear(undefined, undefined, p, month);
        if (since) return ongoing({ start: day(y, month, 1), end: p });
        return period(months(y, month, month));
      } },
    { re: /(?:in|during|throughout|for|of)\s+(?:the\s+(?:whole|calendar)\s+year\s+)?(20[12]\d)(?!\d)|(20[12]\d)(?:'s|’s)/gi,
      resolve: (m) => {
        const y = Number(m[1] ?? m[2]);
        return period({ start: `${y}-01-01`, end: `${y}-12-31` });
      } },
    { re: /(?:last|this|the\s+past)\s+week/gi,
      resolve: (_m, p) => period({ start: addDays(p, -7), end: addDays(p, -1) }) },
    { re: /last\s+month/gi,
      resolve: (_m, p) => {
        const y = yearOf(p);
        const mo = Number(p.slice(5, 7));
        return period(mo === 1 ? months(y - 1, 12, 12) : months(y, mo - 1, mo - 1));
      } },
    { re: new RegExp(String.raw`(?:on|last)\s+(${WEEKDAYS_EN.join("|")})|\b(yesterday|today)`, "gi"),
      resolve: (m, p) => {
        const d = m[2] ? addDays(p, m[2].toLowerCase() === "yesterday" ? -1 : 0) : lastWeekday(m[0].toLowerCase().startsWith("last") ? addDays(p, -1) : p, WEEKDAYS_EN.indexOf(m[1]!.toLowerCase()));
        return { role: "day", period: { start: d, end: d } };
      } },
    { re: /(?:in\s+(?:a\s+single|one)\s+day|on\s+a\s+single\s+day|a\s+single\s+day|(?:daily|single[-\s]day)\s+(?:record|high|total)|record\s+(?:day|for\s+a\s+single\s+day)|highest\s+(?:daily|number\s+(?:in|on)\s+(?:a|one)\s+(?:single\s+)?day))/gi,
      resolve: () => ({ role: "day", period: null, record: true }) },
  ],
  fr: [
    { re: /(?:plus\s+(?:haut|élevé|fort)|record)\s+(?:[\p{L}-]+\s+){0,3}?depuis\s+(?:le\s+début\s+des\s+relevés|20\d\d)/giu,
      resolve: () => ({ role: "period", period: null, record: true }) },
    { re: /sur\s+(?:un\s+an|les\s+douze\s+derniers\s+mois|douze\s+mois)/giu,
      resolve: (_m, p) => period({ start: addDays(p, -365), end: addDays(p, -1) }) },
    { re: /(?:(?:à|a|sur|par\s+rapport\s+à)\s+)?la\s+même\s+(?:période|date|époque)(?:\s+(?:de\s+)?(?:l['’]an(?:née)?\s+derni[eè]re?|l['’]an\s+pass[ée]|(?:de\s+|en\s+)?(20\d\d)))?|un\s+an\s+plus\s+t[ôo]t/gi,
      resolve: (m, p) => comparison(m[1], p) },
    { re: /l['’]ann[ée]e\s+suivante|un\s+an\s+plus\s+tard/gi,
      resolve: () => ({ role: "period", period: null, follows: 1 }) },
    { re: new RegExp(String.raw`entre\s+le\s+(\d{1,2})(?:er)?\s+(${MONTH_FR})(?:\s+(20\d\d))?\s+et\s+le\s+(\d{1,2})(?:er)?\s+(${MONTH_FR})(?:\s+(20\d\d))?`, "giu"),
      resolve: (m, p) => {
        const endMonth = monthIndex(m[5]!);
        const y = m[6] ? Number(m[6]) : m[3] ? Number(m[3]) : pickYear(undefined, undefined, p, endMonth);
        return period({ start: day(m[3] ? Number(m[3]) : y, monthIndex(m[2]!), Number(m[1])), end: day(y, endMonth, Number(m[4])) });
      } },
    { re: new RegExp(String.raw`(?:au|jusqu['’]au)\s+(\d{1,2})(?:er)?\s+(${MONTH_FR})(?:\s+(20\d\d))?`, "giu"),
      resolve: (m, p) => {
        const month = monthIndex(m[2]!);
        const y = m[3] ? Number(m[3]) : pickYear(undefined, undefined, p, month);
        return period({ start: `${y}-01-01`, end: day(y, month, Number(m[1])) });
      } },
    { re: new RegExp(String.raw`le\s+(?:(?:${WEEKDAYS_FR.join("|")})\s+)?(\d{1,2})(?:er)?\s+(${MONTH_FR})(?:\s+(20\d\d))?`, "giu"),
      resolve: (m, p) => {
        const month = monthIndex(m[2]!);
        const y = m[3] ? Number(m[3]) : pickYear(undefined, undefined, p, month);
        const d = day(y, month, Number(m[1]));
        return { role: "day", period: { start: d, end: d } };
      } },
    { re: /(?:la\s+)?(?:journée|jour)\s+(?:la\s+plus\s+chargée|record)(?:\s+de\s+(20\d\d))?/giu,
      resolve: (m) => ({ role: "day", period: m[1] ? { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` } : null, record: true }) },
    { re: new RegExp(String.raw`(?:au|le|du)\s+(premier|second)\s+semestre${OF_YEAR_FR}|(?:les|des)\s+six\s+premiers\s+mois${OF_YEAR_FR}|(?:au|le|du)\s+premier\s+trimestre${OF_YEAR_FR}`, "gi"),
      resolve: (m, p) => {
        const second = (m[1] ?? "").toLowerCase() === "second";
        const quarter = /trimestre/i.test(m[0]);
        const to = quarter ? 3 : second ? 12 : 6;
        const rel = m[2] ?? m[4] ?? m[6];
        const y = pickYear(m[3] ?? m[5] ?? m[7], rel, p, to);
        return period(months(y, second ? 7 : 1, to));
      } },
    { re: new RegExp(String.raw`entre\s+(${MONTH_FR})(?:\s+(20\d\d))?\s+et\s+(${MONTH_FR})${OF_YEAR_FR}|de\s+(${MONTH_FR})\s+à\s+(${MONTH_FR})${OF_YEAR_FR}`, "gi"),
      resolve: (m, p) => {
        const from = monthIndex((m[1] ?? m[6])!);
        const to = monthIndex((m[3] ?? m[7])!);
        return period(months(pickYear(m[5] ?? m[2] ?? m[9], m[4] ?? m[8], p, to), from, to));
      } },
    { re: /depuis\s+(?:l['’](?:arriv[ée]e|accession)\s+(?:au\s+pouvoir\s+)?des\s+travaillistes|(?:que\s+)?les\s+travaillistes\s+sont\s+(?:arriv[ée]s\s+)?au\s+pouvoir|l['’]arriv[ée]e\s+au\s+pouvoir\s+de\s+(?:keir\s+)?starmer)/gi,
      resolve: (_m, p) => ongoing({ start: LABOUR_IN_POWER, end: p }) },
    { re: /depuis\s+(?:le\s+début\s+des\s+(?:relevés|statistiques)|20(1\d|2\d)(?!\d))/gi,
      resolve: (m, p) => ongoing({ start: m[1] ? `20${m[1]}-01-01` : SERIES_START, end: p }) },
    { re: /depuis\s+(?:le\s+(?:début|1er)\s+(?:de\s+l['’]ann[ée]e|janvier)|janvier)|cette\s+ann[ée]e|en\s+ce\s+début\s+d['’]ann[ée]e/gi,
      resolve: (_m, p) => ongoing(yearToDate(p)) },
    { re: /l['’]an\s+dernier|l['’]ann[ée]e\s+derni[èe]re|l['’]an\s+pass[ée]|l['’]ann[ée]e\s+pr[ée]c[ée]dente/gi,
      resolve: (_m, p) => period({ start: `${yearOf(p) - 1}-01-01`, end: `${yearOf(p) - 1}-12-31` }) },
    { re: new RegExp(String.raw`(?:en|depuis)\s+(${MONTH_FR})(?:\s+(20\d\d))?`, "gi"),
      resolve: (m, p) => {
        const month = monthIndex(m[1]!);
        const y = m[2] ? Number(m[2]) : pickYear(undefined, undefined, p, month);
        if (/^depuis/i.test(m[0])) return ongoing({ start: day(y, month, 1), end: p });
        return period(months(y, month, month));
      } },
    { re: /(?:en|sur\s+l['’]ann[ée]e|pour|de\s+l['’]ann[ée]e)\s+(20[12]\d)(?!\d)/gi,
      resolve: (m) => period({ start: `${m[1]}-01-01`, end: `${m[1]}-12-31` }) },
    { re: /la\s+semaine\s+derni[èe]re|cette\s+semaine/gi,
      resolve: (_m, p) => period({ start: addDays(p, -7), end: addDays(p, -1) }) },
    { re: new RegExp(String.raw`(?:ce\s+)?(${WEEKDAYS_FR.join("|")})(?:\s+dernier)?(?![\p{L}])|(hier|aujourd['’]hui)`, "giu"),
      resolve: (m, p) => {
        const d = m[2] ? addDays(p, /^hier/i.test(m[2]) ? -1 : 0) : lastWeekday(/dernier/i.test(m[0]) ? addDays(p, -1) : p, WEEKDAYS_FR.indexOf(m[1]!.toLowerCase()));
        return { role: "day", period: { start: d, end: d } };
      } },
    { re: /en\s+(?:une\s+seule|une|un\s+seul)\s+(?:journée|jour)|(?:record|sommet)\s+(?:quotidien|journalier|sur\s+une\s+journée)|en\s+24\s+heures/gi,
      resolve: () => ({ role: "day", period: null, record: true }) },
  ],
};

/** Every time phrase in `text`, resolved against `published`, in order and without overlaps. */
export function findPeriods(text: string, language: Language, published: ISODate): PeriodPhrase[] {
  const found: PeriodPhrase[] = [];
  for (const rule of RULES[language]) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isWordBounded(text, start, end) || found.some((f) => f.start < end && start < f.end)) continue;
      const resolved = rule.resolve(m, published);
      if (resolved) found.push({ start, end, text: m[0], ...resolved });
    }
  }
  // A bare "record" marks the figure as a record without changing its period.
  const recordRe = language === "en" ? /\brecord(?:[-\s]breaking)?\b|\bhighest\b/gi : /\brecord\b|\bjamais\s+vu\b/gi;
  for (let m = recordRe.exec(text); m; m = recordRe.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, text: m[0], role: "period", period: null, record: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

function isWordBounded(text: string, start: number, end: number): boolean {
  const letter = /[\p{L}\p{N}]/u;
  return !letter.test(text[start - 1] ?? "") && !letter.test(text[end] ?? "");
}
