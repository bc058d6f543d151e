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
const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
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
      all: new RegExp(`${BEFORE}(?:${body})${AFTER}`, "giu"),
      terms,
      context: new RegExp(`${BEFORE}(?:${ctx})${AFTER}`, "giu"),
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
  all.lastIndex = 0;
  for (let m = all.exec(text); m; m = all.exec(text)) {
    let i = 1;
    while (m[i] === undefined) i++;
    const term = terms[i - 1]!;
    const mention: Mention = { start: m.index, end: m.index + m[0].length, text: m[0], topic: term.topic };
    if (term.weak) mention.weak = true;
    found.push(mention);
  }
  const strong = found.filter((f) => !f.weak);
  return found.filter((f) => !f.weak || hasContextNear(text, f, strong, language));
}

/** The distinct context words of `text` (lower-cased), e.g. "migrants", "home office". */
export function contextWords(text: string, language: Language): Set<string> {
  const { context } = compile(language);
  const words = new Set<string>();
  context.lastIndex = 0;
  for (let m = context.exec(text); m; m = context.exec(text)) words.add(m[0].toLowerCase().replace(/s$/, ""));
  return words;
}

function hasContextNear(text: string, weak: Mention, strong: Mention[], language: Language): boolean {
  const from = Math.max(0, weak.start - WEAK_REACH);
  const to = Math.min(text.length, weak.end + WEAK_REACH);
  if (strong.some((s) => s.start < to && s.end > from)) return true;
  const { context } = compile(language);
  context.lastIndex = 0;
  const window = text.slice(from, to);
  return context.test(window);
}
