/**
 * Time phrases in English and French resolved against the article's publication date (issues 4, 12):
 * "so far this year", "between January and June", "since Labour came to power", "this time last year",
 * "the seven-day total", "depuis début 2024", « l'année dernière à la même date »… Pure date arithmetic on
 * ISO strings in UTC; no clock is read. Which figure a phrase belongs to is decided by the claim reader.
 */
import { addDays, isoDate, lastDayOfMonth } from "../data/dates";
import type { ISODate, Period } from "../data/types";
import { eventsNamed } from "./events";
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
  /** The resolved period; null for a phrase whose period depends on another ("the previous year"). */
  period: Period | null;
  /** True for "record"/"highest" phrases. */
  record?: boolean;
  /** The period runs up to the latest data ("so far this year"): compare with the data's own end date. */
  ongoing?: boolean;
  /** For a comparison: the year it names ("the same period of 2024"), if any. */
  year?: number;
  /** "The following year": one year after the period last talked about. */
  follows?: number;
  /** "The previous year": one year before the period it is compared with. */
  previous?: boolean;
  /** The last `window` days of the data ("in the past week", "the seven-day total", "en 24 heures"). */
  window?: number;
  /** A month range written without its year ("from January to June"): a year named nearby completes it. */
  yearless?: { from: number; to: number };
  /** A whole year named on its own ("in 2022", "2022's"): it may complete a yearless phrase. */
  bareYear?: number;
  /** Other starts the text allows ("since April 2022": the 1st, or the day the deal was signed). */
  alternatives?: Period[];
  /** "Year on year", « sur un an »: a change against the same period a year earlier. */
  yearOnYear?: boolean;
  /** "Since then": the start is in a sentence we cannot see. */
  unknownStart?: boolean;
  /** "In the last six years", « au cours de l'année »: too loose to be a period of its own. */
  vague?: boolean;
  /** Belongs to the figure after it, whatever stands between ("2022, a record year when 45,774 …"). */
  forward?: boolean;
  /** A comparison relative to the period talked about ("the same period", « la même période »), not to now. */
  relative?: boolean;
}

/** Labour took office on 5 July 2024 (general election of 4 July 2024); see events.ts. */
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

/** `p` moved `years` years (same days of the year; 29 February becomes 28 February). */
export function shiftYears(p: Period, years: number): Period {
  const shift = (d: ISODate) => {
    const md = d.slice(5) === "02-29" ? "02-28" : d.slice(5);
    return `${yearOf(d) + years}-${md}`;
  };
  return { start: shift(p.start), end: shift(p.end) };
}

const MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const WEEKDAYS_EN = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAYS_FR = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const MONTH_EN = MONTHS_EN.join("|");
const MONTH_FR = MONTHS_FR.join("|").replace("février", "f[ée]vrier").replace("août", "ao[uû]t").replace("décembre", "d[ée]cembre");
const ORD = "(?:st|nd|rd|th)?";
const COUNT_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
};
const COUNT_EN = "two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}";
const COUNT_FR = "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|\\d{1,2}";

function count(word: string): number {
  return COUNT_WORDS[word.toLowerCase()] ?? Number(word);
}

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
const OF_YEAR_FR = String.raw`(?:\s+(?:de\s+|d['’]|en\s+)?(?:(l['’]ann[ée]e\s+derni[èe]re|l['’]an\s+dernier|cette\s+ann[ée]e|l['’]ann[ée]e)|(20\d\d)))?`;

type Resolved = Omit<PeriodPhrase, "start" | "end" | "text">;

interface Rule {
  /** A cheap test on the lower-cased sentence: the rule runs only where it can match. */
  hint: RegExp;
  re: RegExp;
  resolve: (m: RegExpExecArray, published: ISODate) => Resolved | null;
}

// A month's name (or its abbreviation) somewhere in the sentence: most rules need one.
const HAS_MONTH = /jan|feb|f[ée]v|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|ao[uû]t|sep|oct|nov|dec|d[ée]c/i;

