import type { CuratedFigure, CuratedPeriod, ISODate, PartialDate } from "../data/types";
import { describePeriod, formatDate } from "../detect/wording";
import type { CardLanguage } from "./types";

/** Numbers, amounts, periods and publication dates as the card writes them, in either language. */

const MONTHS: Record<CardLanguage, string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
};

/** "19,982" / "19 982". */
export function formatCount(lang: CardLanguage, value: number): string {
  return value.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 1 });
}

/** "July 2025" / "juillet 2025". */
function monthYear(lang: CardLanguage, isoDay: ISODate): string {
  return `${MONTHS[lang][Number(isoDay.slice(5, 7)) - 1]} ${isoDay.slice(0, 4)}`;
}

/**
 * A curated figure's period at the precision its source gives: "2024", "January 2018", "April 2022 to
 * July 2024", "24 November 2021" — never a day the source did not give (issue 13).
 */
export function describeCuratedPeriod(lang: CardLanguage, period: CuratedPeriod): string {
  const [start, end] = [period.start, period.end];
  if (period.precision === "year") {
    const [a, b] = [start.slice(0, 4), end.slice(0, 4)];
    return a === b ? a : lang === "fr" ? `de ${a} à ${b}` : `${a} to ${b}`;
  }
  if (period.precision === "month") {
    const [a, b] = [monthYear(lang, start), monthYear(lang, end)];
    return a === b ? a : lang === "fr" ? `${/^[aeiouyéâ]/.test(a) ? "d’" : "de "}${a} à ${b}` : `${a} to ${b}`;
  }
  return describePeriod(lang, { start, end });
}

/**
 * When a source made a figure public, at the precision known: "30 January 2026", "February 2025",
 * "2025"; in French with the preposition it takes: « le 30 janvier 2026 », « en février 2025 ».
 */
export function formatPublished(lang: CardLanguage, date: PartialDate): string {
  if (/^\d{4}$/.test(date)) return lang === "fr" ? `en ${date}` : date;
  if (/^\d{4}-\d{2}$/.test(date)) return lang === "fr" ? `en ${monthYear(lang, `${date}-01`)}` : monthYear(lang, `${date}-01`);
  return lang === "fr" ? `le ${formatDate(lang, date)}` : formatDate(lang, date);
}

/** A value in its unit: "€541m" / "541 millions d’euros", "59.1%", "5 years" / "5 ans", or a plain count. */
export function formatAmount(lang: CardLanguage, unit: string, v: number): string {
  if (unit === "EUR" || unit === "GBP") {
    const m = (v / 1e6).toLocaleString(lang === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 1 });
    if (lang === "fr") return `${m}\u00a0millions ${unit === "GBP" ? "de livres" : "d’euros"}`;
    return `${unit === "GBP" ? "£" : "€"}${m}m`;
  }
  if (unit === "percent") return lang === "fr" ? `${formatCount(lang, v)}\u00a0%` : `${formatCount(lang, v)}%`;
  // A count of years says so: "5 years", never a bare "5" (issue 13).
  if (unit === "years") return lang === "fr" ? `${formatCount(lang, v)}\u00a0an${v >= 2 ? "s" : ""}` : `${formatCount(lang, v)} year${v === 1 ? "" : "s"}`;
  return formatCount(lang, v);
}

/** A figure's value(s) as the card shows them; an event shows its day. */
export function formatValue(lang: CardLanguage, f: CuratedFigure): string {
  // A part labelled by a financial year reads "€141m in 2023-24" / « 141 millions d’euros en 2023-2024 ».
  const part = (label: string) => (/^\d{4}-\d{2,4}$/.test(label) ? `${lang === "fr" ? "en" : "in"} ${label}` : label);
  if (f.values?.length) return f.values.map((x) => `${formatAmount(lang, f.unit, x.value)} ${part(x.label[lang])}`).join(" · ");
  if (f.unit === "date") return describeCuratedPeriod(lang, f.period);
  return formatAmount(lang, f.unit, f.value ?? 0);
}

/** True when a figure has something to show. */
export function hasValue(f: CuratedFigure): boolean {
  return f.value !== undefined || (f.values?.length ?? 0) > 0 || f.unit === "date";
}
