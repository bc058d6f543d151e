/**
 * The page's text read once into a string, with the map back to its text nodes (issue 4; see
 * shared/docs/PERFORMANCE.md). Matching runs on `text` and returns offsets; `rangeForOffsets` turns
 * offsets back into pieces of text nodes for the highlighter. Takes its root as a parameter.
 *
 * Offsets: `text` is the text nodes' data in document order, with one BLOCK_SEPARATOR between nodes
 * that sit in different block-level elements (or across a `<br>` or one of Tidemark's own elements). Node i occupies
 * `text.slice(starts[i], starts[i] + nodes[i].length)`; separators belong to no node. Line breaks
 * inside a text node are written as spaces (same length) so that "\n" only ever means a block boundary
 * and a phrase pattern that does not cross "\n" never matches across paragraphs.
 */

import { readInSlices, type Pace } from "./pace";

/** What the snapshot never reads: form fields, code, hidden and Tidemark's own elements. */
export const EXCLUDED_SELECTOR =
  "input, textarea, select, [contenteditable], script, style, noscript, svg, code, pre, " +
  "[aria-hidden=true], tidemark-mark, tidemark-popover, [data-tidemark-ui]";

/** The one character written between blocks; detection patterns never cross it. */
export const BLOCK_SEPARATOR = "\n";

/** A text node's data as the snapshot holds it: line breaks inside it written as spaces (same length). */
export function asSnapshotText(data: string): string {
  return data.indexOf("\n") < 0 && data.indexOf("\r") < 0 ? data : data.replace(/[\r\n]/g, " ");
}

/** A page's text and the text nodes it came from. */
export interface TextSnapshot {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data begins. */
  starts: number[];
  /** Offset in `text` where each node's data ends (its length when the snapshot was taken). */
  ends: number[];
}

/** Options for `takeSnapshot`. */
export interface SnapshotOptions {
  /** A selector of further subtrees to skip (e.g. page chrome: nav, aside, comments). */
  exclude?: string;
}

/** A piece of one text node covered by a match: `node.data.slice(start, end)`. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

// Tags whose subtrees are skipped, checked by name before any selector matching (cheap).
const EXCLUDED_TAGS = new Set([
  "input", "textarea", "select", "script", "style", "noscript", "svg", "code", "pre",
  "tidemark-mark", "tidemark-popover", "template", "iframe", "object",
]);

// Elements that start a new block for the separator; everything else is inline.
const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div",
  "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "option", "p", "section",
  "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);

const SHOW_ELEMENT = 0x1; // NodeFilter.SHOW_ELEMENT, without relying on a global NodeFilter
const SHOW_TEXT = 0x4;

function isExcluded(el: Element, extra: string | undefined): boolean {
  if (EXCLUDED_TAGS.has(el.localName)) return true;
  if (el.hasAttribute("contenteditable") || el.hasAttribute("data-tidemark-ui")) return true;
  if (el.getAttribute("aria-hidden") === "true") return true;
  return extra !== undefined && el.matches(extra);
}

/** Reads the text under `root` once (one TreeWalker pass), skipping excluded subtrees. */
export function takeSnapshot(root: Element, options: SnapshotOptions = {}): TextSnapshot {
  const reader = snapshotReader(root, options);
  while (!reader.read(Number.POSITIVE_INFINITY));
  return reader.result();
}

// Nodes read between two looks at the clock: 256 let a 20 ms slice run to 41–48 ms at 4× CPU slowdown on the
// 2 MB live blog (issue 15); a look at the clock costs far less than 64 nodes.
const NODES_PER_CHECK = 64;
// A page that keeps replacing what is being read is read in one go on the last attempt.
const SLICED_ATTEMPTS = 3;

/**
 * The same snapshot as `takeSnapshot`, read in slices of about `pace.budgetMs` with a pause between them,
 * so that a long page (a 2 MB live blog) does not hold the main thread in one long task. If the page
 * removed the node being read during a pause, the read starts again (the TreeWalker would otherwise walk
 * the detached subtree and stop early); what the page adds behind the reader is read by the annotator's
 * next flush. Null when `pause()` says the read is no longer wanted or `root` left the page.
 */
