/**
 * Sentences of an article's text (issue 12), found by one left-to-right scan: linear in the text whatever
 * it holds (a run of 80,000 "." or "…" is read once, never backtracked), and each sentence capped in
 * length so that the per-sentence work of the claim reader stays bounded.
 */

/** A sentence: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The longest sentence read as one; longer runs are cut into pieces of at most this length at a space.
 * News sentences that state figures are under 400 characters; 1,000 leaves room for long ones.
 */
export const MAX_SENTENCE = 1000;

const ENDERS = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(['"', "”", "»", "’", ")", "'"]);
// What may start a sentence after an ender and a space: a capital, an opening quote or bracket, a digit.
const STARTER = /[\p{Lu}"“«‘(\d£€$]/u;
const SPACE = new Set([" ", "\t", "\r", "\u00a0", "\u202f", "\u2009"]);
// Abbreviations that end with a dot but not a sentence ("Mr. Smith", "c. 20,000", "No. 10").
const ABBREVIATION = /(?:^|[^\p{L}])(?:c|Mr|Mrs|Ms|Dr|St|No|vs|M|Mme|Mgr|Pr|approx|est|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)$/u;

/** The sentences of `text`, in order; a "\n" (block separator) always ends one. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = 0;
  let i = 0;
  const push = (end: number) => {
    for (const piece of capped(text, start, end)) out.push(piece);
    start = end;
  };
  while (i < n) {
    // Jump to the next character that can end a sentence (native searches, no per-character work).
    const next = nextEnd(text, i);
    if (next < 0) break;
    i = next;
    const c = text[i]!;
    if (c === "\n") {
      push(i + 1);
      i++;
      continue;
    }
    // A run of enders, then closing quotes or brackets: consumed once, so a long run costs its length.
    let j = i;
    while (j < n && ENDERS.has(text[j]!)) j++;
    while (j < n && CLOSERS.has(text[j]!)) j++;
    let k = j;
    while (k < n && SPACE.has(text[k]!)) k++;
    const isEnd = k > j && k < n && text[k] !== "\n" && STARTER.test(text[k]!) && !(c === "." && j - i === 1 && ABBREVIATION.test(text.slice(Math.max(start, i - 8), i)));
    if (isEnd) push(j);
    i = j;
  }
  if (start < n) push(n);
  return out;
}

// The next "\n", ".", "!", "?" or "…" at or after `from` (-1 when none).
const END_CHARS = /[\n.!?…]/g;
function nextEnd(text: string, from: number): number {
  END_CHARS.lastIndex = from;
  const m = END_CHARS.exec(text);
  return m ? m.index : -1;
}

// A span cut into pieces of at most MAX_SENTENCE characters, each ending at a space where there is one.
function* capped(text: string, start: number, end: number): Generator<Span> {
  while (end - start > MAX_SENTENCE) {
    const limit = start + MAX_SENTENCE;
    const space = text.lastIndexOf(" ", limit);
    const cut = space > start + MAX_SENTENCE / 2 ? space + 1 : limit;
    yield { start, end: cut };
    start = cut;
  }
  if (end > start) yield { start, end };
}
