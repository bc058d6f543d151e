/**
 * What a figure counts (issue 12), read from its own clause: the noun after it ("19,982 people",
 * "12 boats", « 46 morts »), a verb ("were detected", "died", « ont tenté la traversée »), or the subject
 * before it ("arrivals stood at", "the total … to", "a record of"). In the press a crossing is a person,
 * not a boat. Measures with no dataset behind them (attempts, rescues, nationalities, all routes, forecasts…)
 * are named so that they are never compared with arrivals.
 */
import type { Language } from "./language";
import { hedgeStart, type NumberToken } from "./numbers";

/** What a figure counts. */
export type Metric =
  | "people" // people arriving by small boat
  | "boats" // boats arriving
  | "deaths" // people who died or went missing
  | "returns" // people returned to France (returns pilot)
  | "admissions" // people admitted to the UK under the returns pilot
  | "arrests" // people arrested (no official series: unverifiable unless curated)
  | "officers" // police, gendarmes: no official series, reported as unverifiable
  | "other" // drones, ships, attempts, rescues…: recognised so that they are reported as unverifiable
  | "money" // money (value in the currency's units)
  | "percent" // a share or a change in percent
  | "people-per-boat" // average people per boat
  | "people-per-day"; // average people per day over a period

/** A measure no official series answers: the figure is shown as "cannot be checked" with this reason. */
export type NoData =
  | "attempts" // attempted crossings, departures tried (counted by the French side)
  | "prevented" // crossings prevented or intercepted
  | "rescues" // people rescued at sea
  | "nationality" // arrivals of one nationality
  | "subgroup" // children, women, men…: part of the arrivals
  | "all-routes" // irregular arrivals by every route, not small boats alone
  | "asylum" // asylum claims, backlog, decisions, hotels
  | "capacity" // a boat's capacity, places, seats
  | "forecast" // a projection, target or pledge
  | "share"; // a share in percent that no curated figure gives

/** A figure's measure as read from its clause. */
export interface Measure {
  metric: Metric;
  /** Where the words that say it end (the claim's text runs to here). */
  end: number;
  /** True when the figure's own words say what it counts (not taken from another figure). */
  explicit: boolean;
  noData?: NoData;
  /** A rate ("50 returns a week"): never compared with a total. */
  rate?: "day" | "week" | "month";
}

type Rule = [Metric, RegExp, NoData?];