export async function takeSnapshotInSlices(root: Element, options: SnapshotOptions, pace: Pace): Promise<TextSnapshot | null> {
  for (let attempt = 1; ; attempt++) {
    const reader = snapshotReader(root, options);
    const outcome = await readInSlices((n) => reader.read(n), NODES_PER_CHECK, pace, {
      oneGo: attempt >= SLICED_ATTEMPTS,
      resume: () => (!root.isConnected ? "stop" : reader.intact() ? "go" : "restart"),
    });
    if (outcome === "done") return reader.result();
    if (outcome === "stop") return null;
  }
}

interface SnapshotReader {
  /** Reads up to `maxNodes` more nodes; true when the whole tree has been read. */
  read(maxNodes: number): boolean;
  /** False when the page moved the node being read out of the tree (the read must start again). */
  intact(): boolean;
  result(): TextSnapshot;
}

function snapshotReader(root: Element, options: SnapshotOptions): SnapshotReader {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const blockOf = new Map<Element, Element>(); // parent element → nearest block ancestor (cached)
  let offset = 0;
  let lastBlock: Element | null = null;
  let pendingBreak = false;

  // Every element passed on the way up is cached too, so deeply nested inline elements (5,000 <span>s,
  // each with text) cost one walk in all, not one walk per level (issue 14: linear in the tree).
  const nearestBlock = (parent: Element): Element => {
    const path: Element[] = [];
    let el: Element = parent;
    let block: Element | undefined;
    for (;;) {
      block = blockOf.get(el);
      if (block) break;
      path.push(el);
      if (el === root || BLOCK_TAGS.has(el.localName) || !el.parentElement) {
        block = el;
        break;
      }
      el = el.parentElement;
    }
    for (const seen of path) blockOf.set(seen, block);
    return block;
  };

  let node = walker.nextNode();
  return {
    read(maxNodes) {
      for (let n = 0; node && n < maxNodes; n++) {
        if (node.nodeType === 1) {
          const el = node as Element;
          if (isExcluded(el, options.exclude)) {
            // Our own highlights and UI are boundaries: they come and go between passes, and without one
            // "small" + <tidemark-mark>…</tidemark-mark> + " boats" reads as a new mention around an earlier
            // highlight, so a rescan differs from the first pass (found by tests/properties/).
            if (el.localName.startsWith("tidemark-") || el.hasAttribute("data-tidemark-ui")) pendingBreak = true;
            node = skipSubtree(walker);
            continue;
          }
          if (el.localName === "br") pendingBreak = true;
        } else {
          const textNode = node as Text;
          const data = textNode.data;
          if (data.length > 0) {
            const block = nearestBlock(textNode.parentElement ?? root);
            if (nodes.length > 0 && (pendingBreak || block !== lastBlock)) {
              parts.push(BLOCK_SEPARATOR);
              offset += BLOCK_SEPARATOR.length;
            }
            pendingBreak = false;
            lastBlock = block;
            parts.push(asSnapshotText(data));
            nodes.push(textNode);
            starts.push(offset);
            offset += data.length;
            ends.push(offset);
          }
        }
        node = walker.nextNode();
      }
      return node === null;
    },
    intact: () => node === null || root.contains(node),
    result: () => ({ text: parts.join(""), nodes, starts, ends }),
  };
}

// Moves the walker past the current node's subtree; returns the next node or null at the end.
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

/** Index of the node that contains offset `at` (or the first node after it if `at` is in a gap). */
function nodeIndexAt(snapshot: TextSnapshot, at: number): number {
  const { starts, ends } = snapshot;
  let lo = 0;
  let hi = starts.length - 1;
  let found = starts.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! > at) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

/** The pieces of text nodes covering `[start, end)` of the snapshot's text, in document order. */
export function rangeForOffsets(snapshot: TextSnapshot, start: number, end: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  const { nodes, starts, ends } = snapshot;
  for (let i = nodeIndexAt(snapshot, start); i < nodes.length && starts[i]! < end; i++) {
    const from = Math.max(start, starts[i]!) - starts[i]!;
    const to = Math.min(end, ends[i]!) - starts[i]!;
    if (to > from) pieces.push({ node: nodes[i]!, start: from, end: to });
  }
  return pieces;
}
