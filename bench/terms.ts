/**
 * The terms the baselines search for: `allTerms` for naive mark.js and the alternatives of the one
 * combined expression used by the scan floor, the write floor and mark.js `markRegExp`.
 *
 * STAND-IN until the detection core (issue 4, `core/detect/`) exports its term list: the phrases are
 * issue 4's list of mentions, English and French, with the plural and hyphen variants spelled out.
 */
export const BENCH_TERMS: readonly string[] = [
  // English
  "small boat", "small boats", "small-boat", "small-boat arrivals", "small boat arrivals", "small boat crossings",
  "small-boat crossings", "crossing the Channel", "crossing the English Channel", "crossed the Channel",
  "cross the Channel", "Channel crossings", "Channel crossing", "Channel migrants", "dinghies", "dinghy",
  "taxi boats", "taxi boat", "people smugglers", "people smuggling", "smuggling gangs", "smuggling gang",
  "Border Force", "Border Security Command", "one in, one out", "returns pilot", "Rwanda scheme",
  "Border Security, Asylum and Immigration Act", "Border Security, Asylum and Immigration Bill",
  "Sandhurst Treaty", "French coastguard", "maritime prefecture",
  // French
  "traversée de la Manche", "traversées de la Manche", "traverser la Manche", "rejoindre l'Angleterre",
  "rejoindre le Royaume-Uni", "petites embarcations", "embarcations de fortune", "canots pneumatiques",
  "taxi-boats", "passeurs", "accord un pour un", "Prémar", "CROSS Gris-Nez",
];

/** One combined, longest-first, word-bounded, case-insensitive expression (shared/docs/PERFORMANCE.md). */
export function combinedPattern(terms: readonly string[]): { source: string; flags: string } {
  const alternatives = [...new Set(terms)]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[\s\u00a0]+/g, "[\\s\\u00a0]+").replace(/'/g, "['’]"));
  return { source: `\\b(?:${alternatives.join("|")})\\b`, flags: "gi" };
}

/** What the baselines search with: the term list and its one combined expression. */
export function benchTerms(): { terms: readonly string[]; source: string; flags: string } {
  return { terms: BENCH_TERMS, ...combinedPattern(BENCH_TERMS) };
}