// Picks the year a partial-year phrase refers to: explicit, "last year", else the latest one already
// complete by publication (an article in March quoting "the first six months" means last year's).
function pickYear(explicit: string | undefined, relative: string | undefined, published: ISODate, endMonth: number): number {
  const y = yearOf(published);
  if (explicit) return Number(explicit);
  if (relative && /last|derni/i.test(relative)) return y - 1;
  if (relative && /this|cette|l['’]ann[ée]e$/i.test(relative)) return y;
  return monthEnd(y, endMonth) <= addDays(published, 45) ? y : y - 1;
}

// The latest day/month of that name on or before publication ("since May 22" read in June 2024 is 2024's).
function latestYear(published: ISODate, month: number, dayOfMonth = 1): number {
  const y = yearOf(published);
  return day(y, month, Math.min(dayOfMonth, lastDayOfMonth(y, month))) <= published ? y : y - 1;
}

function months(year: number, from: number, to: number): Period {
  return { start: day(year, from, 1), end: monthEnd(year, to) };
}

function yearToDate(published: ISODate): Period {
  return { start: `${yearOf(published)}-01-01`, end: published };
}

function fullYear(y: number): Period {
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

const ongoing = (p: Period): Resolved => ({ role: "period", period: p, ongoing: true });
const period = (p: Period): Resolved => ({ role: "period", period: p });
const yearlessMonths = (y: number, from: number, to: number, explicit: boolean): Resolved =>
  explicit ? period(months(y, from, to)) : { ...period(months(y, from, to)), yearless: { from, to } };

// A year's total "so far": the year to date in the publication year, the whole year before it.
function soFar(y: number, published: ISODate): Resolved {
  return y === yearOf(published) ? ongoing(yearToDate(published)) : period(fullYear(y));
}

// "At the same point last year", "the same period of 2024": a year earlier than the period it is
// compared with; standing alone, the year to date a year (or to the named year) earlier.
function comparison(year: string | undefined, published: ISODate): Resolved {
  const y = year ? Number(year) : yearOf(published) - 1;
  const end = `${y}${yearEarlier(published).slice(4)}`;
  return { role: "comparison", period: { start: `${y}-01-01`, end }, ongoing: true, ...(year ? { year: y } : {}) };
}

const rolling = (days: number, role: PeriodRole = "period"): Resolved => ({ role, period: null, window: days });

// Two named days: "on Saturday and Sunday", « samedi et dimanche ».
function twoDays(published: ISODate, first: number, second: number): Resolved {
  const end = lastWeekday(addDays(published, -1), second);
  const start = lastWeekday(end, first);
  return period({ start, end });
}

// Order matters: longer, more specific phrases first (an overlapping later match is dropped).
const RULES: Record<Language, Rule[]> = {
  en: [
    // "the highest since 2022" ranks a figure; it is not a period to sum.
    { hint: /since/i, re: /(?:highest|lowest|most|fewest|busiest|biggest|largest|worst|deadliest)\s+(?:[\p{L}-]+\s+){0,3}?since\s+(?:records\s+began|(?:at\s+least\s+)?20\d\d)/giu,
      resolve: () => ({ role: "period", period: null, record: true }) },
    { hint: /year|decade/i, re: /(?:in|over|during)\s+the\s+(?:last|past)\s+(?:[\p{L}-]+\s+){0,4}?(?:years|decade)|during\s+the\s+year|(?:in|over)\s+recent\s+years/giu,
      resolve: () => ({ role: "period", period: null, vague: true }) },
    { hint: /last|past/i, re: /(?:in|over|during)\s+the\s+(?:last|past)\s+(?:year|12\s+months|twelve\s+months)/gi,
      resolve: () => ({ role: "period", period: null, vague: true }) },
    { hint: /year|months/i, re: new RegExp(String.raw`(?:in\s+)?(?:the\s+)?(?:year|12\s+months|twelve\s+months)\s+(?:to|ending(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?(${MONTH_EN})(?:\s+(20\d\d))?`, "gi"),
      resolve: (m, p) => {
        const month = monthIndex(m[1]!);
        const y = m[2] ? Number(m[2]) : pickYear(undefined, undefined, p, month);
        return period({ start: month === 12 ? `${y}-01-01` : day(y - 1, month + 1, 1), end: monthEnd(y, month) });
      } },
    { hint: /year/i, re: /year[-\s]on[-\s]year|on\s+a\s+year\s+(?:earlier|ago)/gi,
      resolve: (_m, p) => ({ ...comparison(undefined, p), yearOnYear: true }) },
    { hint: /same|this|that|year/i, re: /(?:(?:at|by|in|over|for|from|on|to|during)\s+)?(?:the\s+same|this|that)\s+(point|time|stage|date|period|(?:six\s+|three\s+)?months|month|week|quarter|day)(?:\s+(?:(last\s+year)|(?:in|of|over|during)\s+(?:(the\s+previous\s+year)|(?:the\s+year\s+)?(20\d\d))|(a\s+year\s+(?:earlier|ago|before))))?|a\s+year\s+(?:earlier|before|ago)/gi,
      resolve: (m, p) => {
        const qualified = m[2] || m[3] || m[4] || m[5] || !m[1];
        // "This time" or "that day" with no year after them is not a comparison ("this time, 300 people…").
        if (!qualified && !/same/i.test(m[0])) return null;
        // "The same period", "the same months": those of the figure compared; "this time", "the same point": now.
        return { ...comparison(m[4], p), ...(m[1] && /period|month|week|quarter/i.test(m[1]) ? { relative: true } : {}) };
      } },
    { hint: /following|later/i, re: /(?:the\s+)?following\s+year|a\s+year\s+later/gi,
      resolve: () => ({ role: "period", period: null, follows: 1 }) },
    { hint: /previous|preceding|year before/i, re: /the\s+(?:previous|preceding)\s+year(?:['’]s)?|the\s+year\s+before/gi,
      resolve: () => ({ role: "period", period: null, previous: true }) },
    { hint: /day/i, re: new RegExp(String.raw`(?:the\s+)?(?:busiest|highest|biggest|record)\s+(?:single\s+)?day(?:\s+(?:of|in)\s+(20\d\d))?(?:\s+(?:so\s+far\s+)?this\s+year)?`, "gi"),
      resolve: (m, p) => ({ role: "day", period: m[1] ? fullYear(Number(m[1])) : /this\s+year/i.test(m[0]) ? yearToDate(p) : null, record: true }) },
    { hint: /daily|single/i, re: /(?:the\s+)?(?:highest|biggest|largest|record)\s+(?:daily|single[-\s]day)\s+(?:total|figure|number|tally)(?:\s+(?:on\s+record|ever))?/gi,
      resolve: () => ({ role: "day", period: null, record: true }) },
    { hint: HAS_MONTH, re: new RegExp(String.raw`between\s+(\d{1,2})${ORD}(?!\d)\s+(${MONTH_EN})(?:\s+(20\d\d))?\s+and\s+(\d{1,2})${ORD}(?!\d)\s+(${MONTH_EN})(?:\s+(20\d\d))?`, "gi"),
      resolve: (m, p) => {
        const endMonth = monthIndex(m[5]!);
        const y = m[6] ? Number(m[6]) : m[3] ? Number(m[3]) : pickYear(undefined, undefined, p, endMonth);
        return period({ start: day(m[3] ? Number(m[3]) : y, monthIndex(m[2]!), Number(m[1])), end: day(y, endMonth, Number(m[4])) });
      } },
    // "between 1 and 7 December", "from 1 to 7 December", "1-7 December": days of one month.
    { hint: HAS_MONTH, re: new RegExp(String.raw`(?:between\s+(\d{1,2})${ORD}(?!\d)\s+and|from\s+(\d{1,2})${ORD}(?!\d)\s+to|(\d{1,2})${ORD}(?!\d)\s*[-–]\s*)\s*(\d{1,2})${ORD}(?!\d)\s+(${MONTH_EN})(?:\s+(20\d\d))?`, "gi"),
      resolve: (m, p) => {
        const month = monthIndex(m[5]!);
        const to = Number(m[4]);
        const y = m[6] ? Number(m[6]) : latestYear(p, month, to);
        return period({ start: day(y, month, Number(m[1] ?? m[2] ?? m[3])), end: day(y, month, to) });
      } },
    // "between January 1 and June 30"
    { hint: HAS_MONTH, re: new RegExp(String.raw`between\s+(${MONTH_EN})\s+(\d{1,2})${ORD}(?!\d)(?:,?\s+(20\d\d))?\s+and\s+(${MONTH_EN})\s+(\d{1,2})${ORD}(?!\d)(?:,?\s+(20\d\d))?`, "gi"),
      resolve: (m, p) => {
        const endMonth = monthIndex(m[4]!);
        const y = m[6] ? Number(m[6]) : m[3] ? Number(m[3]) : latestYear(p, endMonth, Number(m[5]));
        return period({ start: day(m[3] ? Number(m[3]) : y, monthIndex(m[1]!), Number(m[2])), end: day(y, endMonth, Number(m[5])) });
      } },
    // "in the seven days to Sunday", "in the week to 7 December": seven days ending on that day.
    { hint: /days|week/i, re: new RegExp(String.raw`(?:in|over)\s+the\s+(?:seven|7)\s+days\s+(?:to|up\s+to|ending(?:\s+on)?)\s+(?:(${WEEKDAYS_EN.join("|")})|(\d{1,2})${ORD}(?!\d)\s+(${MONTH_EN})|(${MONTH_EN})\s+(\d{1,2})${ORD}(?!\d))|(?:in|over)\s+the\s+week\s+(?:to|ending(?:\s+on)?)\s+(?:(${WEEKDAYS_EN.join("|")})|(\d{1,2})${ORD}(?!\d)\s+(${MONTH_EN}))`, "gi"),
      resolve: (m, p) => {
        const weekday = m[1] ?? m[6];
        let end: ISODate;
        if (weekday) end = lastWeekday(addDays(p, -1), WEEKDAYS_EN.indexOf(weekday.toLowerCase()));
        else {
          const month = monthIndex((m[3] ?? m[4] ?? m[8])!);
          const d = Number(m[2] ?? m[5] ?? m[7]);
          end = day(latestYear(p, month, d), month, d);
        }
        return period({ start: addDays(end, -6), end });
      } },
    { hint: /end of/i, re: new RegExp(String.raw`by\s+the\s+end\s+of\s+(?:(${MONTH_EN})|the\s+year)(?:\s+(20\d\d))?`, "gi"),
      resolve: (m, p) => {
        const month = m[1] ? monthIndex(m[1]) : 12;
        return yearlessMonths(m[2] ? Number(m[2]) : pickYear(undefined, undefined, p, month), 1, month, !!m[2]);
      } },
    { hint: /as (?:of|at)/i, re: new RegExp(String.raw`as\s+(?:of|at)\s+(?:(\d{1,2})${ORD}(?!\d)\s+(${MONTH_EN})|(${MONTH_EN})\s+(\d{1,2})${ORD}(?!\d))(?:,?\s+(20\d\d))?`, "gi"),
      resolve: (m, p) => {
        const month = monthIndex((m[2] ?? m[3])!);
        const d = Number(m[1] ?? m[4]);
        const y = m[5] ? Number(m[5]) : latestYear(p, month, d);
        return period({ start: `${y}-01-01`, end: day(y, month, d) });
      } },
    { hint: HAS_MONTH, re: new RegExp(String.raw`(?:by|up\s+to|until|to)\s+(?:(\d{1,2})${ORD}(?!\d)\s+(${MONTH_EN})|(${MONTH_EN})\s+(\d{1,2})${ORD}(?!\d))(?:,?\s+(20\d\d))?`, "gi"),
      resolve: (m, p) => {
        const month = monthIndex((m[2] ?? m[3])!);
        const d = Number(m[1] ?? m[4]);
        const y = m[5] ? Number(m[5]) : pickYear(undefined, undefined, p, month);
        return period({ start: `${y}-01-01`, end: day(y, month, d) });
      } },
    { hint: HAS_MONTH, re: new RegExp(String.raw`on\s+(?:(?:${WEEKDAYS_EN.join("|")}),?\s+)?(?:(\d{1,2})${ORD}(?!\d)\s+(${MONTH_EN})|(${MONTH_EN})\s+(\d{1,2})${ORD}(?!\d))(?:,?\s+(20\d\d))?`, "gi"),
      resolve: (m, p) => {
        const month = monthIndex((m[2] ?? m[3])!);
        const dd = Number(m[1] ?? m[4]);
        const y = m[5] ? Number(m[5]) : latestYear(p, month, dd);
        const d = day(y, month, dd);
        return { role: "day", period: { start: d, end: d } };
      } },
    { hint: /first/i, re: new RegExp(String.raw`(?:the\s+)?first\s+(${COUNT_EN})\s+months${OF_YEAR_EN}|(?:the\s+)?first\s+(half|quarter)${OF_YEAR_EN}`, "gi"),
      resolve: (m, p) => {
        const span = (m[1] ?? m[4])!.toLowerCase();
        const to = span === "quarter" ? 3 : span === "half" ? 6 : count(span);
        if (to < 1 || to > 12) return null;
        const rel = m[2] ?? m[5];
        const explicit = m[3] ?? m[6];
        return period(months(pickYear(explicit, rel, p, to), 1, to));
      } },
    { hint: /first/i, re: /(?:the\s+)?first\s+(\d{1,3})\s+days\s+of\s+(?:the\s+year|(20\d\d))/gi,
      resolve: (m, p) => {
        const y = m[2] ? Number(m[2]) : yearOf(p);
        const n = Number(m[1]);
        return n >= 1 && n <= 366 ? period({ start: `${y}-01-01`, end: addDays(`${y}-01-01`, n - 1) }) : null;
      } },
    { hint: HAS_MONTH, re: new RegExp(String.raw`(?:between\s+(${MONTH_EN})(?:\s+(20\d\d))?\s+and|(?:from\s+)?(${MONTH_EN})(?:\s+to\s+|[-–]to[-–]|\s*[-–]\s*))\s*(${MONTH_EN})${OF_YEAR_EN}`, "gi"),
      resolve: (m, p) => {
        const from = monthIndex((m[1] ?? m[3])!);
        const to = monthIndex(m[4]!);
        const explicit = m[6] ?? m[2];
        return yearlessMonths(pickYear(explicit, m[5], p, to), from, to, !!explicit || !!m[5]);
      } },
    { hint: /so far|this month/i, re: new RegExp(String.raw`(?:in\s+)?(${MONTH_EN})\s+so\s+far|so\s+far\s+(?:in|this)\s+(${MONTH_EN}|month)|this\s+month`, "gi"),
      resolve: (m, p) => {
        const name = m[1] ?? m[2];
        const month = name && name.toLowerCase() !== "month" ? monthIndex(name) : Number(p.slice(5, 7));
        const y = latestYear(p, month);
        return ongoing({ start: day(y, month, 1), end: y === yearOf(p) && month === Number(p.slice(5, 7)) ? p : monthEnd(y, month) });
      } },
    { hint: /so far|to date|total/i, re: /(?:the\s+)?(20\d\d)\s+total\s+(?:to\s+date|so\s+far)|(?:for\s+|in\s+)?(20\d\d)\s+(?:so\s+far|to\s+date)|so\s+far\s+in\s+(20\d\d)/gi,
      resolve: (m, p) => soFar(Number(m[1] ?? m[2] ?? m[3]), p) },
    { hint: /year|to date/i, re: /so\s+far\s+this\s+year|(?:for\s+|in\s+)?the\s+year\s+(?:so\s+far|to\s+date)|this\s+year(?:\s+so\s+far)?|year\s+to\s+date|(?:the\s+)?total\s+to\s+date/gi,
      resolve: (_m, p) => ongoing(yearToDate(p)) },
    { hint: /last year/i, re: /(?:in|during|over|for)\s+(?:the\s+whole\s+of\s+)?last\s+year|last\s+year(?:'s|’s)?/gi,
      resolve: (_m, p) => ({ ...period(fullYear(yearOf(p) - 1)), bareYear: yearOf(p) - 1 }) },
    { hint: /week|seven|7/i, re: /(?:(?:in|over|during)\s+)?the\s+(?:past|last)\s+(?:week|seven\s+days|7\s+days)|(?:a|the)\s+(?:seven|7)[-\s]day\s+(?:total|tally|period)/gi,
      resolve: () => rolling(7) },
    // "Last week": Monday to Sunday before the article's week; the last seven days are the other reading.
    { hint: /last week/i, re: /last\s+week/gi,
      resolve: (_m, p) => {
        const sunday = lastWeekday(addDays(p, -1), 0);
        const end = sunday >= addDays(p, -1) && new Date(`${p}T00:00:00Z`).getUTCDay() === 0 ? addDays(sunday, -7) : sunday;
        return { ...period({ start: addDays(end, -6), end }), alternatives: [{ start: addDays(p, -7), end: addDays(p, -1) }] };
      } },
    { hint: /this week/i, re: /this\s+week/gi,
      resolve: () => rolling(7) },
    { hint: /24/i, re: /(?:in\s+)?(?:the\s+(?:past|last)\s+)?24\s+hours/gi,
      resolve: () => rolling(1, "day") },
    { hint: HAS_MONTH, re: new RegExp(String.raw`(?:(?:in|during|for|of)\s+(${MONTH_EN})(?:\s+(20\d\d))?|(${MONTH_EN})['’]s)`, "gi"),
      resolve: (m, p) => {
        const month = monthIndex((m[1] ?? m[3])!);
        return yearlessMonths(m[2] ? Number(m[2]) : pickYear(undefined, undefined, p, month), month, month, !!m[2]);
      } },
    { hint: /20[12]\d/i, re: /(?:(?:in|during|throughout|for|of|on|set\s+in)\s+(?:the\s+(?:whole|calendar)\s+year\s+)?|the\s+year\s+)(20[12]\d)(?!\d)|(20[12]\d)(?:'s|’s)|(20[12]\d)(?=\s+(?:disaster|sinking|tragedy|shipwreck|capsizing|total|figures?)\b)/gi,
      // The publication's own year is not over: "in 2025" read in August 2025 is the year to date.
      resolve: (m, p) => {
        const y = Number(m[1] ?? m[2] ?? m[3]);
        return { ...(y === yearOf(p) ? ongoing(yearToDate(p)) : period(fullYear(y))), bareYear: y };
      } },
    { hint: /last month/i, re: /last\s+month/gi,
      resolve: (_m, p) => {
        const y = yearOf(p);
        const mo = Number(p.slice(5, 7));
        return period(mo === 1 ? months(y - 1, 12, 12) : months(y, mo - 1, mo - 1));
      } },
    { hint: /day|weekend/i, re: new RegExp(String.raw`(?:on\s+)?(${WEEKDAYS_EN.join("|")})\s+and\s+(${WEEKDAYS_EN.join("|")})|over\s+the\s+weekend|(?:last|this)\s+weekend`, "gi"),
      resolve: (m, p) => twoDays(p, m[1] ? WEEKDAYS_EN.indexOf(m[1].toLowerCase()) : 6, m[2] ? WEEKDAYS_EN.indexOf(m[2].toLowerCase()) : 0) },
    { hint: /day/i, re: new RegExp(String.raw`(?:on|last)\s+(${WEEKDAYS_EN.join("|")})|\b(yesterday|today)(?:['’]s)?|(${WEEKDAYS_EN.join("|")})(?=\s+(?:alone|saw)\b)|(${WEEKDAYS_EN.join("|")})['’]s`, "gi"),
      resolve: (m, p) => {
        const name = m[1] ?? m[3] ?? m[4];
        const d = m[2] ? addDays(p, m[2].toLowerCase() === "yesterday" ? -1 : 0) : lastWeekday(m[0].toLowerCase().startsWith("last") ? addDays(p, -1) : p, WEEKDAYS_EN.indexOf(name!.toLowerCase()));
        return { role: "day", period: { start: d, end: d } };
      } },
    { hint: /daily|single|record|highest/i, re: /(?:(?:daily|single[-\s]day)\s+(?:record|high)|record\s+(?:day|for\s+a\s+single\s+day)|highest\s+(?:daily|number\s+(?:in|on)\s+(?:a|one)\s+(?:single\s+)?day))/gi,
      resolve: () => ({ role: "day", period: null, record: true }) },
    // "In a single day" alone is the latest day; with a record word in the sentence, the highest day.
    { hint: /single|one day|daily/i, re: /in\s+(?:a\s+single|one)\s+day|on\s+a\s+single\s+day|a\s+single\s+day|(?:daily|single[-\s]day)\s+total/gi,
      resolve: () => ({ role: "day", period: null, window: 1 }) },
  ],
  fr: [
    { hint: /depuis/i, re: /(?:plus\s+(?:haut|élevé|fort|meurtri[eè]re?)|record)\s+(?:[\p{L}-]+\s+){0,3}?depuis\s+(?:le\s+début\s+des\s+relevés|20\d\d)/giu,
      resolve: () => ({ role: "period", period: null, record: true }) },
    { hint: /cours|derni|quelques/i, re: /au\s+cours\s+de\s+l['’]ann[ée]e|ces\s+derni[èe]res\s+ann[ée]es|ces\s+derniers\s+(?:jours|mois)|en\s+quelques\s+(?:jours|mois|ann[ée]es)/giu,
      resolve: () => ({ role: "period", period: null, vague: true }) },
    { hint: /sur /i, re: /sur\s+(?:un\s+an|les\s+douze\s+derniers\s+mois|douze\s+mois)/giu,
      resolve: (_m, p) => ({ ...period({ start: addDays(p, -365), end: addDays(p, -1) }), yearOnYear: true }) },
    { hint: /même/i, re: /(?:l['’]ann[ée]e\s+derni[èe]re|l['’]an\s+dernier|l['’]an\s+pass[ée])\s*,?\s+(?:à|a)\s+la\s+même\s+(?:date|période|époque)|(?:à|a)\s+la\s+même\s+(?:date|période|époque)\s+(?:de\s+)?(?:l['’]ann[ée]e\s+derni[èe]re|l['’]an\s+dernier|l['’]an\s+pass[ée])/giu,
      resolve: (_m, p) => comparison(undefined, p) },
    { hint: /même|plus t/i, re: /(?:(?:à|a|sur|par\s+rapport\s+à|comparée?s?\s+à)\s+)?l[ae]\s+même\s+(période|date|époque|mois|semaine|trimestre)(?:\s+(?:de\s+)?(?:l['’]an(?:née)?\s+derni[eè]re?|l['’]an\s+pass[ée]|(?:de\s+|en\s+)?(20\d\d)))?|un\s+an\s+plus\s+t[ôo]t/gi,
      resolve: (m, p) => ({ ...comparison(m[2], p), ...(m[1] && /période|mois|semaine|trimestre/i.test(m[1]) ? { relative: true } : {}) }) },
    { hint: /suivante|plus tard/i, re: /l['’]ann[ée]e\s+suivante|un\s+an\s+plus\s+tard/gi,
      resolve: () => ({ role: "period", period: null, follows: 1 }) },
    { hint: /précédente|pr[eé]c[eé]dente|avant/i, re: /l['’]ann[ée]e\s+(?:pr[ée]c[ée]dente|d['’]avant)/gi,
      resolve: () => ({ role: "period", period: null, previous: true }) },
    { hint: /entre/i, re: new RegExp(String.raw`entre\s+le\s+(\d{1,2})(?:er)?\s+(${MONTH_FR})(?:\s+(20\d\d))?\s+et\s+le\s+(\d{1,2})(?:er)?\s+(${MONTH_FR})(?:\s+(20\d\d))?`, "giu"),
      resolve: (m, p) => {
        const endMonth = monthIndex(m[5]!);
        const y = m[6] ? Number(m[6]) : m[3] ? Number(m[3]) : pickYear(undefined, undefined, p, endMonth);
        return period({ start: day(m[3] ? Number(m[3]) : y, monthIndex(m[2]!), Number(m[1])), end: day(y, endMonth, Number(m[4])) });
      } },
    // « entre le 1er et le 7 décembre », « du 1er au 7 décembre »
    { hint: /entre|du /i, re: new RegExp(String.raw`(?:entre\s+le\s+(\d{1,2})(?:er)?\s+et\s+le|du\s+(\d{1,2})(?:er)?\s+au)\s+(\d{1,2})(?:er)?\s+(${MONTH_FR})(?:\s+(20\d\d))?`, "giu"),
      resolve: (m, p) => {
        const month = monthIndex(m[4]!);
        const to = Number(m[3]);
        const y = m[5] ? Number(m[5]) : latestYear(p, month, to);
        return period({ start: day(y, month, Number(m[1] ?? m[2])), end: day(y, month, to) });
      } },
    { hint: /mois dernier/i, re: /le\s+mois\s+dernier/gi,
      resolve: (_m, p) => {
        const y = yearOf(p);
        const mo = Number(p.slice(5, 7));
        return period(mo === 1 ? months(y - 1, 12, 12) : months(y, mo - 1, mo - 1));
      } },
    { hint: HAS_MONTH, re: new RegExp(String.raw`(?:au|jusqu['’]au|à\s+la\s+date\s+du)\s+(\d{1,2})(?:er)?\s+(${MONTH_FR})(?:\s+(20\d\d))?`, "giu"),
      resolve: (m, p) => {
        const month = monthIndex(m[2]!);
        const y = m[3] ? Number(m[3]) : pickYear(undefined, undefined, p, month);
        return period({ start: `${y}-01-01`, end: day(y, month, Number(m[1])) });
      } },
    { hint: HAS_MONTH, re: new RegExp(String.raw`(?:le\s+(?:(?:${WEEKDAYS_FR.join("|")})\s+)?|(?:${WEEKDAYS_FR.join("|")})\s+)(\d{1,2})(?:er)?\s+(${MONTH_FR})(?:\s+(20\d\d))?`, "giu"),
      resolve: (m, p) => {
        const month = monthIndex(m[2]!);
        const y = m[3] ? Number(m[3]) : latestYear(p, month, Number(m[1]));
        const d = day(y, month, Number(m[1]));
        return { role: "day", period: { start: d, end: d } };
      } },
    { hint: /jour/i, re: /(?:la\s+)?(?:journée|jour)\s+(?:la\s+plus\s+chargée|record)(?:\s+de\s+(20\d\d))?/giu,
      resolve: (m) => ({ role: "day", period: m[1] ? fullYear(Number(m[1])) : null, record: true }) },
    { hint: /semestre|premiers|trimestre/i, re: new RegExp(String.raw`(?:au|le|du)\s+(premier|second)\s+semestre${OF_YEAR_FR}|(?:les|des|sur\s+les)\s+(${COUNT_FR})\s+premiers\s+mois${OF_YEAR_FR}|(?:au|le|du)\s+premier\s+trimestre${OF_YEAR_FR}`, "gi"),
      resolve: (m, p) => {
        const second = (m[1] ?? "").toLowerCase() === "second";
        const quarter = /trimestre/i.test(m[0]);
        const to = quarter ? 3 : m[4] ? count(m[4]) : second ? 12 : 6;
        if (to < 1 || to > 12) return null;
        const rel = m[2] ?? m[5] ?? m[7];
        const y = pickYear(m[3] ?? m[6] ?? m[8], rel, p, to);
        return period(months(y, second ? 7 : 1, to));
      } },
    { hint: HAS_MONTH, re: new RegExp(String.raw`entre\s+(${MONTH_FR})(?:\s+(20\d\d))?\s+et\s+(${MONTH_FR})${OF_YEAR_FR}|de\s+(${MONTH_FR})\s+à\s+(${MONTH_FR})${OF_YEAR_FR}`, "gi"),
      resolve: (m, p) => {
        const from = monthIndex((m[1] ?? m[6])!);
        const to = monthIndex((m[3] ?? m[7])!);
        const explicit = m[5] ?? m[2] ?? m[9];
        const rel = m[4] ?? m[8];
        return yearlessMonths(pickYear(explicit, rel, p, to), from, to, !!explicit || !!rel);
      } },
    { hint: /année|annee|depuis/i, re: /cette\s+ann[ée]e|en\s+ce\s+début\s+d['’]ann[ée]e|depuis\s+le\s+début\s+de\s+l['’]ann[ée]e/gi,
      resolve: (_m, p) => ongoing(yearToDate(p)) },
    { hint: /an |année|annee/i, re: /l['’]an\s+dernier|l['’]ann[ée]e\s+derni[èe]re|l['’]an\s+pass[ée]|l['’]ann[ée]e\s+[ée]coul[ée]e/gi,
      resolve: (_m, p) => ({ ...period(fullYear(yearOf(p) - 1)), bareYear: yearOf(p) - 1 }) },
    { hint: /semaine|derniers jours/i, re: /la\s+semaine\s+derni[èe]re|cette\s+semaine|(?:ces|les)\s+(?:sept|7)\s+derniers\s+jours/gi,
      resolve: () => rolling(7) },
    { hint: /24/i, re: /en\s+24\s*(?:heures|h)\b|(?:ces|les)\s+derni[èe]res\s+24\s*(?:heures|h)\b/gi,
      resolve: () => rolling(1, "day") },
    { hint: HAS_MONTH, re: new RegExp(String.raw`en\s+(${MONTH_FR})(?:\s+(20\d\d))?`, "gi"),
      resolve: (m, p) => {
        const month = monthIndex(m[1]!);
        return yearlessMonths(m[2] ? Number(m[2]) : pickYear(undefined, undefined, p, month), month, month, !!m[2]);
      } },
    { hint: /20[12]\d/i, re: /(?:en|sur\s+l['’]ann[ée]e|pour|de\s+l['’]ann[ée]e|l['’]ann[ée]e|(?:total|bilan|chiffre|nombre)\s+(?:de|pour))\s+(20[12]\d)(?!\d)/gi,
      resolve: (m, p) => ({ ...(Number(m[1]) === yearOf(p) ? ongoing(yearToDate(p)) : period(fullYear(Number(m[1])))), bareYear: Number(m[1]) }) },
    { hint: /week|di\b|dimanche/i, re: new RegExp(String.raw`(${WEEKDAYS_FR.join("|")})\s+et\s+(${WEEKDAYS_FR.join("|")})|ce\s+week-end|le\s+week-end\s+dernier`, "giu"),
      resolve: (m, p) => twoDays(p, m[1] ? WEEKDAYS_FR.indexOf(m[1].toLowerCase()) : 6, m[2] ? WEEKDAYS_FR.indexOf(m[2].toLowerCase()) : 0) },
    { hint: /di\b|dimanche|hier|aujourd/i, re: new RegExp(String.raw`(?:ce\s+)?(${WEEKDAYS_FR.join("|")})(?:\s+dernier)?(?![\p{L}])|(hier|aujourd['’]hui)`, "giu"),
      resolve: (m, p) => {
        const d = m[2] ? addDays(p, /^hier/i.test(m[2]) ? -1 : 0) : lastWeekday(/dernier/i.test(m[0]) ? addDays(p, -1) : p, WEEKDAYS_FR.indexOf(m[1]!.toLowerCase()));
        return { role: "day", period: { start: d, end: d } };
      } },
    { hint: /record|sommet/i, re: /(?:record|sommet)\s+(?:quotidien|journalier|sur\s+une\s+journée)/gi,
      resolve: () => ({ role: "day", period: null, record: true }) },
    { hint: /jour/i, re: /en\s+(?:une\s+seule|une|un\s+seul)\s+(?:journée|jour)/gi,
      resolve: () => ({ role: "day", period: null, window: 1 }) },
  ],
};

// ── "since …" / « depuis … » ─────────────────────────────────────────────────────────────────────
// Read by hand rather than by one expression: what follows "since" may be a date, a month, a year, the
// start of the series, or an event with or without its date ("since Rishi Sunak, who …, became Prime
// Minister in October that year"), and the date of a named event comes from one table (events.ts).

const SINCE: Record<Language, RegExp> = { en: /\b(?:ever\s+)?since\s+/gi, fr: /\bdepuis\s+/gi };
// How far after "since" its date or event may be; a figure or a strong break ends the look earlier.
const SINCE_REACH = 140;

interface SinceForms {
  then: RegExp;
  records: RegExp;
  startOfYear: RegExp;
  firstJanuary: RegExp;
  dayMonth: RegExp;
  month: RegExp;
  year: RegExp;
  anchor: RegExp;
}

const SINCE_FORMS: Record<Language, SinceForms> = {
  en: {
    then: /^then\b/i,
    records: /^(?:the\s+)?(?:(?:home\s+office|government|official)\s+)?(?:records?|figures|data|statistics|counting)\s+(?:began|started|were\s+first\s+(?:collected|published|kept))(?:\s+in\s+2018)?|^(?:the\s+)?(?:home\s+office|government|officials)\s+(?:began|started)\s+(?:counting|recording|publishing|collecting)[^.;]{0,40}?\s+in\s+2018/i,
    startOfYear: /^(?:the\s+)?(?:start|beginning)\s+of\s+(?:(?:the|this)\s+year|(20\d\d))/i,
    firstJanuary: /^(?:1(?:st)?\s+january|january\s+1(?:st)?)(?:,?\s+(20\d\d))?/i,
    dayMonth: new RegExp(String.raw`^(?:(\d{1,2})${ORD}(?!\d)\s+(${MONTH_EN})|(${MONTH_EN})\s+(\d{1,2})${ORD}(?!\d))(?:,?\s+(20\d\d))?`, "i"),
    month: new RegExp(String.raw`^(?:the\s+(?:start|beginning)\s+of\s+)?(${MONTH_EN})(?:\s+(20\d\d))?(?![\p{L}\d])`, "iu"),
    year: /^(?:the\s+(?:start|beginning|end)\s+of\s+)?(20[12]\d)(?!\d)/i,
    anchor: new RegExp(String.raw`\b(?:on|in)\s+(?:(\d{1,2})${ORD}(?!\d)\s+(${MONTH_EN})|(${MONTH_EN})\s+(\d{1,2})${ORD}(?!\d)|(${MONTH_EN}))(?:,?\s+(20\d\d|that\s+year|last\s+year))?|\bin\s+(20[12]\d)(?!\d)`, "i"),
  },
  fr: {
    then: /^(?:lors|ce\s+moment|cette\s+date|cette\s+époque)\b/i,
    records: /^(?:le\s+)?(?:début|lancement)\s+des\s+(?:relevés|statistiques|comptages|décomptes)/i,
    startOfYear: /^(?:le\s+)?début\s+(?:de\s+l['’]ann[ée]e|(?:de\s+l['’]ann[ée]e\s+|d['’])?(20\d\d))/i,
    firstJanuary: /^(?:le\s+)?1er\s+janvier(?:\s+(20\d\d))?/i,
    dayMonth: new RegExp(String.raw`^(?:le\s+)?(\d{1,2})(?:er)?\s+(${MONTH_FR})(?:\s+(20\d\d))?(?!\d)`, "i"),
    month: new RegExp(String.raw`^(?:le\s+(?:début|mois)\s+(?:de\s+|d['’]))?(${MONTH_FR})(?:\s+(20\d\d))?(?![\p{L}\d])`, "iu"),
    year: /^(?:le\s+début\s+de\s+)?(20[12]\d)(?!\d)/i,
    anchor: new RegExp(String.raw`\b(?:le|en)\s+(?:(\d{1,2})(?:er)?\s+(${MONTH_FR})|(${MONTH_FR}))(?:\s+(20\d\d))?|\ben\s+(20[12]\d)(?!\d)`, "i"),
  },
};

// Where the look after "since" stops: a figure that is not a year or a day, or a sentence-internal stop.
const SINCE_STOP = /[;:–—]|\s-\s|\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{3,}/;

function sinceFrom(start: ISODate, published: ISODate, alternatives?: ISODate[]): Resolved {
  const resolved: Resolved = ongoing({ start, end: published });
  const others = (alternatives ?? []).filter((d) => d !== start && d <= published);
  if (others.length > 0) resolved.alternatives = others.map((d) => ({ start: d, end: published }));
  return resolved;
}

/** "since …" phrases of `text` (see above), each with the period it starts. */
function sincePhrases(text: string, language: Language, published: ISODate): PeriodPhrase[] {
  const out: PeriodPhrase[] = [];
  const f = SINCE_FORMS[language];
  const re = new RegExp(SINCE[language].source, "gi");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const from = m.index + m[0].length;
    let rest = text.slice(from, from + SINCE_REACH);
    const stop = SINCE_STOP.exec(rest);
    if (stop) rest = rest.slice(0, stop.index);
    const phrase = (length: number, resolved: Resolved) => {
      out.push({ start: m!.index, end: from + length, text: text.slice(m!.index, from + length), ...resolved });
      re.lastIndex = from + length;
    };
    let x: RegExpExecArray | null;
    if ((x = f.then.exec(rest))) phrase(x[0].length, { role: "period", period: null, unknownStart: true });
    else if ((x = f.records.exec(rest))) phrase(x[0].length, sinceFrom(SERIES_START, published));
    else if ((x = f.startOfYear.exec(rest))) phrase(x[0].length, sinceFrom(`${x[1] ?? yearOf(published)}-01-01`, published));
    else if ((x = f.firstJanuary.exec(rest))) phrase(x[0].length, sinceFrom(`${x[1] ?? yearOf(published)}-01-01`, published));
    else if ((x = f.dayMonth.exec(rest))) {
      const en = language === "en";
      const month = monthIndex((en ? (x[2] ?? x[3]) : x[2])!);
      const d = Number(en ? (x[1] ?? x[4]) : x[1]);
      const y = en ? x[5] : x[3];
      const year = y ? Number(y) : latestYear(published, month, d);
      phrase(x[0].length, sinceFrom(day(year, month, d), published));
    } else if ((x = f.month.exec(rest))) {
      const month = monthIndex(x[1]!);
      const year = x[2] ? Number(x[2]) : latestYear(published, month);
      phrase(x[0].length, sinceFrom(day(year, month, 1), published));
    } else if ((x = f.year.exec(rest))) phrase(x[0].length, sinceFrom(`${x[1]}-01-01`, published));
    else {
      // An event: its date from the table, checked against any month or year the text gives.
      const anchor = f.anchor.exec(rest);
      const named = eventsNamed((anchor ? rest.slice(0, anchor.index) : rest).toLowerCase(), language);
      const dates = named.flatMap((e) => e.dates);
      if (anchor) {
        const end = anchor.index + anchor[0].length;
        const resolved = anchored(anchor, language, published, dates);
        if (resolved) phrase(end, resolved);
      } else if (dates.length > 0) {
        const words = rest.slice(0, 80).search(/[,.]/);
        phrase(words < 0 ? Math.min(rest.length, 80) : words, sinceFrom(dates[0]!, published, dates));
      }
    }
  }
  return out;
}

// "… in October that year", "… on May 22", "… in April 2022": the start, agreeing with the event's date.
function anchored(a: RegExpExecArray, language: Language, published: ISODate, eventDates: ISODate[]): Resolved | null {
  const en = language === "en";
  const onlyYear = en ? a[7] : a[5];
  if (onlyYear) {
    const inYear = eventDates.filter((d) => d.startsWith(onlyYear));
    return sinceFrom(inYear[0] ?? `${onlyYear}-01-01`, published, [...inYear, `${onlyYear}-01-01`]);
  }
  const monthName = en ? (a[2] ?? a[3] ?? a[5]) : (a[2] ?? a[3]);
  const dayText = en ? (a[1] ?? a[4]) : a[1];
  const yearText = en ? a[6] : a[4];
  if (!monthName) return null;
  const month = monthIndex(monthName);
  const inMonth = eventDates.filter((d) => Number(d.slice(5, 7)) === month && (!yearText || !/^\d/.test(yearText) || d.startsWith(yearText)));
  let year: number;
  if (yearText && /^\d/.test(yearText)) year = Number(yearText);
  else if (yearText && /last/i.test(yearText)) year = yearOf(published) - 1;
  else if (inMonth[0]) year = yearOf(inMonth[0]); // "in October that year": the event says which year
  else year = latestYear(published, month, dayText ? Number(dayText) : 1);
  if (dayText) return sinceFrom(day(year, month, Number(dayText)), published);
  const first = day(year, month, 1);
  const events = inMonth.filter((d) => yearOf(d) === year);
  return sinceFrom(events[0] ?? first, published, [...events, first]);
}

// At most this many time phrases are read in one sentence (a list of dates is not prose).
const MAX_PHRASES = 24;

/** Every time phrase in `text`, resolved against `published`, in order and without overlaps. */
export function findPeriods(text: string, language: Language, published: ISODate): PeriodPhrase[] {
  const lower = text.toLowerCase();
  const found: PeriodPhrase[] = lower.includes(language === "en" ? "since" : "depuis") ? sincePhrases(text, language, published) : [];
  const overlaps = (start: number, end: number) => found.some((f) => f.start < end && start < f.end);
  for (const rule of RULES[language]) {
    if (!rule.hint.test(lower)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m && found.length < MAX_PHRASES; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        rule.re.lastIndex++;
        continue;
      }
      if (!isWordBounded(text, start, end) || overlaps(start, end)) continue;
      const resolved = rule.resolve(m, published);
      if (resolved) found.push({ start, end, text: m[0], ...resolved });
    }
  }
  // A bare "record" marks the figure as a record without changing its period.
  const recordRe = language === "en" ? /\brecord(?:[-\s]breaking)?\b|\bhighest\b/gi : /\brecord\b|\bjamais\s+vu\b/gi;
  for (let m = recordRe.exec(text); m && found.length < MAX_PHRASES; m = recordRe.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!overlaps(start, end)) found.push({ start, end, text: m[0], role: "period", period: null, record: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

function isWordBounded(text: string, start: number, end: number): boolean {
  const letter = /[\p{L}\p{N}]/u;
  return !letter.test(text[start - 1] ?? "") && !letter.test(text[end] ?? "");
}
