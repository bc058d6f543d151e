/** Day arithmetic on ISO dates in UTC, so results never depend on the reader's time zone. */
import type { ISODate, PartialDate } from "./types.ts";

const MS_PER_DAY = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (rejects 2023-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(date: ISODate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

/** ISO date for a day number. */
export function fromDayNumber(day: number): ISODate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `date` plus `days` (may be negative). */
export function addDays(date: ISODate, days: number): ISODate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The earlier of two ISO dates. */
export function minDate(a: ISODate, b: ISODate): ISODate {
  return a <= b ? a : b;
}

/** The later of two ISO dates. */
export function maxDate(a: ISODate, b: ISODate): ISODate {
  return a >= b ? a : b;
}

/** Builds an ISO date from numeric parts without validating them. */
export function isoDate(year: number, month: number, day: number): ISODate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Last day of a month (month 1–12). */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The last day a partial date can mean: "2025" → 2025-12-31, "2025-02" → 2025-02-28, a day → itself.
 * A figure published "in February 2025" is taken as known only from the end of that month, so an article
 * of 10 February is never judged against it (docs/decisions/0010).
 */
export function latestDayOf(date: PartialDate): ISODate {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  const m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) return isoDate(Number(m[1]), Number(m[2]), lastDayOfMonth(Number(m[1]), Number(m[2])));
  return date;
}
