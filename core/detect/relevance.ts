/**
 * Is a page about Channel small-boat crossings? (issue 4). One strong mention is not enough: the
 * page also needs migration context ("migrants", "asylum", "Home Office", "passeurs"…) or several
 * different strong terms, which Channel 4 listings, Eurostar travel, Channel swims, regattas and
 * Channel Islands pages lack.
 */
import type { Language } from "./language";
import { contextWords, type Mention } from "./mentions";

// The sea itself, named: "the Channel", « la Manche » (not Channel 4, the Channel Islands or the tunnel).
const CHANNEL: Record<Language, RegExp> = {
  en: /\b(?:the|english)\s+channel\b(?!\s+(?:islands?|tunnel|4|four|5|five)\b)/i,
  fr: /\bla\s+manche\b(?!\s+(?:\(|département))/i,
};

// A headline and two or three paragraphs: news briefs and agency dispatches.
const SHORT_PAGE = 2500;

/** True when `text` with these mentions is about Channel crossings (needs context, not one word). */
export function isRelevant(text: string, mentions: Mention[], language: Language = "en"): boolean {
  const strong = mentions.filter((m) => !m.weak);
  // No strong term, but "crossings" or "boats" twice, the Channel named and migration words around it:
  // "Three more refugees die … in the Channel … since these crossings surged".
  if (strong.length === 0) return mentions.length >= 2 && CHANNEL[language].test(text) && contextWords(text, language).size >= 2;
  const distinct = new Set(strong.map((m) => m.text.toLowerCase().replace(/[\s\u00a0\u202f-]+/g, " ").replace(/s\b/g, ""))).size;
  // Three different terms ("small boats", "Sandhurst Treaty", "Channel crossings") make a topic by themselves.
  if (distinct >= 3) return true;
  const context = contextWords(text, language).size;
  // A short page (a headline and a few sentences) plainly about crossings needs less to show it.
  if (text.length <= SHORT_PAGE && context >= 1) return true;
  return context >= 2 || (context >= 1 && distinct >= 2);
}
