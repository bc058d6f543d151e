/**
 * Dated events that articles count "since" (issue 12): "since Labour took office", "since Rishi Sunak became
 * Prime Minister", "since the general election was called", "since the Rwanda deal was struck". One table,
 * each date with the source it was read in, so that a period's first day is never a guess.
 */
import type { ISODate } from "../data/types";

/** Where an event's date was read. */
export interface EventSource {
  publisher: string;
  title: string;
  /** The original's address, when we have opened it. */
  url?: string;
  /** A copy the original was read in (the original has no address we have opened). */
  via?: { publisher: string; url: string };
}

/** One event an article may count from. */
export interface DatedEvent {
  id: string;
  /** The day it happened; some events have two defensible days (signed, then announced). */
  dates: ISODate[];
  /** Words that name it in a "since …" phrase, matched on lower-cased text. */
  en: RegExp;
  fr: RegExp;
  source: EventSource;
}

/** Events with their dates and sources. */
export const EVENTS: readonly DatedEvent[] = [
  {
    id: "labour-in-office",
    dates: ["2024-07-05"],
    en: /\b(?:labour|starmer|the general election|the last election|the election)\b(?![^.;]{0,40}\b(?:called|announced)\b)/,
    fr: /\b(?:travaillistes|starmer|labour|gouvernement travailliste|législatives)\b/,
    source: {
      publisher: "Buckingham Palace",
      title: "Statement on the appointment of Sir Keir Starmer as Prime Minister, 5 July 2024",
      via: { publisher: "Prothom Alo (AFP)", url: "https://en.prothomalo.com/international/europe/bgjpbkyhtm" },
    },
  },
  {
    id: "election-called-2024",
    dates: ["2024-05-22"],
    en: /\b(?:general )?election (?:was )?(?:called|announced)\b|\bcalled the (?:general )?election\b/,
    fr: /\b(?:annonce|convocation) des (?:élections|législatives)\b/,
    source: {
      publisher: "Prime Minister's Office",
      title: "Rishi Sunak's statement in Downing Street calling a general election for 4 July 2024 (22 May 2024)",
      via: { publisher: "Investment Week", url: "https://www.investmentweek.co.uk/news/4213440/rishi-sunak-calls-july-election" },
    },
  },
  {
    id: "sunak-in-office",
    dates: ["2022-10-25"],
    en: /\b(?:rishi )?sunak\b[^.;]{0,80}\b(?:prime minister|pm|office|power|downing street)\b|\bthe prime minister took office\b/,
    fr: /\bsunak\b[^.;]{0,60}\b(?:premier ministre|pouvoir|fonctions)\b/,
    source: {
      publisher: "Buckingham Palace",
      title: "Court Circular, 25 October 2022",
      via: { publisher: "The Times", url: "https://www.thetimes.co.uk/article/court-circular-october-25-2022-lwxnbk0kw" },
    },
  },
  {
    id: "rwanda-partnership",
    // The memorandum is dated 13 April 2022; it was signed in public in Kigali and announced on 14 April.
    dates: ["2022-04-14", "2022-04-13"],
    en: /\brwanda\b/,
    fr: /\brwanda\b/,
    source: {
      publisher: "Home Office",
      title: "Addendum to the Memorandum of Understanding between the UK and Rwanda (“signed on 13th April 2022”)",
      url: "https://gov.uk/government/publications/memorandum-of-understanding-mou-between-the-uk-and-rwanda/addendum-to-the-memorandum-of-understanding",
    },
  },
];

/** The events a "since …" phrase names (lower-cased text), in table order. */
export function eventsNamed(text: string, language: "en" | "fr"): DatedEvent[] {
  return EVENTS.filter((e) => e[language].test(text));
}
