import type { FigureStatus, SourceTier } from "../data/types";
import type { TopicId } from "../topics";
import type { CardLanguage } from "./types";

/**
 * The words of the popover's sections, in English and in French as a French reader reads them (issue 13):
 * a no-break space before « : », guillemets « » around a quotation, an article before an institution's name
 * (« du Home Office », « de la Préfecture maritime »). Figures, periods and sources come from the data.
 */

/** A no-break space: French typography puts one before « : » and inside « ». */
export const NBSP = "\u00a0";

export interface CardWords {
  soFar(year: string): string;
  whole(year: string): string;
  latest(year: string): string;
  samePoint(year: string): string;
  people: string;
  chartYear: string;
  chartPoint(span: string): string;
  deaths(year: string): string;
  deathsOne(year: string): string;
  deathsYears: string;
  /** "Home Office data to 20 August 2026". */
  freshness(publisher: string, date: string): string;
  /** "Newest figure shown: … published 30 January 2026". */
  newestShown(publisher: string, published: string): string;
  asOf(date: string): string;
  published(date: string): string;
  asOfArticle(date: string): string;
  later: string;
  /** "Source:" with the colon as each language writes it. */
  source: string;
  via: string;
  quote(text: string): string;
  /** "Tidemark verdict:" before the verdict in a citation. */
  verdict: string;
  status: Record<FigureStatus, string>;
  tiers: Record<SourceTier, string>;
  titles: Record<TopicId, string>;
}

export const CARD_WORDS: Record<CardLanguage, CardWords> = {
  en: {
    soFar: (y) => `${y} so far`,
    whole: (y) => `Whole of ${y}`,
    latest: (y) => `${y} so far (latest data)`,
    samePoint: (y) => `Same point in ${y}`,
    people: "people",
    chartYear: "People arriving by small boat each year",
    chartPoint: (p) => `People arriving by small boat, ${p}, each year`,
    deaths: (y) => `Deaths in the Channel, ${y}: sources differ`,
    deathsOne: (y) => `Deaths in the Channel, ${y}`,
    deathsYears: "Deaths in the Channel: sources differ",
    freshness: (who, d) => `${who} data to ${d}`,
    newestShown: (who, d) => `Newest figure shown: ${who}, published ${d}`,
    asOf: (d) => `data as of ${d}`,
    published: (d) => `published ${d}`,
    asOfArticle: (d) => `As of the article (${d})`,
    later: "Published after this article",
    source: "Source:",
    via: "read in",
    quote: (t) => `“${t}”`,
    verdict: "Tidemark verdict:",
    status: {
      primary: "Read in the original document",
      secondary: "Seen in a copy that names the original",
      unverified: "Not verified",
    },
    tiers: {
      "official-statistics": "Official statistics", "official-operational": "Official operational data",
      "parliamentary-record": "Parliament", legislation: "Legislation", "international-organisation": "International organisation",
      ngo: "Charity or NGO", "press-report": "Press report",
    },
    titles: {
      arrivals: "Small-boat arrivals", "returns-deal": "UK–France returns pilot", rwanda: "The Rwanda scheme",
      "law-2025": "Border Security, Asylum and Immigration Act 2025", "payments-france": "UK funding committed to France",
      "french-tactics": "French policing of the coast", deaths: "Deaths in the Channel", smuggling: "People smuggling",
      asylum: "Asylum claims by arrivals",
    },
  },
  fr: {
    soFar: (y) => `${y} jusqu’ici`,
    whole: (y) => `Toute l’année ${y}`,
    latest: (y) => `${y} jusqu’ici (dernières données)`,
    samePoint: (y) => `Même date en ${y}`,
    people: "personnes",
    chartYear: "Arrivées en small boats par année",
    chartPoint: (p) => `Arrivées en small boats, ${p}, chaque année`,
    deaths: (y) => `Morts dans la Manche, ${y}${NBSP}: les sources divergent`,
    deathsOne: (y) => `Morts dans la Manche, ${y}`,
    deathsYears: `Morts dans la Manche${NBSP}: les sources divergent`,
    freshness: (who, d) => `Données ${ofPublisher(who)} jusqu’au ${d}`,
    newestShown: (who, d) => `Chiffre le plus récent affiché${NBSP}: ${capitalise(ofPublisherPhrase(who))}, publié ${d}`,
    asOf: (d) => `données au ${d}`,
    published: (d) => `publié ${d}`,
    asOfArticle: (d) => `À la date de l’article (${d})`,
    later: "Publié après cet article",
    source: `Source${NBSP}:`,
    via: "lu dans",
    quote: (t) => `«${NBSP}${t}${NBSP}»`,
    verdict: `Verdict de Tidemark${NBSP}:`,
    status: {
      primary: "Lu dans le document original",
      secondary: "Relevé dans une copie qui cite l’original",
      unverified: "Non vérifié",
    },
    tiers: {
      "official-statistics": "Statistiques officielles", "official-operational": "Données opérationnelles officielles",
      "parliamentary-record": "Parlement", legislation: "Législation", "international-organisation": "Organisation internationale",
      ngo: "Association ou ONG", "press-report": "Article de presse",
    },
    titles: {
      arrivals: "Arrivées en small boats", "returns-deal": "Projet pilote franco-britannique de retours", rwanda: "Le plan britannique d’expulsions vers le Rwanda",
      "law-2025": "Loi britannique de 2025 sur la sécurité des frontières", "payments-france": "Financements promis par le Royaume-Uni à la France",
      "french-tactics": "Surveillance française du littoral", deaths: "Morts dans la Manche", smuggling: "Passeurs",
      asylum: "Demandes d’asile des arrivants",
    },
  },
};

