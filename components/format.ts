import type { TopicId } from "../core/topics";
import type { Language } from "../platform/settings";

/** The two languages of Tidemark's pages. */
export type UiLanguage = "en" | "fr";

/** The language the interface uses: the setting, or the browser's UI language when "auto". */
export function resolveLanguage(setting: Language, browserLanguage: string): UiLanguage {
  if (setting !== "auto") return setting;
  return browserLanguage.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/**
 * "20 Aug 2026" / "20 août 2026" for a YYYY-MM-DD date (read as a calendar date, no time zone shift).
 * Short month names for the popup and options; the card's long dates are core/detect/wording.ts's formatDate.
 */
export function shortDate(iso: string, lang: "en" | "fr"): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(lang === "fr" ? "fr-FR" : "en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** "2 h ago", "just now", "3 days ago" relative to `now`. */
export function formatAgo(iso: string, now: number, lang: "en" | "fr"): string {
  const minutes = Math.max(0, Math.round((now - Date.parse(iso)) / 60_000));
  const [justNow, min, h, day, days] =
    lang === "fr" ? ["à l’instant", "il y a {n} min", "il y a {n} h", "il y a 1 jour", "il y a {n} jours"] : ["just now", "{n} min ago", "{n} h ago", "1 day ago", "{n} days ago"];
  const fill = (s: string, n: number) => s.replace("{n}", String(n));
  if (minutes < 1) return justNow;
  if (minutes < 60) return fill(min, minutes);
  if (minutes < 48 * 60) return fill(h, Math.round(minutes / 60));
  const d = Math.round(minutes / 1440);
  return d === 1 ? day : fill(days, d);
}

/** Topic names for the popup's list, in both interface languages. */
export const TOPIC_LABELS: Record<TopicId, { en: string; fr: string }> = {
  arrivals: { en: "Small-boat arrivals", fr: "Arrivées en small boats" },
  "returns-deal": { en: "UK–France returns deal", fr: "Accord de retours franco-britannique" },
  rwanda: { en: "Rwanda scheme", fr: "Plan Rwanda" },
  "law-2025": { en: "2025 Border Security Act", fr: "Loi de 2025 sur la sécurité des frontières" },
  "payments-france": { en: "UK payments to France", fr: "Versements britanniques à la France" },
  "french-tactics": { en: "French interceptions", fr: "Interceptions françaises" },
  deaths: { en: "Deaths in the Channel", fr: "Morts dans la Manche" },
  smuggling: { en: "People smuggling", fr: "Passeurs" },
  asylum: { en: "Asylum", fr: "Asile" },
};
