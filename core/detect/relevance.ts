/**
 * Is a page about Channel small-boat crossings? (issue 4). One strong mention is not enough: the
 * page also needs migration context ("migrants", "asylum", "Home Office", "passeurs"…), which
 * Channel 4 listings, Eurostar travel, Channel swims, regattas and Channel Islands pages lack.
 */
import type { Language } from "./language";
import { contextWords, type Mention } from "./mentions";

// Thresholds chosen on the fixture corpus (tests/fixtures/articles): traps have at most one context word.
const MIN_CONTEXT_WORDS = 2;
const MIN_MENTIONS_WITHOUT_CONTEXT = 4;

/** True when `text` with these mentions is about Channel crossings (needs context, not one word). */
export function isRelevant(text: string, mentions: Mention[], language: Language = "en"): boolean {
  if (mentions.length === 0) return false;
  const context = contextWords(text, language);
  const distinctMentions = new Set(mentions.map((m) => m.text.toLowerCase())).size;
  if (context.size >= MIN_CONTEXT_WORDS) return true;
  return context.size >= 1 && distinctMentions >= MIN_MENTIONS_WITHOUT_CONTEXT;
}
