/**
 * The words Tidemark looks for, in English and French, each with its topic (issue 4).
 * Terms are written as regular-expression source with two conventions: a space means "spaces,
 * no-break spaces or a hyphen" and an apostrophe means ' or ’. None may cross a block separator.
 */
import type { TopicId } from "../topics";
import type { Language } from "./language";

/** One term of the lexicon. */
export interface Term {
  /** Pattern source (see the conventions above). */
  pattern: string;
  topic: TopicId;
  /** Context-dependent ("boats", "crossings"): a mention only near a strong term on a relevant page. */
  weak?: boolean;
}

// Negative lookaheads for travel, sport and leisure uses of "crossing the Channel".
const NOT_TRAVEL_EN = String.raw`(?! (?:by|on|aboard|in|via) (?:the )?(?:train|rail|ferry|ferries|eurostar|tunnel|car|coach|plane|air|hovercraft|le shuttle|balloon|hot air balloon|jet ?ski|paddleboard|kayak|rowing boat)|(?: [\p{L}]+)? (?:swim|swimmer|relay)| (?:solo|in record time|twice))`;
const NOT_TRAVEL_FR = String.raw`(?! (?:à la nage|en ferry|en train|par le tunnel|en eurostar|en voiture|à la rame|en kayak|en paddle|en montgolfière))`;
// Travellers "crossing the Channel" are not migrants: holidaymakers, lorries, ferry passengers.
const NOT_TRAVELLERS_EN = String.raw`(?<!(?:passengers|holidaymakers|travellers|travelers|tourists|drivers|motorists|lorries|hauliers|cars|coaches|swimmers?|sailors|yachts|rowers|commuters|fans|families) )`;
// "Ferries across the Channel", "sailing across the Channel": travel, not crossings by migrants.
const NOT_FERRYING_EN = String.raw`(?<!(?:ferry|ferries|sail|sailed|sailing|swim|swam|swimming|fly|flew|flying|row|rowed|rowing|paddle|paddled|paddling|trade|trading|relations|cooperation|co-operation|goods|freight|lorries|trains?) )`;
/**
 * The travel and leisure guards above are lookarounds that only ever rule a match out. The mention
 * matcher leaves them out of its combined expression and checks them on a match of a guarded term
 * (mentions.ts): compiling the combined expression is paid on every page load, and these guards were
 * half of it (issue 15).
 */
export const GUARDS: readonly string[] = [NOT_TRAVELLERS_EN, NOT_FERRYING_EN, NOT_TRAVEL_EN, NOT_TRAVEL_FR];

const Q_OPEN = String.raw`(?:[«"“] ?)?`;
const Q_CLOSE = String.raw`(?: ?[»"”])?`;

/** English terms. */
export const TERMS_EN: Term[] = [
  // arrivals
  { pattern: String.raw`small boats? (?:arrivals?|crossings?|migrants?)`, topic: "arrivals" },
  { pattern: String.raw`small boats?`, topic: "arrivals" },
  { pattern: String.raw`(?:english )?channel (?:crossings?|migrants?|migration)`, topic: "arrivals" },
  { pattern: String.raw`${NOT_TRAVELLERS_EN}(?:illegal(?:ly)? |irregular )?cross(?:ing|ed|es)? the (?:english )?channel${NOT_TRAVEL_EN}`, topic: "arrivals" },
  { pattern: String.raw`${NOT_TRAVELLERS_EN}(?:illegal(?:ly)? |irregular )?cross the (?:english )?channel${NOT_TRAVEL_EN}`, topic: "arrivals" },
  { pattern: String.raw`migrant (?:boats?|dinghies|dinghy|crossings?)`, topic: "arrivals" },
  // "ferried … migrants across the English Channel", "the journey across the Channel"
  { pattern: String.raw`${NOT_FERRYING_EN}across the (?:english )?channel${NOT_TRAVEL_EN}`, topic: "arrivals" },
  // Headlines drop the article: "Two migrants die trying to cross Channel", "migrants crossing Channel in small boats".
  // Spaces only: "cross-Channel" is a ferry, a rail link or trade.
  { pattern: String.raw`cross(?:ing|ed|es)?[^\S\n]+channel(?![^\S\n]+(?:ferr|rail|trade|route|service|link|relation|traffic|freight|swim|travel|tunnel|trip))`, topic: "arrivals" },
  { pattern: String.raw`(?:inflatable |rubber )?dinghies`, topic: "arrivals", weak: true },
  { pattern: String.raw`(?:inflatable |rubber )?dinghy`, topic: "arrivals", weak: true },
  { pattern: String.raw`inflatable boats?`, topic: "arrivals", weak: true },
  { pattern: String.raw`boats?`, topic: "arrivals", weak: true },
  { pattern: String.raw`crossings?(?! (?:the|la) )`, topic: "arrivals", weak: true },
  { pattern: String.raw`border force`, topic: "arrivals" },
  // smuggling
  { pattern: String.raw`border security command(?:er)?`, topic: "smuggling" },
  { pattern: String.raw`people smuggl(?:ers?|ing)(?: gangs?| networks?| rings?)?`, topic: "smuggling" },
  { pattern: String.raw`(?:criminal )?smuggling (?:gangs?|networks?|rings?)`, topic: "smuggling" },
  { pattern: String.raw`smugglers?`, topic: "smuggling", weak: true },
  // returns deal
  { pattern: String.raw`one in,? one out(?:${Q_CLOSE} (?:returns? )?(?:deal|scheme|pilot|agreement|treaty|arrangement))?`, topic: "returns-deal" },
  { pattern: String.raw`(?:uk france |france uk )?returns? (?:pilot|deal)`, topic: "returns-deal" },
  { pattern: String.raw`agreement on the prevention of dangerous journeys`, topic: "returns-deal" },
  // rwanda
  { pattern: String.raw`safety of rwanda (?:\(asylum and immigration\) )?(?:act|bill)`, topic: "rwanda" },
  { pattern: String.raw`rwanda (?:scheme|plan|policy|deal|deportation scheme|deportations?|flights?|partnership)`, topic: "rwanda" },
  // law
  { pattern: String.raw`border security, asylum and immigration (?:act|bill)(?: 2025)?`, topic: "law-2025" },
  // payments
  { pattern: String.raw`sandhurst (?:treaty|agreement)`, topic: "payments-france" },
  { pattern: String.raw`(?:the )?2023 (?:deal|agreement) with france|(?:the )?three year deal with france`, topic: "payments-france" },
  // french tactics
  { pattern: String.raw`taxi boats?`, topic: "french-tactics" },
  { pattern: String.raw`french (?:coastguard|coast guard)s?`, topic: "french-tactics" },
  { pattern: String.raw`(?:french )?maritime prefecture(?: for the channel and north sea)?|pr[ée]mar`, topic: "french-tactics" },
  { pattern: String.raw`cross gris nez`, topic: "french-tactics" },
];

