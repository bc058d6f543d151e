/**
 * One-sentence explanations of verdicts, in the article's language (issue 4).
 */
import type { Claim, Metric } from "./claims";
import type { Language } from "./language";
import type { Period } from "./periods";
import type { Official, Verdict } from "./verdicts";

const MONTHS = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
};

/** "8 July 2025" / "8 juillet 2025" (1er for the first of the month in French). */
export function formatDate(language: Language, iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const dayText = language === "fr" && d === 1 ? "1er" : String(d);
  return `${dayText} ${MONTHS[language][m - 1]} ${y}`;
}

/** "1 January to 30 June 2025" / "du 1er janvier au 30 juin 2025"; a single day as one date. */
export function describePeriod(language: Language, period: Period): string {
  if (period.start === period.end) return language === "fr" ? `le ${formatDate("fr", period.start)}` : formatDate("en", period.start);
  const sameYear = period.start.slice(0, 4) === period.end.slice(0, 4);
  const from = formatDate(language, period.start);
  const fromShort = sameYear ? from.replace(/ \d{4}$/, "") : from;
  return language === "fr" ? `du ${fromShort} au ${formatDate("fr", period.end)}` : `${fromShort} to ${formatDate("en", period.end)}`;
}

const NOUNS: Record<Language, Partial<Record<Metric, string>>> = {
  en: { people: "people", boats: "boats", deaths: "deaths", returns: "people returned", admissions: "people admitted", "people-per-boat": "people per boat" },
  fr: { people: "personnes", boats: "embarcations", deaths: "morts", returns: "personnes renvoyées", admissions: "personnes admises", "people-per-boat": "personnes par embarcation" },
};

/** A figure written the article's way: "19,982 people", "19 982 personnes", "£700m", "48%". */
export function formatNumber(language: Language, value: number, metric: Metric, currency?: "£" | "€"): string {
  if (metric === "money") {
    const millions = value / 1e6;
    const m = Number.isInteger(millions) ? String(millions) : millions.toFixed(1);
    if (language === "fr") return `${m.replace(".", ",")} millions ${currency === "£" ? "de livres" : "d'euros"}`;
    return `${currency ?? "£"}${m}m`;
  }
  const n = value.toLocaleString(language === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 1 });
  if (metric === "percent") return language === "fr" ? `${n} %` : `${n}%`;
  const noun = NOUNS[language][metric];
  return noun ? `${n} ${noun}` : n;
}

/** The explanation of a verdict, e.g. "The Home Office figure for 1 January to 30 June 2025 is 19,982 people (data to 30 June 2025): it matches “Nearly 20,000”." */
export function describeFigure(language: Language, verdict: Verdict, claim: Claim, official: Official, sources?: Official[]): string {
  const metric = claim.metric === "percent" && claim.comparison ? "percent" : claim.metric;
  const quote = claim.text.length > 60 ? `${claim.text.slice(0, 57)}…` : claim.text;
  if (verdict === "disputed" && (sources ?? [official]).length === 1) {
    const one = formatNumber(language, official.value, claim.metric, claim.currency);
    return language === "fr"
      ? `Il n'existe pas de décompte officiel britannique des morts : ${official.source} en recense ${one} et d'autres sources comptent autrement, donc aucun chiffre unique ne tranche « ${quote} ».`
      : `There is no official UK count of deaths: ${official.source} records ${one} and other sources count differently, so no single figure settles “${quote}”.`;
  }
  if (verdict === "disputed") {
    const list = (sources ?? [official]).map((s) => `${s.source} ${formatNumber(language, s.value, claim.metric, claim.currency)}`).join(", ");
    return language === "fr"
      ? `Les sources divergent (${list}) : aucun chiffre officiel unique ne tranche « ${quote} ».`
      : `Sources disagree (${list}), so no single official figure settles “${quote}”.`;
  }
  const figure = formatNumber(language, official.value, metric, claim.currency);
  const when = official.period ? describePeriod(language, official.period) : null;
  if (claim.metric === "percent" && claim.comparison?.period && official.period) {
    // A change: say what was compared with what.
    const base = describePeriod(language, claim.comparison.period);
    // Lookups sign a change the way the claim words it ("down 43%" ↔ 43); show the real direction.
    const change = claim.comparison.direction === "down" ? -official.value : official.value;
    const signed = `${change > 0 ? "+" : ""}${formatNumber(language, change, "percent")}`;
    if (language === "fr") {
      const judgement = { matches: "cela correspond à", close: "c'est proche mais pas exact pour", differs: "cela ne correspond pas à", unverifiable: "", disputed: "" }[verdict];
      return `Selon ${frenchPublisher(official.source)}, l'évolution entre la période ${base} et la période ${when} est de ${signed} (données au ${formatDate("fr", official.asOf)}) : ${judgement} « ${quote} ».`;
    }
    const judgement = { matches: "which matches", close: "which is close to but not quite", differs: "which does not match", unverifiable: "", disputed: "" }[verdict];
    return `${official.source} figures show a change of ${signed} from ${base} to ${when} (data as of ${formatDate("en", official.asOf)}), ${judgement} “${quote}”.`;
  }
  if (language === "fr") {
    const judgement = { matches: "cela correspond à", close: "c'est proche mais pas exact pour", differs: "cela ne correspond pas à", unverifiable: "", disputed: "" }[verdict];
    return `Selon ${frenchPublisher(official.source)}, le chiffre${when ? ` ${when.startsWith("le ") ? "du" + when.slice(2) : when}` : ""} est de ${figure} (données au ${formatDate("fr", official.asOf)}) : ${judgement} « ${quote} ».`;
  }
  const judgement = { matches: "which matches", close: "which is close to but not quite", differs: "which does not match", unverifiable: "", disputed: "" }[verdict];
  return `The ${official.source} figure${when ? ` for ${when}` : ""} is ${figure} (data as of ${formatDate("en", official.asOf)}), ${judgement} “${quote}”.`;
}

// French takes an article before institutional names ("selon le Home Office"); press and NGO
// names ("selon Reuters", "selon l'OIM" is already written with its article) are left as they are.
const FRENCH_ARTICLE: Record<string, string> = {
  "Home Office": "le Home Office",
  "House of Commons Library": "la House of Commons Library",
  "Refugee Council": "le Refugee Council",
  "Crown Prosecution Service": "le Crown Prosecution Service",
};

/** A publisher's name as it reads after "Selon" in French. */
function frenchPublisher(name: string): string {
  return FRENCH_ARTICLE[name] ?? name;
}
