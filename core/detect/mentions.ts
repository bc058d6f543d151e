/**
 * Mentions of Channel crossings in plain text (issue 4): one combined, longest-first, word-bounded
 * RegExp per language, built once; returns offsets and never touches a document.
 */
import type { TopicId } from "../topics";
import type { Language } from "./language";
import { CONTEXT_EN, CONTEXT_FR, termsFor, type Term } from "./lexicon";

/** One mention: `text.slice(start, end)` and its topic. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  topic: TopicId;
  /** A context-dependent term ("boats", "crossings"); relevance counts only the others. */
  weak?: true;
}

// A space in a term: spaces (incl. U+00A0, U+202F) or a hyphen, never a block separator ("\n").
const GAP = String.raw`(?:[^\S\n]*[-‐‑–][^\S\n]*|[^\S\n]+)`;
const APOS = "['’]";
const WORD_CHAR = /[\p{L}\p{N}]/u;

// True when a match at `at` starts a word (the regexes leave this check out for speed).
function startsWord(text: string, at: number): boolean {
  return at === 0 || !WORD_CHAR.test(text[at - 1]!);
}

/** Every match of a global `re` that starts a word; a match inside a word is retried one character on. */
function* wordMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (startsWord(text, m.index)) yield m;
    else re.lastIndex = m.index + 1;
  }
}
const AFTER = String.raw`(?![\p{L}\p{N}])`;

/** Turns a lexicon pattern into RegExp source: spaces become GAP, apostrophes either form. */
export function termSource(pattern: string): string {
  return pattern.replace(/ /g, GAP).replace(/'/g, APOS);
}

interface Compiled {
  all: RegExp;
  terms: Term[];
  context: RegExp;
}

const compiled = new Map<Language, Compiled>();

function compile(language: Language): Compiled {
  let c = compiled.get(language);
  if (!c) {
    // Strong terms before context-dependent ones, longest pattern first, so that at one position the
    // most specific term wins ("embarcations de fortune" before "embarcations").
    const rank = (t: Term) => (t.weak ? 10_000 : 0) - t.pattern.length;
    const terms = [...termsFor(language)].sort((a, b) => rank(a) - rank(b));
    const body = terms.map((t) => `(${termSource(t.pattern)})`).join("|");
    const ctx = termSource(language === "fr" ? CONTEXT_FR : CONTEXT_EN);
    c = {
      // No leading lookbehind: V8 scans faster from literal first characters; the word start is
      // checked in the loop instead (startsWord).
      all: new RegExp(`(?:${body})${AFTER}`, "giu"),
      terms,
      context: new RegExp(`(?:${ctx})${AFTER}`, "giu"),
    };
    compiled.set(language, c);
  }
  return c;
}

// Cheap first test for a whole page (PERFORMANCE.md "gate first"): no strong stem, no work.
const GATE = /small[\s\u00a0-]*boat|channel|manche|smuggl|passeur|rwanda|border (?:force|security)|embarcation|one in,? one out|un pour un|taxi[\s-]*boat|pr[ée]mar|sandhurst|dinghies|canots? pneumatique/i;

/** True when `text` may mention Channel crossings at all: one regex test before any heavier work. */
export function mayMention(text: string): boolean {
  return GATE.test(text);
}

// How far a context-dependent term may be from a strong term or a context word: about a screenful,
// since in an article about crossings "the boats" two paragraphs later are still those boats.
const WEAK_REACH = 2000;

/** Every mention in `text`, in order, non-overlapping; context-dependent terms only near context. */
export function findMentions(text: string, language: Language): Mention[] {
  const { all, terms } = compile(language);
  const found: Mention[] = [];
  for (const m of wordMatches(all, text)) {
    let i = 1;
    while (m[i] === undefined) i++;
    const term = terms[i - 1]!;
    const mention: Mention = { start: m.index, end: m.index + m[0].length, text: m[0], topic: term.topic };
    if (term.weak) mention.weak = true;
    found.push(mention);
  }
  if (!found.some((f) => f.weak)) return found;
  // Positions of strong terms and context words, found once, so each weak term costs a binary search.
  const anchors = found.filter((f) => !f.weak).map((f) => f.start);
  for (const m of wordMatches(compile(language).context, text)) anchors.push(m.index);
  anchors.sort((x, y) => x - y);
  return found.filter((f) => !f.weak || hasAnchorNear(anchors, f.start));
}

/** The first index in the sorted `values` whose value is >= `x`. */
export function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasAnchorNear(anchors: number[], at: number): boolean {
  const i = lowerBound(anchors, at - WEAK_REACH);
  return i < anchors.length && anchors[i]! <= at + WEAK_REACH;
}

/** The distinct context words of `text` (lower-cased), e.g. "migrants", "home office". */
export function contextWords(text: string, language: Language): Set<string> {
  const words = new Set<string>();
  for (const m of wordMatches(compile(language).context, text)) words.add(m[0].toLowerCase().replace(/s$/, ""));
  return words;
}
