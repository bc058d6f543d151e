/**
 * One-sentence explanations of verdicts, in the article's language (issue 4).
 */
import type { Claim, Doubt, Metric } from "./claims";
import type { Language } from "./language";
import type { Period } from "./periods";
import type { Official, Verdict } from "./verdicts";
import type { SecondThought } from "./second-thoughts";

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
  en: { people: "people", boats: "boats", deaths: "deaths", returns: "people returned", admissions: "people admitted", "people-per-boat": "people per boat", "people-per-day": "people a day" },
  fr: { people: "personnes", boats: "embarcations", deaths: "morts", returns: "personnes renvoyées", admissions: "personnes admises", "people-per-boat": "personnes par embarcation", "people-per-day": "personnes par jour" },
};

/** A figure written the article's way: "19,982 people", "19 982 personnes", "£700m", "48%". */
export function formatNumber(language: Language, value: number, metric: Metric, currency?: "£" | "€"): string {
  if (metric === "money") {
    // Below a million, the amount as written ("£2,500"), never "£0.0m".
    if (Math.abs(value) < 1e6) {
      const amount = value.toLocaleString(language === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 0 });
      if (language === "fr") return `${amount} ${currency === "£" ? "livres" : "euros"}`;
      return `${currency ?? "£"}${amount}`;
    }
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

// Why a near figure still matches: daily figures are revised, and before 2023 they were the MoD's.
const MATCH_NOTES: Record<Language, Record<"revised" | "mod", string>> = {
  en: {
    revised: " The article's figure is a few off today's series: daily figures are revised after publication.",
    mod: " Before 2023 the Ministry of Defence published the daily counts by its own rules, so small differences from today's series are expected.",
  },
  fr: {
    revised: " Le chiffre de l'article diffère de quelques unités de la série actuelle : les chiffres quotidiens sont révisés après publication.",
    mod: " Avant 2023, les chiffres quotidiens étaient publiés par le ministère de la Défense selon ses propres règles : de petits écarts avec la série actuelle sont attendus.",
  },
};

/** The explanation of a verdict, e.g. "The Home Office figure for 1 January to 30 June 2025 is 19,982 people (data to 30 June 2025): it matches “Nearly 20,000”." */
export function describeFigure(language: Language, verdict: Verdict, claim: Claim, official: Official, sources?: Official[], note?: "revised" | "mod"): string {
  return typeset(language, describeFigureOnly(language, verdict, claim, official, sources) + (note ? MATCH_NOTES[language][note] : ""), claim);
}

/**
 * French typography on our words, never on the article's quoted words: a no-break space inside « » and
 * before « : », a narrow one before « ; ! ? », and typographic apostrophes.
 */
function typeset(language: Language, text: string, claim: Claim): string {
  if (language !== "fr") return text;
  const quote = quoteOf(claim);
  const fix = (s: string) => s.replace(/'/g, "’").replace(/« ?/g, "«\u00a0").replace(/ ?»/g, "\u00a0»").replace(/ :/g, "\u00a0:").replace(/ ([;!?])/g, "\u202f$1");
  return text.split(quote).map(fix).join(quote);
}

function quoteOf(claim: Claim): string {
  return claim.text.length > 60 ? `${claim.text.slice(0, 57)}…` : claim.text;
}

// What no series counts, in words a reader recognises.
const NO_DATA: Record<Language, Record<NonNullable<Claim["noData"]>, string>> = {
  en: {
    attempts: "attempted crossings (the French authorities count them; the Home Office counts arrivals)",
    prevented: "prevented or intercepted crossings",
    rescues: "people rescued at sea",
    nationality: "arrivals by nationality",
    subgroup: "one group of arrivals (children, women, men…)",
    "all-routes": "irregular arrivals by every route (this series counts small boats only)",
    asylum: "asylum claims, decisions or accommodation",
    capacity: "a boat's capacity",
    forecast: "forecasts, targets or pledges",
    share: "this share",
  },
  fr: {
    attempts: "les tentatives de traversée (comptées côté français ; le Home Office compte les arrivées)",
    prevented: "les traversées empêchées ou interceptées",
    rescues: "les personnes secourues en mer",
    nationality: "les arrivées par nationalité",
    subgroup: "une partie des arrivées (enfants, femmes, hommes…)",
    "all-routes": "les arrivées irrégulières par toutes les voies (cette série ne compte que les small boats)",
    asylum: "les demandes d'asile, les décisions ou l'hébergement",
    capacity: "la capacité d'une embarcation",
    forecast: "les prévisions, objectifs ou engagements",
    share: "cette proportion",
  },
};

/** Why a figure whose measure has no official series cannot be checked. */
export function noDataReason(language: Language, claim: Claim): string {
  const what = NO_DATA[language][claim.noData ?? "share"];
  return typeset(language, language === "fr"
    ? `« ${quoteOf(claim)} » porte sur ${what} : aucune série officielle que Tidemark utilise ne le mesure, donc ce chiffre n'est pas vérifié.`
    : `“${quoteOf(claim)}” is about ${what}, which no official series Tidemark uses measures, so it is not checked.`, claim);
}

/** Why a claim cannot be checked: no data for its period, data that ends before it, or a start we cannot see. */
export function unverifiableWhy(language: Language, claim: Claim, why: "no-data" | "beyond-data" | "since-unknown", official?: Official): string {
  return typeset(language, unverifiableText(language, claim, why, official), claim);
}

function unverifiableText(language: Language, claim: Claim, why: "no-data" | "beyond-data" | "since-unknown", official?: Official): string {
  const when = claim.period ? describePeriod(language, claim.period) : null;
  const figure = formatNumber(language, claim.value, claim.metric, claim.currency);
  if (why === "since-unknown") {
    return language === "fr"
      ? `« ${quoteOf(claim)} » compte depuis un moment que la phrase ne nomme pas : ce chiffre ne peut pas être vérifié.`
      : `“${quoteOf(claim)}” counts from a moment the sentence does not name, so it cannot be checked.`;
  }
  if (why === "beyond-data" && official) {
    const soFar = formatNumber(language, official.value, claim.metric === "percent" ? "people" : claim.metric);
    return language === "fr"
      ? `Les données s'arrêtent au ${formatDate("fr", official.asOf)} (${soFar} à cette date) : elles ne couvrent pas encore toute la période de « ${quoteOf(claim)} ».`
      : `The data ends on ${formatDate("en", official.asOf)} (${soFar} so far): it does not yet cover the whole period of “${quoteOf(claim)}”.`;
  }
  // The article's own words, not a bare number: "300" alone does not say it counts arrests.
  return language === "fr"
    ? `Aucune donnée officielle dont dispose Tidemark ne permet de vérifier « ${quoteOf(claim)} »${when ? ` (${when})` : ""}.`
    : `No official data Tidemark holds covers “${quoteOf(claim)}”${when ? ` (${when})` : ""}, so it cannot be checked.`;
}

/** Why a figure that seemed to disagree is not called wrong (second-thoughts.ts), with the figures it could mean. */
export function describeSecondThought(language: Language, claim: Claim, official: Official, thought: SecondThought): string {
  return typeset(language, secondThoughtText(language, claim, official, thought), claim);
}

function secondThoughtText(language: Language, claim: Claim, official: Official, thought: SecondThought): string {
  const quote = quoteOf(claim);
  const fr = language === "fr";
  // An official figure with its period; a change names both ends ("40.9% (change from 2023 to 2025)").
  const base = claim.metric === "percent" ? claim.comparison?.period : undefined;
  const described = (value: number, metric: Metric, period: Period | null): string => {
    const figure = formatNumber(language, value, base ? "percent" : metric, claim.currency);
    if (!period) return figure;
    if (base) return fr ? `${figure} entre ${describePeriod("fr", base)} et ${describePeriod("fr", period)}` : `${figure} (change from ${describePeriod("en", base)} to ${describePeriod("en", period)})`;
    return fr ? `${figure} (${describePeriod("fr", period)})` : `${figure} for ${describePeriod("en", period)}`;
  };
  const seems = described(official.value, claim.metric, official.period);
  switch (thought.why) {
    case "other-reading": {
      const o = thought.other!;
      const other = described(o.value, o.metric, o.period);
      return fr
        ? `Non jugé : pour la période que la phrase semble donner, le chiffre officiel est de ${seems}, mais « ${quote} » correspond au chiffre officiel de ${other}, que l'article peut viser.`
        : `Not judged: for the period the sentence seems to give, the official figure is ${seems}, but “${quote}” equals the official ${other}, which the article may mean.`;
    }
    case "far-off":
      return fr
        ? `Non jugé : le chiffre officiel pour la lecture trouvée est de ${seems}, si loin de « ${quote} » que l'article compte sans doute autre chose (une autre période, un autre lieu ou une autre mesure).`
        : `Not judged: the official figure for the reading found is ${seems}, so far from “${quote}” that the article probably counts something else (another period, place or measure).`;
    case "mod-era":
      return fr
        ? `Non jugé : avant 2023, les chiffres quotidiens étaient publiés par le ministère de la Défense et ont été révisés depuis ; la série actuelle donne ${seems}, et l'article peut citer le chiffre de l'époque.`
        : `Not judged: before 2023 the daily counts were published by the Ministry of Defence and have since been revised; today's series gives ${seems}, and the article may quote the count of the time.`;
    case "today-not-counted":
      return fr
        ? `Non jugé : les données s'arrêtent la veille de l'article (${seems}) ; « ${quote} » peut compter les arrivées du jour même.`
        : `Not judged: the data ends the day before the article (${seems}); “${quote}” may count that day's arrivals too.`;
    case "running-total-only":
      return fr
        ? `Non vérifié : les chiffres officiels du projet pilote sont des totaux cumulés depuis son début (${seems}), pas des chiffres par vol ou par jour.`
        : `Not checked: the pilot's official figures are running totals since it began (${seems}), not counts per flight or per day.`;
  }
}

const DOUBTS: Record<Language, Record<Doubt, string>> = {
  en: {
    "period-carried": "the sentence does not say which period it counts (it continues an earlier one)",
    "period-unclear": "which period is meant is unclear",
    "measure-inherited": "the sentence does not say what this figure counts",
    "since-unknown": "the start of the period is not named",
  },
  fr: {
    "period-carried": "la phrase ne dit pas quelle période elle compte (elle prolonge une phrase précédente)",
    "period-unclear": "la période visée n'est pas claire",
    "measure-inherited": "la phrase ne dit pas ce que ce chiffre compte",
    "since-unknown": "le début de la période n'est pas nommé",
  },
};

/** An unverifiable claim whose words allow several readings: why, and the official figure for each. */
export function describeReadings(language: Language, claim: Claim, figures: Official[], doubt: Doubt): string {
  return typeset(language, readingsText(language, claim, figures, doubt), claim);
}

function readingsText(language: Language, claim: Claim, figures: Official[], doubt: Doubt): string {
  const list = figures
    .map((o) => `${formatNumber(language, o.value, claim.metric === "percent" && claim.comparison ? "percent" : claim.metric, claim.currency)}${o.period ? (language === "fr" ? ` ${describePeriod("fr", o.period).replace(/^le /, "le ")}` : ` for ${describePeriod("en", o.period)}`) : ""}`)
    .join(language === "fr" ? " ; " : "; ");
  return language === "fr"
    ? `Non vérifié : ${DOUBTS.fr[doubt]}. Chiffres officiels possibles : ${list}.`
    : `Not checked: ${DOUBTS.en[doubt]}. The official figures it could mean: ${list}.`;
}

function describeFigureOnly(language: Language, verdict: Verdict, claim: Claim, official: Official, sources?: Official[]): string {
  const metric = claim.metric === "percent" && claim.comparison ? "percent" : claim.metric;
  const quote = claim.text.length > 60 ? `${claim.text.slice(0, 57)}…` : claim.text;
  if (verdict === "disputed" && (sources ?? [official]).length === 1) {
    const one = formatNumber(language, official.value, claim.metric, claim.currency);
    return language === "fr"
      ? `Il n'existe pas de décompte officiel britannique des morts : ${frenchPublisher(official.source)} en recense ${one} et d'autres sources comptent autrement, donc aucun chiffre unique ne tranche « ${quote} ».`
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
  "Ministry of Defence": "le ministère britannique de la Défense",
  "UK and French governments": "les gouvernements britannique et français",
  "Préfecture maritime de la Manche et de la mer du Nord": "la Préfecture maritime de la Manche et de la mer du Nord",
  "Office de lutte contre le trafic illicite de migrants (OLTIM)": "l'Office de lutte contre le trafic illicite de migrants (OLTIM)",
  "International Organization for Migration (IOM)": "l'Organisation internationale pour les migrations (OIM)",
  "UNHCR, the UN Refugee Agency": "le Haut Commissariat des Nations unies pour les réfugiés (HCR)",
  "House of Lords International Agreements Committee": "la commission des accords internationaux de la Chambre des lords",
  "UK Parliament (Hansard)": "le Parlement britannique (Hansard)",
  "UK Parliament (Home Office answer)": "le Parlement britannique (réponse du Home Office)",
  "UK Parliament (Home Secretary's written statement)": "le Parlement britannique (déclaration écrite de la ministre de l'Intérieur)",
};

/** A publisher's name as it reads after "Selon" in French. */
function frenchPublisher(name: string): string {
  return FRENCH_ARTICLE[name] ?? name;
}