// Nouns right after a figure, at most two words between ("20,000 more people", "872 small-boat migrants").
// Checked in order: the first hit wins.
const AFTER: Record<Language, Rule[]> = {
  en: [
    ["people-per-boat", /^(?:(?:people|migrants|passengers|persons)\s+)?(?:per|a|on\s+(?:each|every|average\s+per))\s+(?:boat|dinghy|vessel)/i],
    ["deaths", /^(?:[\p{L}-]+\s+){0,2}?(?:deaths|dead|died|drowned|fatalities|lives|bodies)\b/iu],
    ["deaths", /^(?:people|migrants|men|women|children|of\s+them|others|adults)\s+(?:have\s+|had\s+|were\s+)?(?:died|die|drowned|perished|lost\s+their\s+li(?:fe|ves)|killed|dead|were\s+found\s+dead)/i],
    ["other", /^(?:[\p{L}-]+\s+){0,2}?(?:attempts|attempted\s+crossings|departures\s+(?:attempted|tried))\b/iu, "attempts"],
    ["returns", /^(?:[\p{L}-]+\s+){0,2}?(?:people|migrants|asylum[\s-]seekers|individuals|men)?\s*(?:have\s+been\s+|had\s+been\s+|were\s+|being\s+)?(?:returned|sent\s+back|removed\s+to\s+france|deported\s+to\s+france)/iu],
    ["returns", /^(?:[\p{L}-]+\s+){0,1}?returns\b/iu],
    ["admissions", /^(?:[\p{L}-]+\s+){0,2}?(?:people|migrants|asylum[\s-]seekers|individuals)?\s*(?:have\s+been\s+|had\s+been\s+|were\s+)?(?:admitted|accepted|brought\s+to\s+the\s+uk|allowed\s+in)/iu],
    ["arrests", /^(?:[\p{L}-]+\s+){0,2}?(?:arrests|people\s+(?:were\s+|have\s+been\s+)?arrested|suspects|(?:people\s+)?smugglers\s+(?:were\s+|have\s+been\s+)?(?:arrested|detained|convicted|jailed))\b/iu],
    ["other", /^(?:[\p{L}-]+\s+){0,2}?(?:children|minors|women|unaccompanied)\b/iu, "subgroup"],
    ["other", /^(?:[\p{L}-]+\s+){0,1}?(?:albanians|afghans|iranians|eritreans|syrians|iraqis|sudanese|vietnamese|somalis|ethiopians|kurds|egyptians|yemenis)\b/iu, "nationality"],
    ["other", /^(?:[\p{L}-]+\s+){0,2}?(?:asylum\s+(?:claims|applications|seekers\s+in\s+hotels|cases)|hotels|claims)\b/iu, "asylum"],
    ["boats", /^(?:[\p{L}-]+\s+){0,2}?(?:boats|dinghies|vessels|launches)\b/iu],
    ["people", /^(?:[\p{L}-]+\s+){0,2}?(?:people|persons|migrants|individuals|asylum[\s-]seekers|arrivals|adults|men|crossers|crossings|refugees)\b/iu],
    ["people", /^(?:(?:more|others?|had|have|people)\s+)?(?:made\s+the\s+(?:journey|crossing|trip)|made\s+it|crossed|arrived|came|landed|reached\s+(?:the\s+uk|britain|england|dover)|(?:were|have\s+been|had\s+been)\s+(?:detected|recorded|brought\s+ashore))\b/i],
  ],
  fr: [
    ["people-per-boat", /^(?:(?:personnes|migrants|passagers|exil[ée]s)\s+)?(?:par|en\s+moyenne\s+par)\s+(?:bateau|embarcation|canot)/i],
    ["deaths", /^(?:[\p{L}-]+\s+){0,2}?(?:morts|décès|victimes|noyés|tués|disparus|corps)\b/iu],
    ["deaths", /^(?:le|la|les)\s+(?:nombre|bilan|total)\s+(?:de|des)\s+(?:morts|décès|victimes)/iu],
    ["deaths", /^(?:personnes|migrants|exil[ée]s|hommes|femmes|enfants)\s+(?:sont\s+|ont\s+)?(?:morts?|mortes|décédée?s|péri|noyée?s|perdu\s+la\s+vie)/iu],
    ["other", /^(?:[\p{L}-]+\s+){0,2}?(?:tentatives|départs\s+(?:tentés|empêchés)|traversées\s+(?:empêchées|avortées|déjouées))\b/iu, "attempts"],
    ["returns", /^(?:[\p{L}-]+\s+){0,2}?(?:personnes|migrants|exil[ée]s)?\s*(?:ont\s+été\s+|avaient\s+été\s+)?(?:renvoyé(?:e)?s|réadmis(?:es)?|retournés)/iu],
    ["admissions", /^(?:[\p{L}-]+\s+){0,2}?(?:personnes|migrants)?\s*(?:ont\s+été\s+)?(?:admis(?:es)?|accueilli(?:e)?s)\s+(?:au\s+royaume-uni|outre-manche)/iu],
    ["other", /^(?:[\p{L}-]+\s+){0,2}?(?:enfants|mineurs|femmes)\b/iu, "subgroup"],
    ["other", /^(?:[\p{L}-]+\s+){0,1}?(?:albanais|afghans|iraniens|érythréens|syriens|irakiens|soudanais|vietnamiens|somaliens|kurdes)\b/iu, "nationality"],
    ["boats", /^(?:[\p{L}-]+\s+){0,2}?(?:bateaux|embarcations|canots|small\s+boats)\b/iu],
    ["arrests", /^(?:[\p{L}-]+\s+){0,2}?(?:interpellations|arrestations|personnes\s+(?:ont\s+été\s+)?interpellées|passeurs\s+(?:ont\s+été\s+)?(?:interpellés|arrêtés))/iu],
    ["people", /^(?:[\p{L}-]+\s+){0,2}?(?:personnes|migrants|exil[ée]s|individus|demandeurs\s+d['’]asile|arrivées|adultes|passagers|traversées|passages)(?![\p{L}])/iu],
    ["people", /^(?:ont\s+(?:traversé|rejoint|gagné)|sont\s+arrivée?s)/iu],
  ],
};

// When no noun follows, the subject before the figure may say it ("arrivals reached 19,982").
const BEFORE: Record<Language, Rule[]> = {
  en: [
    ["people-per-boat", /\baverage\s+(?:number\s+of\s+)?(?:people|migrants|passengers)\s+(?:per|on\s+each|in\s+each)\s+(?:boat|dinghy|vessel)\b[^.;]{0,60}$/i],
    ["deaths", /\b(?:deaths?|(?:death\s+)?toll|died|dead|drowned)\b[^.;]{0,40}$/i],
    ["returns", /\b(?:returns|returned|sent\s+back)\b[^.;]{0,40}$/i],
    ["boats", /\b(?:boats|dinghies|vessels)\b(?:\s+\w+){0,4}\s+(?:to|at|of|was|were|reached|totalled|totaled)\s*$/i],
    ["people", /\b(?:arrivals|people|migrants|crossings|(?:the\s+)?number\s+(?:of\s+(?:people|migrants|arrivals)|crossing|arriving)|total|tally|figure|record)\b[^.;]{0,100}$/i],
    ["people", /\bthey\s+(?:were|numbered|totalled|had\s+been)\s*$/i],
    // "Home Office figures show 299 in 2018": the article's count, named by its source.
    ["people", /\b(?:figures|data|statistics|numbers)\s+(?:show|showed|shows|reveal|revealed)\s*$/i],
  ],
  fr: [
    ["deaths", /\b(?:morts|décès|victimes|bilan|noyés)\b[^.;]{0,40}$/iu],
    ["returns", /\b(?:renvoyés|renvois|expulsions)\b[^.;]{0,40}$/iu],
    ["people", /(?:arrivées|personnes|migrants|exil[ée]s|nombre\s+de\s+(?:personnes|migrants|traversées)|total|traversée|record)[^.;]{0,100}$/iu],
    ["people", /(?:elles|ils)\s+(?:étaient|sont|avaient\s+été|ont\s+été|seraient)\s*$/iu],
    ["people", /(?<![\p{L}])(?:compté|recensé|enregistré|dénombré)\s*$/iu],
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

// Verbs in the figure's clause that turn a count of people into something else.
const CLAUSE: Record<Language, Rule[]> = {
  en: [
    ["deaths", /\b(?:died|die|dying|drowned|perished|lost\s+their\s+li(?:fe|ves)|were\s+killed|found\s+dead)\b/i],
    ["returns", /\b(?:(?:been|were|being)\s+returned|sent\s+back|removed\s+to\s+france)\b/i],
    ["admissions", /\b(?:(?:been|were|being)\s+admitted|brought\s+to\s+the\s+uk)\b/i],
    ["arrests", /\b(?:arrested|detained|convicted|jailed)\b/i],
    ["other", /\b(?:prevented|stopped|intercepted|thwarted|foiled)\b/i, "prevented"],
    ["other", /\b(?:rescued|saved)\b/i, "rescues"],
    ["other", /\b(?:attempt(?:ed|ing)?|tried)\s+(?:to\s+)?(?:the\s+)?(?:cross|crossing|journey|reach)/i, "attempts"],
  ],
  fr: [
    ["deaths", /\b(?:morts?|mortes|décédée?s|péri|noyée?s|perdu\s+la\s+vie)\b/iu],
    ["returns", /\b(?:renvoyée?s|expulsée?s|réadmise?s)\b/iu],
    ["admissions", /\b(?:admise?s|accueillie?s)\b/iu],
    ["arrests", /\b(?:interpellée?s|arrêtée?s|condamnée?s)\b/iu],
    ["other", /(?<![\p{L}])(?:empêchée?s|intercepté(?:e|s|es)?|déjouée?s|avortée?s)(?![\p{L}])/iu, "prevented"],
    ["other", /\b(?:secouru(?:e|s|es)?|sauvée?s|repêchée?s)\b/iu, "rescues"],
    ["other", /(?<![\p{L}])(?:tent(?:é|er|ent|ant|aient)|tentatives?)(?![\p{L}])/iu, "attempts"],
  ],
};

// An arrival verb after the figure's noun settles that it counts arrivals ("25.000 migrants sont arrivés").
// The verb must be the figure's own, not a relative clause's ("281 people who arrived … have been returned").
const ARRIVED: Record<Language, RegExp> = {
  en: /^(?:(?!\b(?:who|that|which)\b)[\s\S]){0,40}?\b(?:crossed|arrived|made\s+the\s+(?:journey|crossing|trip)|landed|reached|have\s+entered|had\s+entered|were\s+detected)\b/i,
  fr: /^(?:(?!\b(?:qui|que|dont)\b)[\s\S]){0,40}?(?:sont\s+arrivée?s|ont\s+(?:traversé|rejoint|gagné|atteint|réussi)|ont\s+effectué\s+la\s+traversée)(?![\p{L}])/iu,
};

// Words anywhere in the sentence that make every count of people in it something no series answers.
const SENTENCE_MARKERS: Record<Language, [RegExp, NoData][]> = {
  en: [
    [/\bnationalit|\bmost\s+common\s+(?:origin|country|nationality)|\bfrom\s+a\s+single\s+country\b|\bcountry\s+of\s+origin\b/i, "nationality"],
    [/\birregular\s+arrivals\b|\billegal\s+arrivals\b|\ball\s+(?:irregular\s+)?routes\b|\bdetected\s+(?:irregular|illegal)\s+(?:arrivals|entr)/i, "all-routes"],
    [/\b(?:backlog|awaiting\s+(?:a\s+)?decision|in\s+hotels|asylum\s+(?:claims|applications|decisions))\b/i, "asylum"],
    [/\b(?:capacity|designed\s+to\s+carry|could\s+carry|crammed|packed)\b/i, "capacity"],
    [/\b(?:expect(?:s|ed)?|could\s+(?:reach|hit|top)|on\s+course\s+(?:for|to)|projected|forecast|target|pledged?\s+to|aims?\s+to|would\s+(?:reach|see)|by\s+the\s+end\s+of\s+(?:the|this)\s+year)\b/i, "forecast"],
  ],
  fr: [
    [/\bnationalit|\bpays\s+d['’]origine\b/iu, "nationality"],
    [/\barrivées\s+irrégulières\b|\btoutes\s+voies\s+confondues\b/iu, "all-routes"],
    [/\b(?:demandes\s+d['’]asile|en\s+attente\s+d['’]une\s+décision|hôtels)\b/iu, "asylum"],
    [/(?<![\p{L}])(?:capacité|prévue?s?\s+pour)(?![\p{L}])/iu, "capacity"],
    [/\b(?:devraient|devrait|pourrai(?:en)?t|atteindre\s+[^.;]{0,40}à\s+la\s+fin\s+de\s+l['’]ann[ée]e|prévision|objectif|s['’]achemine\s+vers|s['’]attend(?:ent)?|d['’]ici\s+la\s+fin\s+de\s+l['’]ann[ée]e)\b/iu, "forecast"],
  ],
};

// Rates ("50 returns a week", "100 par jour") are not totals.
const RATE_AFTER = /^[\s\u00a0]*(?:a|per|each|every|par|chaque)\s+(week|day|month|night|semaine|jour|mois|nuit)\b/iu;
const AVERAGE_BEFORE = /\b(?:average|averaging|moyenne)\b[^.;]{0,25}$/iu;

// Police, gendarmes and patrols: counted by nobody whose figures we hold.
const OFFICERS: Record<Language, RegExp> = {
  en: /^(?:[\p{L}-]+\s+){0,2}?(?:(police|officers|gendarmes|agents|staff)|drones|ships|patrols|aircraft)\b/iu,
  fr: /^(?:[\p{L}-]+\s+){0,2}?(?:(policiers|gendarmes|agents|fonctionnaires|forces\s+de\s+l['’]ordre)|drones|navires|patrouilles)\b/iu,
};

// Forecasts and capacities are said of one clause ("… on course to reach 60,000"), not of the whole sentence.
const CLAUSE_ONLY = new Set<NoData>(["forecast", "capacity"]);

/**
 * The measure a sentence's words give every count in it, when they name one no series answers: topics
 * (nationalities, all routes, asylum) anywhere in the sentence, forecasts and capacities in the figure's clause.
 */
export function sentenceNoData(sentence: string, clause: string, language: Language): NoData | undefined {
  return SENTENCE_MARKERS[language].find(([re, kind]) => re.test(CLAUSE_ONLY.has(kind) ? clause : sentence))?.[1];
}

/**
 * What `t` counts, from the words of its own clause (`clauseEnd` is where its clause stops), or null when
 * its words do not say (the claim reader may then take the measure of a figure it restates or compares with).
 */
export function measureOf(text: string, t: NumberToken, sentenceStart: number, clauseEnd: number, language: Language): Measure | null {
  if (t.percent) return { metric: "percent", end: t.end, explicit: true };
  if (t.currency) return { metric: "money", end: t.end, explicit: true };
  const afterRaw = text.slice(t.end, Math.min(clauseEnd, t.end + 80));
  const after = afterRaw.replace(/^[\s\u00a0\u202f]+/, "");
  const lead = afterRaw.length - after.length;
  let found: Measure | null = null;
  for (const [metric, re, noData] of AFTER[language]) {
    const m = re.exec(after);
    if (m) {
      found = { metric, end: t.end + lead + m[0].length, explicit: true, ...(noData ? { noData } : {}) };
      break;
    }
  }
  if (!found) {
    const other = OFFICERS[language].exec(after);
    if (other) return { metric: other[1] ? "officers" : "other", end: t.end + lead + other[0].length, explicit: true };
  }
  const before = text.slice(Math.max(sentenceStart, t.start - 120), hedgeStart(text, t, language));
  if (!found) {
    for (const [metric, re] of VERB_BEFORE[language]) if (metric !== "deaths" && re.test(before)) return { metric, end: t.end, explicit: true };
    for (const [metric, re] of BEFORE[language]) {
      if (re.test(before)) {
        // "arrivals stood at", "the total fell to": a count named before the figure; "a record of" alone is not.
        found = { metric, end: t.end, explicit: metric !== "people" || /\b(?:arrivals|people|migrants|crossings|total|tally|personnes|arrivées|exil)/iu.test(before.slice(-60)) };
        break;
      }
    }
  }
  if (!found) return null;
  if (found.metric !== "money" && found.metric !== "percent") {
    const rate = RATE_AFTER.exec(text.slice(found.end, found.end + 24));
    if (rate) {
      const unit = /week|semaine/i.test(rate[1]!) ? "week" : /month|mois/i.test(rate[1]!) ? "month" : "day";
      // "An average of 52 people per day" over a period is checkable; "100 a day" alone is a rate.
      if (unit === "day" && found.metric === "people" && AVERAGE_BEFORE.test(before)) return { ...found, metric: "people-per-day", end: found.end + rate[0].length };
      return { ...found, rate: unit };
    }
  }
  if (found.metric !== "people" || found.noData) return found;
  const lead40 = text.slice(Math.max(sentenceStart, t.start - 40), hedgeStart(text, t, language));
  for (const [metric, re] of VERB_BEFORE[language]) if (re.test(lead40)) return { metric, end: found.end, explicit: true };
  // The rest of the clause: "193 people who arrived … have been returned", « 533 tentatives … impliquant 18.763 migrants ».
  const clause = text.slice(found.end, clauseEnd);
  const arrived = ARRIVED[language].test(text.slice(found.end, Math.min(clauseEnd, found.end + 60)));
  if (arrived) return found;
  for (const [metric, re, noData] of CLAUSE[language]) {
    // Verbs of attempts, preventions and rescues may also stand before the figure ("rescued 60 people").
    if (re.test(clause) || (noData && re.test(before.slice(-50)))) return { metric, end: found.end, explicit: true, ...(noData ? { noData } : {}) };
  }
  return found;
}
