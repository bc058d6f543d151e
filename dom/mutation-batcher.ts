import { MARK_ELEMENT } from "./mark-names";

/**
 * One MutationObserver for the page (issue 5; batching made linear in issue 14, row 1): what the page
 * added or rewrote is collected into a Set and handed to the annotator once, at most `delayMs` after the
 * first change, so a live blog's new entry is read within 200 ms and a page that inserts 8,000 nodes
 * in one go costs one flush. Our own writes go through `write()`, which drops the records they cause.
 */

/** What the batcher tells its owner. */
export interface BatcherHooks {
  /** The page wrote into a text node (a framework re-rendering text we split); runs before it is queued. */
  onTextWrite?(node: Node): void;
  /** Changes are waiting: take them with `take()`. */
  onFlush(): void;
  onError?(error: unknown): void;
}

export class MutationBatcher {
  private observer: MutationObserver | null = null;
  private readonly pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly revisits = new Map<Node, ReturnType<typeof setTimeout>>();

  constructor(private readonly delayMs: number, private readonly hooks: BatcherHooks) {}

  /** Starts watching `root` (once). */
  observe(root: Element): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** True while watching. */
  get watching(): boolean {
    return this.observer !== null;
  }

  /** Runs our own DOM writes and drops the records they cause (the page's records are collected first). */
  write<T>(fn: () => T): T {
    const before = this.observer?.takeRecords();
    if (before?.length) this.collect(before);
    try {
      return fn();
    } finally {
      this.observer?.takeRecords();
    }
  }

  /** The nodes the page added or rewrote since the last call. */
  take(): Node[] {
    const nodes = [...this.pending];
    this.pending.clear();
    return nodes;
  }

  /** Queues `node` again after `delayMs` (a redraw that backs off); once per node at a time. */
  revisit(node: Node, delayMs: number): void {
    if (this.revisits.has(node) || !this.observer) return;
    this.revisits.set(node, setTimeout(() => {
      this.revisits.delete(node);
      if (!this.observer) return;
      this.pending.add(node);
      this.schedule();
    }, delayMs));
  }

  /** Stops watching and forgets everything queued. */
  disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const id of this.revisits.values()) clearTimeout(id);
    this.revisits.clear();
    this.pending.clear();
  }

  private collect(records: MutationRecord[]): void {
    try {
      for (const record of records) {
        if (record.type === "characterData") {
          const node = record.target;
          this.hooks.onTextWrite?.(node);
          if (node.parentNode) this.pending.add(node.parentNode);
          continue;
        }
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 && (node as Element).localName === MARK_ELEMENT) continue;
          if (node.nodeType === 1 || node.nodeType === 3) this.pending.add(node);
        }
      }
      if (this.pending.size > 0) this.schedule();
    } catch (error) {
      this.hooks.onError?.(error);
    }
  }

  private schedule(): void {
    if (this.timer || !this.observer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.hooks.onFlush();
    }, this.delayMs);
  }
}

/**
 * The elements under `within` that hold `nodes` (text nodes stand for their parent), outside `excluded`,
 * with every one inside another of them left out. Linear in the nodes times the tree's depth: each walks
 * up its ancestors looking them up in a Set, instead of testing `contains` against every other node.
 */
export function topmostElements(nodes: Iterable<Node>, within: Element, excluded: string): Element[] {
  const candidates = new Set<Element>();
  for (const node of nodes) {
    const el = node.nodeType === 3 ? node.parentElement : node.nodeType === 1 ? (node as Element) : null;
    if (el && el.isConnected) candidates.add(el);
  }
  const roots: Element[] = [];
  for (const el of candidates) {
    let inside = false;
    let covered = false;
    for (let up: Element | null = el; up; up = up.parentElement) {
      if (up !== el && candidates.has(up)) covered = true;
      if (up === within) {
        inside = true;
        break;
      }
    }
    if (inside && !covered && !el.closest(excluded)) roots.push(el);
  }
  return roots;
}
