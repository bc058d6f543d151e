/**
 * Mentions of Channel crossings in plain text (issue 4): one combined, longest-first, word-bounded
 * RegExp per language, built once; returns offsets and never touches a document.
 */
import type { TopicId } from "../topics";
import type { Language } from "./language";
import { CONTEXT_EN, CONTEXT_FR, GUARDS, termsFor, type Term } from "./lexicon";

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
  /** Case-sensitive, for lower-cased text (see `folded`); the terms without their guards (lexicon GUARDS). */
  all: RegExp;
  terms: Term[];
  context: RegExp;
  /** Case-insensitive twins, built only for text whose lower-casing would move offsets. */
  allAnyCase?: RegExp;
  contextAnyCase?: RegExp;
  /** The source of each term with its guards, and whether `all` left a guard out of it. */
  guardedSources: string[];
  guarded: boolean[];
  /** Built on demand: each guarded term alone (sticky), and the whole expression with every guard. */
  exact: Map<string, RegExp>;
}

/**
 * V8 compiles a case-insensitive Unicode ("iu") expression far more slowly than a case-sensitive one —
 * measured on this machine, the combined English term expression: 21.6 ms with "giu", 1.2 ms with "gu" —
 * and a content script compiles it again on every page it reads. So the terms (all written in lower case)
 * are matched case-sensitively against lower-cased text. Lower-casing keeps every offset unless the
 * text holds one of the few characters whose lower case is longer ("İ"); such text is matched with the
 * case-insensitive twins instead, built on demand.
 */
function folded(text: string): string | null {
  if (text === lastText) return lastFolded;
  const lower = text.toLowerCase();
  if (lastText === "") queueMicrotask(forget);
  lastText = text;
  lastFolded = lower.length === text.length ? lower : null;
  return lastFolded;
}
// One entry, kept until the current task ends: findMentions and contextWords read the same snapshot
// text one after the other, and a 2 MB page's text (and its copy) must not stay alive after that.
let lastText = "";
let lastFolded: string | null = "";
function forget(): void {
  lastText = "";
  lastFolded = "";
}

/** The expression to run over `text`, and the text to run it over (lower-cased, or as is). */
function matcher(language: Language, which: "all" | "context", text: string): [RegExp, string] {
  const c = compile(language);
  const lower = folded(text);
  if (lower !== null) return [c[which], lower];
  const key = which === "all" ? "allAnyCase" : "contextAnyCase";
  c[key] ??= new RegExp(c[which].source, "giu");
  return [c[key], text];
}

const compiled = new Map<Language, Compiled>();

function compile(language: Language): Compiled {
  let c = compiled.get(language);
  if (!c) {
    // Strong terms before context-dependent ones, longest pattern first, so that at one position the
    // most specific term wins ("embarcations de fortune" before "embarcations").
    const rank = (t: Term) => (t.weak ? 10_000 : 0) - t.pattern.length;
    const terms = [...termsFor(language)].sort((a, b) => rank(a) - rank(b));
    const unguarded = terms.map((t) => GUARDS.reduce((p, guard) => p.split(guard).join(""), t.pattern));
    const body = unguarded.map((p) => `(${termSource(p)})`).join("|");
    const ctx = termSource(language === "fr" ? CONTEXT_FR : CONTEXT_EN);
    c = {
      // No leading lookbehind: V8 scans faster from literal first characters; the word start is
      // checked in the loop instead (startsWord).
      all: new RegExp(`(?:${body})${AFTER}`, "gu"),
      terms,
      context: new RegExp(`(?:${ctx})${AFTER}`, "gu"),
      guardedSources: terms.map((t) => termSource(t.pattern)),
      guarded: terms.map((t, i) => unguarded[i] !== t.pattern),
      exact: new Map(),
    };
    compiled.set(language, c);
  }
  return c;
}

// The cheap first test for a whole page lives in gate.ts, so the content script can hold it without the lexicon.
export { mayMention } from "./gate";

// How far a context-dependent term may be from a strong term or a context word: about a screenful,
// since in an article about crossings "the boats" two paragraphs later are still those boats.
const WEAK_REACH = 2000;

// An expression of `c` built once, on first need: one guarded term alone, or the whole guarded expression.
function exactExpression(c: Compiled, key: string, build: () => string, flags: string): RegExp {
  let re = c.exact.get(`${key}/${flags}`);
  if (!re) c.exact.set(`${key}/${flags}`, (re = new RegExp(build(), flags)));
  return re;
}

// The index of the term whose group matched.
function termIndex(m: RegExpExecArray): number {
  let i = 1;
  while (m[i] === undefined) i++;
  return i - 1;
}

/**
 * Every match of the combined expression with its guards (the lexicon's travel and leisure guards) that
 * starts a word, exactly as that expression would find them, while compiling only the cheaper expression
 * without the guards (issue 15). Leaving a guard out only ever admits more, so up to the first match of
 * the unguarded expression the guarded one finds nothing either; there, a guarded term is checked alone
 * at the same place (its match is the guarded expression's), and when its guard rules it out, the whole
 * guarded expression (built only then) takes over from that place for one match.
 */
function* termMatches(c: Compiled, fast: RegExp, anyCase: boolean, haystack: string): Generator<{ index: number; end: number; term: number }> {
  const flags = anyCase ? "iu" : "u";
  fast.lastIndex = 0;
  for (let m = fast.exec(haystack); m; m = fast.exec(haystack)) {
    let found = { index: m.index, end: m.index + m[0].length, term: termIndex(m) };
    if (c.guarded[found.term]) {
      const alone = exactExpression(c, String(found.term), () => `(?:${c.guardedSources[found.term]})${AFTER}`, `y${flags}`);
      alone.lastIndex = m.index;
      const exact = alone.exec(haystack);
      if (exact) found.end = m.index + exact[0].length;
      else {
        const whole = exactExpression(c, "all", () => `(?:${c.guardedSources.map((s) => `(${s})`).join("|")})${AFTER}`, `g${flags}`);
        whole.lastIndex = m.index;
        const next = whole.exec(haystack);
        if (!next) return;
        found = { index: next.index, end: next.index + next[0].length, term: termIndex(next) };
      }
    }
    if (startsWord(haystack, found.index)) {
      yield found;
      fast.lastIndex = found.end;
    } else fast.lastIndex = found.index + 1;
  }
}

/** Every mention in `text`, in order, non-overlapping; context-dependent terms only near context. */
export function findMentions(text: string, language: Language): Mention[] {
  const c = compile(language);
  const { terms } = c;
  const [all, haystack] = matcher(language, "all", text);
  const found: Mention[] = [];
  for (const m of termMatches(c, all, all !== c.all, haystack)) {
    const term = terms[m.term]!;
    const end = m.end;
    // The page's own spelling and case, from the original text (offsets are the same).
    const mention: Mention = { start: m.index, end, text: text.slice(m.index, end), topic: term.topic };
    if (term.weak) mention.weak = true;
    found.push(mention);
  }
  if (!found.some((f) => f.weak)) return found;
  // Positions of strong terms and context words, found once, so each weak term costs a binary search.
  const anchors = found.filter((f) => !f.weak).map((f) => f.start);
  const [context, hay] = matcher(language, "context", text);
  for (const m of wordMatches(context, hay)) anchors.push(m.index);
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
  const [context, hay] = matcher(language, "context", text);
  for (const m of wordMatches(context, hay)) words.add(m[0].toLowerCase().replace(/s$/, ""));
  return words;
}
