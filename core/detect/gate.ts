/**
 * The cheap first test for a whole page (PERFORMANCE.md "gate first"): no strong stem, no work. On its
 * own module so the content script, which runs it on every page, holds this one expression and none of
 * the lexicon (the mentions themselves are read by the background, issue 15).
 */
const GATE = /small[\s\u00a0-]*boat|channel|manche|smuggl|passeur|rwanda|border (?:force|security)|embarcation|one in,? one out|un pour un|taxi[\s-]*boat|pr[ée]mar|sandhurst|dinghies|canots? pneumatique/i;

/** True when `text` may mention Channel crossings at all: one regex test before any heavier work. */
export function mayMention(text: string): boolean {
  return GATE.test(text);
}