/** French terms. */
export const TERMS_FR: Term[] = [
  { pattern: String.raw`travers[ée]es? (?:(?:périlleuses?|illégales?|clandestines?|dangereuses?|meurtrières?|irrégulières?) )?(?:de|dans) la manche${NOT_TRAVEL_FR}`, topic: "arrivals" },
  { pattern: String.raw`travers(?:er|ent|ant|é|ée|ées|és|ait|aient|eront) (?:(?:illégalement|clandestinement|irrégulièrement) )?la manche${NOT_TRAVEL_FR}`, topic: "arrivals" },
  // "tenté la traversée", "tentatives de traversée": when "de la Manche" follows, the term above is the mention.
  { pattern: String.raw`tent(?:é|er|ent|ant|aient|ait) (?:la|une|cette) (?:(?:périlleuse|dangereuse) )?traversée(?! (?:de|dans) la manche)`, topic: "arrivals" },
  { pattern: String.raw`tentatives? de (?:traversée|départ)s?(?! (?:de|dans) la manche)(?: vers l'angleterre| vers le royaume uni)?`, topic: "arrivals" },
  { pattern: String.raw`(?:arrivées?|migrants?|exilés?|passages?) (?:\S+ ){0,3}?par la manche`, topic: "arrivals" },
  { pattern: String.raw`accord migratoire`, topic: "returns-deal" },
  { pattern: String.raw`rejoindre (?:l'angleterre|le royaume uni|les côtes anglaises|la grande bretagne)`, topic: "arrivals" },
  { pattern: String.raw`small boats?`, topic: "arrivals" },
  { pattern: String.raw`petites? embarcations?`, topic: "arrivals" },
  { pattern: String.raw`embarcations? de fortune`, topic: "arrivals" },
  { pattern: String.raw`canots? pneumatiques?`, topic: "arrivals" },
  { pattern: String.raw`embarcations?|bateaux de migrants|traversées`, topic: "arrivals", weak: true },
  { pattern: String.raw`taxi boats?|bateaux taxis?`, topic: "french-tactics" },
  { pattern: String.raw`pr[ée]fecture maritime(?: de la manche(?: et de la mer du nord)?)?|pr[ée]mar(?: manche)?`, topic: "french-tactics" },
  { pattern: String.raw`cross gris nez|centre r[ée]gional op[ée]rationnel de surveillance et de sauvetage`, topic: "french-tactics" },
  { pattern: String.raw`(?:r[ée]seaux? de |filières? de )?passeurs`, topic: "smuggling" },
  { pattern: String.raw`r[ée]seaux? de passeurs|passeur`, topic: "smuggling", weak: true },
  { pattern: String.raw`accord ${Q_OPEN}un pour un${Q_CLOSE}|accord ${Q_OPEN}one in,? one out${Q_CLOSE}|un pour un|one in,? one out|un entrant,? un sortant`, topic: "returns-deal" },
  { pattern: String.raw`traité de sandhurst|accord de sandhurst`, topic: "payments-france" },
  { pattern: String.raw`(?:plan|accord|projet|loi|programme) (?:britannique )?(?:sur le |avec le )?rwanda`, topic: "rwanda" },
  { pattern: String.raw`border force`, topic: "arrivals" },
  { pattern: String.raw`border security command`, topic: "smuggling" },
];

/** The lexicon of a language. */
export function termsFor(language: Language): Term[] {
  return language === "fr" ? TERMS_FR : TERMS_EN;
}

// Words that show a page is about migration, not about ferries, TV or sport (see relevance.ts).
// Places and services (Calais, coastguard, Border Force) are left out on purpose: travel pages use them too.
export const CONTEXT_EN = String.raw`migrants?|migration|asylum(?: seekers?)?|home office|home secretary|smugglers?|smuggling|immigration|refugees?|deport(?:ed|ations?)?|illegal(?:ly)? entry|illegal migration|irregular migration|people smugglers?`;
export const CONTEXT_FR = String.raw`migrants?|migratoires?|migration|exil[ée]s|demandeurs? d'asile|asile|passeurs?|home office|immigration|r[ée]fugi[ée]s|immigration clandestine|clandestins?`;
