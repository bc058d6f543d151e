import type { ClaimState } from "../core/card/verdict-words";
import type { ClaimCheck } from "../core/detect/verdicts";
import type { TopicId } from "../core/topics";
import { MARK_ELEMENT } from "./mark-names";

/**
 * The highlights the annotator placed, by id (issue 5), and how often the page took them away (issue 14,
 * row 9). A page that removes or unwraps our highlights gets them back, but each paragraph that loses
 * them again soon after waits longer each time and is then left alone: a framework re-rendering now
 * and then keeps its highlights, a sanitiser that strips every element we add does not start a fight.
 */

/** One highlight the annotator placed (a mention or a claim), by id. */
export interface Highlight {
  id: string;
  kind: "mention" | "claim";
  topic: TopicId;
  text: string;
  /** A claim's verdict ("pending" until checked, "unchecked" when no check came back). */
  verdict?: ClaimState;
  claim?: unknown;
  /** A claim's check (verdict, figures, explanation), kept so that its popover never checks it again. */
  check?: ClaimCheck;
  /** Its elements in document order (marks mode); the first is the one that takes focus. */
  elements: Element[];
  /** Its ranges in document order (ranges mode: nothing in the page was changed). */
  ranges: Range[];
  /** The element its text sat in when it was drawn: where a loss is counted. */
  anchor?: Element | null;
}

/** What a paragraph that lost its highlights may do now. */
export type Redraw = { now: true } | { now: false; afterMs: number } | "never";

// Losses closer together than this count as one fight; a paragraph left alone this long starts afresh.
const LOSS_WINDOW_MS = 30_000;
// The wait before redrawing after the 1st, 2nd, 3rd loss in a row; after the 4th, never.
const REDRAW_DELAYS_MS = [0, 500, 2_000];

export class HighlightRegistry {
  private readonly items = new Map<string, Highlight>();
  private readonly losses = new WeakMap<Element, { count: number; at: number }>();
  private nextId = 1;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Registers a new highlight and returns it (its id is "m12" or "c12"). */
  add(fields: Omit<Highlight, "id" | "elements" | "ranges">): Highlight {
    const id = `${fields.kind === "claim" ? "c" : "m"}${this.nextId++}`;
    const item: Highlight = { ...fields, id, elements: [], ranges: [] };
    this.items.set(id, item);
    return item;
  }

  get(id: string): Highlight | undefined {
    return this.items.get(id);
  }

  delete(id: string): void {
    this.items.delete(id);
  }

  get size(): number {
    return this.items.size;
  }

  /** Every live highlight, in document order of its first element or range. */
  all(): Highlight[] {
    return [...this.items.values()].filter(isLive).sort(order);
  }

  /** The highlight an element belongs to. */
  of(el: Element): Highlight | undefined {
    const id = el.closest(MARK_ELEMENT)?.getAttribute("data-id");
    return id ? this.items.get(id) : undefined;
  }

  /** The live highlight with this id. */
  live(id: string | null | undefined): Highlight | undefined {
    const item = id ? this.items.get(id) : undefined;
    return item && isLive(item) ? item : undefined;
  }

  /**
   * Forgets the highlights the page removed and counts a loss for each paragraph they were in (once per
   * call, and only for paragraphs still in the page: a re-render that replaced the paragraph is not a fight).
   */
  prune(): string[] {
    const gone: string[] = [];
    const lostIn = new Set<Element>();
    for (const [id, item] of this.items) {
      if (item.elements.some((el) => el.isConnected) || item.ranges.some(liveRange)) continue;
      this.items.delete(id);
      gone.push(id);
      if (item.anchor?.isConnected) lostIn.add(item.anchor);
    }
    const now = this.now();
    for (const anchor of lostIn) {
      const last = this.losses.get(anchor);
      const count = last && now - last.at < LOSS_WINDOW_MS ? last.count + 1 : 1;
      this.losses.set(anchor, { count, at: now });
    }
    return gone;
  }

  /** Whether a highlight in `anchor` may be drawn now, later, or never (it lost them too often). */
  redraw(anchor: Element | null): Redraw {
    const loss = anchor ? this.losses.get(anchor) : undefined;
    if (!loss) return { now: true };
    const now = this.now();
    if (now - loss.at >= LOSS_WINDOW_MS) return { now: true };
    const delay = REDRAW_DELAYS_MS[loss.count - 1];
    if (delay === undefined) return "never";
    const wait = loss.at + delay - now;
    return wait <= 0 ? { now: true } : { now: false, afterMs: wait };
  }

  /** Forgets every highlight (losses stay: a fight is not forgiven by turning off and on). */
  clear(): void {
    this.items.clear();
  }
}

function isLive(h: Highlight): boolean {
  return h.elements.length > 0 ? !!h.elements[0]!.isConnected : h.ranges.some(liveRange);
}

// A range over text the page removed or replaced collapses (DOM spec, "live range pre-remove steps").
function liveRange(r: Range): boolean {
  return !r.collapsed && r.startContainer.isConnected;
}

// Document order of first anchors (one page uses one surface, so both are elements or both ranges).
function order(a: Highlight, b: Highlight): number {
  const ea = a.elements[0];
  const eb = b.elements[0];
  if (ea && eb) return ea === eb ? 0 : ea.compareDocumentPosition(eb) & 4 /* FOLLOWING */ ? -1 : 1;
  const ra = a.ranges.find(liveRange);
  const rb = b.ranges.find(liveRange);
  return ra && rb ? ra.compareBoundaryPoints(0 /* START_TO_START */, rb) : 0;
}
