/**
 * Is a page about Channel small-boat crossings? (issue 4). One strong mention is not enough: the
 * page also needs migration context ("migrants", "asylum", "Home Office", "passeurs"…) or several
 * different strong terms, which Channel 4 listings, Eurostar travel, Channel swims, regattas and
 * Channel Islands pages lack.
 */
import type { Language } from "./language";
import { contextWords, type Mention } from "./mentions";

/** True when `text` with these mentions is about Channel crossings (needs context, not one word). */
export function isRelevant(text: string, mentions: Mention[], language: Language = "en"): boolean {
  const strong = mentions.filter((m) => !m.weak);
  if (strong.length === 0) return false;
  const distinct = new Set(strong.map((m) => m.text.toLowerCase().replace(/[\s\u00a0\u202f-]+/g, " ").replace(/s\b/g, ""))).size;
  // Three different terms ("small boats", "Sandhurst Treaty", "Channel crossings") make a topic by themselves.
  if (distinct >= 3) return true;
  const context = contextWords(text, language).size;
  return context >= 2 || (context >= 1 && distinct >= 2);
}