// French names of institutions with their article, as a French reader writes them after « de ».
const FRENCH_OF: Record<string, string> = {
  "Home Office": "du Home Office",
  "Ministry of Defence": "du ministère britannique de la Défense",
  "Préfecture maritime de la Manche et de la mer du Nord": "de la Préfecture maritime de la Manche et de la mer du Nord",
  "Crown Prosecution Service": "du Crown Prosecution Service",
  "Refugee Council": "du Refugee Council",
  "Office de lutte contre le trafic illicite de migrants (OLTIM)": "de l’Office de lutte contre le trafic illicite de migrants (OLTIM)",
  "International Organization for Migration (IOM)": "de l’Organisation internationale pour les migrations (OIM)",
  "UNHCR, the UN Refugee Agency": "du Haut Commissariat des Nations unies pour les réfugiés (HCR)",
  "House of Lords International Agreements Committee": "de la commission des accords internationaux de la Chambre des lords",
  "UK Parliament (Hansard)": "du Parlement britannique (Hansard)",
  "UK Parliament (Home Office answer)": "du Parlement britannique (réponse du Home Office)",
  "UK Parliament (Home Secretary's written statement)": "du Parlement britannique (déclaration écrite de la ministre de l’Intérieur)",
  "UK and French governments": "des gouvernements britannique et français",
  "AFP": "de l’AFP",
};

/** « du Home Office », « de la Préfecture maritime… », « de l’AFP », « de LBC ». */
export function ofPublisher(publisher: string): string {
  return FRENCH_OF[publisher] ?? (/^[aeiouyéèêàâîôûh]/i.test(publisher) ? `de l’${publisher}` : `de ${publisher}`);
}

// "la Préfecture maritime…", "le Home Office": the name with its article, for « Chiffre… : la Préfecture… ».
function ofPublisherPhrase(publisher: string): string {
  const of = ofPublisher(publisher);
  return of.replace(/^du /, "le ").replace(/^des /, "les ").replace(/^de la /, "la ").replace(/^de l’/, "l’").replace(/^de /, "");
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
