/**
 * A long article's text, received in parts (issue 15). Chrome serialises a runtime message in one step on
 * the page's main thread: 1.8 million characters held a live blog for ≈ 44 ms at 1× and ≈ 180 ms at 4× CPU
 * slowdown. The content script sends such a text in parts (`readTextPart`), each its own task, and the last
 * one with the `readText` request; the background keeps the parts here until then.
 *
 * One reading per tab (the content script reads one text at a time): a new reading replaces an unfinished
 * one. Parts come in order, a reading never grows past the longest text read, and one left unfinished is
 * forgotten after `ttlMs`. Anything else is refused with a sentence, and the page then reads its text itself.
 */

/** Characters per part: ≈ 3 ms of serialisation at 1×, ≈ 12 ms at 4× (the live blog's rate). */
export const TEXT_PART_CHARS = 131_072;

interface Reading {
  reading: string;
  parts: string[];
  chars: number;
  at: number;
}

export class TextParts {
  private readonly byTab = new Map<number, Reading>();

  constructor(
    private readonly maxChars: number,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = 60_000,
  ) {}

  /** Keeps part `index` of `reading` from `tab`. Parts come in order from 0; part 0 starts a new reading. */
  add(tab: number, reading: string, index: number, text: string): void {
    this.expire();
    let current = this.byTab.get(tab);
    if (index === 0) {
      current = { reading, parts: [], chars: 0, at: this.now() };
      this.byTab.set(tab, current);
    }
    if (!current || current.reading !== reading || current.parts.length !== index) {
      this.byTab.delete(tab);
      throw new Error(`Part ${index} of a text came out of order.`);
    }
    if (current.chars + text.length > this.maxChars) {
      this.byTab.delete(tab);
      throw new Error("The text is longer than Tidemark reads.");
    }
    current.parts.push(text);
    current.chars += text.length;
    current.at = this.now();
  }

  /** The whole text: the `count - 1` parts kept for `reading`, then `last`. The reading is forgotten. */
  take(tab: number, reading: string, count: number, last: string): string {
    this.expire();
    const current = this.byTab.get(tab);
    this.byTab.delete(tab);
    if (!current || current.reading !== reading || current.parts.length !== count - 1) {
      throw new Error("Parts of the text are missing.");
    }
    if (current.chars + last.length > this.maxChars) throw new Error("The text is longer than Tidemark reads.");
    return current.parts.join("") + last;
  }

  /** Readings kept (tests, and a check that none is left behind). */
  get size(): number {
    return this.byTab.size;
  }

  private expire(): void {
    const now = this.now();
    for (const [tab, r] of this.byTab) if (now - r.at > this.ttlMs) this.byTab.delete(tab);
  }
}

/**
 * `text` cut into parts of at most `size` characters, never between the two halves of a surrogate pair (a
 * lone half would not survive serialisation, and the offsets found in the text would then be wrong).
 */
export function textParts(text: string, size = TEXT_PART_CHARS): string[] {
  const parts: string[] = [];
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + Math.max(2, size));
    const last = text.charCodeAt(to - 1);
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to -= 1;
    parts.push(text.slice(from, to));
    from = to;
  }
  return parts.length > 0 ? parts : [""];
}
