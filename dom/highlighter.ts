import Mark from "mark.js";
import type { TopicId } from "../core/topics";
import { MARK_ELEMENT, MARK_SELECTOR } from "./mark-names";
import type { TextPiece } from "./text-snapshot";

/**
 * The only module that writes highlights into the page (issue #5), and the one that takes them out.
 *
 * Writing: mark.js `markRanges`, one pass per slice of text nodes. The pass's context is the list of
 * text nodes that hold matches, not the article element: mark.js rebuilds its composite string on
 * every wrap and walks every text node of its context, so a small context keeps a pass close to the
 * plain splitText "write floor" (shared/docs/PERFORMANCE.md). Never `mark(array)`, never
 * `separateWordSearch`.
 *
 * Removing: not mark.js `unmark()`, which calls `normalize()` on the parent and so merges the page's own
 * adjacent text nodes. Each mark remembers the two text nodes its split produced; removal puts the
 * text back into exactly those and nothing else.
 */

export { MARK_ELEMENT, MARK_SELECTOR };

export type { TextPiece };

/** What one highlight is: a mention of a topic, or a claim with a verdict. */
export interface HighlightSpec {
  id: string;
  kind: "mention" | "claim";
  topic: TopicId;
  /** For claims: "pending" until the background answers. */
  verdict?: string;
  /** Accessible description read after the highlighted text. */
  description?: string;
  pieces: TextPiece[];
}

interface RangeItem {
  start: number;
  length: number;
  spec: HighlightSpec;
  first: boolean;
}

/** The text nodes on either side of a mark, produced by the split that created it. */
const splits = new WeakMap<Element, { before: Text; after: Text }>();

// mark.js copies the composite text of its context on every wrap: cap the context per pass.
const NODES_PER_PASS = 64;

/** Wraps every piece of every spec in a `<tidemark-mark>`; returns the created elements in order. */
export function applyHighlights(specs: readonly HighlightSpec[]): Element[] {
  const byNode = new Map<Text, { piece: TextPiece; spec: HighlightSpec; first: boolean }[]>();
  for (const spec of specs) {
    spec.pieces.forEach((piece, i) => {
      if (!piece.node.parentNode || piece.end <= piece.start) return;
      const list = byNode.get(piece.node) ?? [];
      list.push({ piece, spec, first: i === 0 });
      byNode.set(piece.node, list);
    });
  }
  const nodes = [...byNode.keys()];
  const created: Element[] = [];
  for (let i = 0; i < nodes.length; i += NODES_PER_PASS) {
    const slice = nodes.slice(i, i + NODES_PER_PASS);
    const ranges: RangeItem[] = [];
    let offset = 0;
    for (const node of slice) {
      const items = byNode.get(node)!.sort((a, b) => a.piece.start - b.piece.start);
      let last = 0;
      for (const { piece, spec, first } of items) {
        if (piece.start < last) continue; // overlapping: the earlier one wins, never nested
        ranges.push({ start: offset + piece.start, length: piece.end - piece.start, spec, first });
        last = piece.end;
      }
      offset += node.data.length;
    }
    if (ranges.length === 0) continue;
    // mark.js accepts an array of nodes as context; text nodes are iterated as themselves.
    new Mark(slice as unknown as HTMLElement[]).markRanges(ranges as never, {
      element: MARK_ELEMENT,
      each: (el: Element, range: unknown) => {
        const { spec, first } = range as RangeItem;
        const before = el.previousSibling;
        const after = el.nextSibling;
        if (isText(before) && isText(after)) splits.set(el, { before, after });
        decorate(el, spec, first);
        created.push(el);
      },
    } as never);
  }
  return created;
}

function decorate(el: Element, spec: HighlightSpec, first: boolean): void {
  el.removeAttribute("data-markjs");
  el.setAttribute("data-tidemark", spec.kind);
  el.setAttribute("data-topic", spec.topic);
  el.setAttribute("data-id", spec.id);
  if (spec.kind === "claim") el.setAttribute("data-verdict", spec.verdict ?? "pending");
  // Keyboard users reach each highlight once: only a highlight's first piece is a tab stop.
  el.setAttribute("tabindex", first ? "0" : "-1");
  el.setAttribute("role", "button");
  el.setAttribute("aria-haspopup", "dialog");
  el.setAttribute("aria-expanded", "false");
  if (spec.description) el.setAttribute("aria-description", spec.description);
}

/** Removes one highlight, putting its text back into the text nodes it was split from. */
export function removeMark(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  const split = splits.get(el);
  splits.delete(el);
  const { before, after } = split ?? {};
  const text = el.textContent ?? "";
  const intact =
    before && after && el.previousSibling === before && el.nextSibling === after &&
    el.childNodes.length === 1 && isText(el.firstChild);
  if (intact) {
    before.data = before.data + text + after.data;
    // A later mark split from the same node now starts after `before`.
    const next = after.nextSibling;
    const nextSplit = next ? splits.get(next as Element) : undefined;
    if (nextSplit && nextSplit.before === after) nextSplit.before = before;
    parent.removeChild(el);
    parent.removeChild(after);
    return;
  }
  // The page changed things around the mark: keep its children where they are, merge nothing.
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

/**
 * A framework that kept a reference to a text node we split may write the whole new text into it
 * (React does for text among other children). The marks and remainders after it then repeat text that
 * is no longer there: drop them, so no ghost text stays. Returns true when something was dropped.
 */
export function dropSplitsAfter(node: Text): boolean {
  let current: Text = node;
  for (;;) {
    const mark = current.nextSibling as Element | null;
    const split = mark ? splits.get(mark) : undefined;
    if (!mark || !split || split.before !== current) break;
    splits.delete(mark);
    mark.remove();
    if (current !== node) current.remove();
    current = split.after;
  }
  if (current === node) return false;
  current.remove();
  return true;
}

/** True when `node` is a text node our highlighting split (the framework's original node). */
export function isSplitOrigin(node: Node): boolean {
  const next = node.nextSibling;
  return isText(node) && !!next && splits.get(next as Element)?.before === node;
}

/** Removes every highlight under `root`, last first so each split is undone in reverse order. */
export function removeHighlights(root: ParentNode): number {
  const marks = [...root.querySelectorAll(MARK_SELECTOR)];
  for (let i = marks.length - 1; i >= 0; i -= 1) removeMark(marks[i]!);
  return marks.length;
}

/**
 * Sets the verdict of every piece of one claim, given its elements (kept when drawn: looking them up by id
 * in the whole document for each of thousands of claims was quadratic, issue 14).
 */
export function setVerdict(elements: Iterable<Element>, verdict: string, description?: string): void {
  for (const el of elements) {
    el.setAttribute("data-verdict", verdict);
    if (description) el.setAttribute("aria-description", description);
  }
}

// nodeType rather than instanceof: Firefox content scripts see page nodes through Xray wrappers.
function isText(node: Node | null | undefined): node is Text {
  return !!node && node.nodeType === 3;
}
