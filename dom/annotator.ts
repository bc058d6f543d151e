import type { TopicId } from "../core/topics";
import type { ArticleInfo, Detection, Finding, PageSnapshot } from "./detection";
import type { RangeLook } from "./custom-highlight";
import type { HighlightSurface } from "./highlight-surfaces";
import type { HighlightSpec } from "./highlighter";
import type { Pace } from "./pace";
import { MARK_ELEMENT, MARK_SELECTOR } from "./mark-names";
import { PERF, mark, measure } from "./perf-marks";

/**
 * What the annotator needs only once there is something to highlight, loaded then (see page-kit.ts):
 * claim extraction, and the surface highlights are drawn on (marks or ranges: dom/highlight-writers.ts).
 */
export interface HighlightWriter {
  /** Claims in a snapshot, given its mentions. */
  findClaims(snapshot: PageSnapshot, article: ArticleInfo, mentions: readonly Finding[]): Finding[];
  /** The same, in slices with a turn for the page between them (null: abandoned). Optional. */
  findClaimsInSlices?(snapshot: PageSnapshot, article: ArticleInfo, mentions: readonly Finding[], pace: Pace): Promise<Finding[] | null>;
  surface: HighlightSurface;
}

/**
 * Runs detection on the article and keeps its highlights in step with the page (issue #5):
 * gate → article → snapshot → find → highlight in slices → verdicts; then one MutationObserver for
 * live blogs, "load more", single-page-app navigation and frameworks that re-render our highlights away.
 */

/** One highlight the annotator placed (a mention or a claim), by id. */
export interface Highlight {
  id: string;
  kind: "mention" | "claim";
  topic: TopicId;
  text: string;
  verdict?: string;
  claim?: unknown;
  /** Its elements in document order (marks mode); the first is the one that takes focus. */
  elements: Element[];
  /** Its ranges in document order (ranges mode: nothing in the page was changed). */
  ranges: Range[];
}

/** What the annotator asks of its surroundings (the content script binds these to messages). */
export interface AnnotatorHooks {
  /** Verdicts for new claims, by highlight id. */
  checkClaims?(claims: Highlight[], article: ArticleInfo): Promise<Record<string, string>>;
  /** The number of highlights changed. */
  onCount?(count: number): void;
  /** The first highlight was placed (the popover controller is created lazily here). */
  onFirstHighlight?(): void;
  /** Screen-reader description for a highlight. */
  describe?(kind: "mention" | "claim", verdict?: string): string;
  /** Reports an error (the content script logs each once). */
  onError?(error: unknown): void;
}

// Flush mutations at most this long after the first one: new content is highlighted well within 200 ms.
const FLUSH_DELAY_MS = 40;
// Yield to the page before a slice of our work reaches a long task (50 ms).
const SLICE_BUDGET_MS = 20;
const SPECS_PER_SLICE = 150;
// A gate slower than this (a long page) is followed by a yield before the article is read.
const GATE_YIELD_MS = 4;
// Past this many added roots in one flush, rescanning the article once is cheaper than one by one.
const RESCAN_THRESHOLD = 60;

/** Detects and highlights on one document; `start()` once, `destroy()` to take everything back out. */
export class Annotator {
  private article: ArticleInfo | null = null;
  private readonly items = new Map<string, Highlight>();
  private observer: MutationObserver | null = null;
  private readonly pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private href = "";
  private nextId = 1;
  private running: Promise<void> = Promise.resolve();
  private generation = 0;
  private destroyed = false;
  private announcedFirst = false;

  private writer: HighlightWriter | null = null;
  private look: RangeLook | null = null;
  private lookShown = false;
  // When the latest slice of reading began (snapshot or claims): the writes that follow count from it.
  private sliceFrom = 0;

  constructor(
    private readonly doc: Document,
    private readonly detection: Detection,
    private readonly loadWriter: () => Promise<HighlightWriter>,
    private readonly hooks: AnnotatorHooks = {},
  ) {}

  /**
   * Annotates the page now and watches it for new content. On the first start the content script may
   * pass what its own gate found (on text that has not changed since): a page with no mention is then
   * not read again, and `beforeRead` (the wait for the page to be idle) runs only on a page worth reading.
   */
  start(first: { relevant?: boolean; beforeRead?: () => Promise<void> } = {}): Promise<void> {
    this.href = this.doc.location?.href ?? "";
    if (first.relevant === false) {
      this.observe();
      return this.enqueue(async () => undefined).then(() => mark(PERF.done));
    }
    const job = async () => {
      if (first.beforeRead) await first.beforeRead();
      this.observe();
      // The content script's gate already passed this text: do not read the whole body again.
      await this.runFull(first.relevant === true);
    };
    if (!first.beforeRead) this.observe();
    return this.enqueue(job).then(() => mark(PERF.done));
  }

  /** Every highlight, in document order of its first element. */
  highlights(): Highlight[] {
    return [...this.items.values()].filter(isLive).sort(order);
  }

  /** How highlights are drawn on this page, once the first one is ("marks" or "ranges"). */
  mode(): "marks" | "ranges" | null {
    return this.writer?.surface.mode ?? null;
  }

  /** The highlight drawn at a viewport point (ranges mode: there is no element to hit). */
  highlightAt(x: number, y: number): Highlight | undefined {
    const id = this.writer?.surface.idAt(x, y);
    const item = id ? this.items.get(id) : undefined;
    return item && isLive(item) ? item : undefined;
  }

  /** The reader's highlight look: shown with the first highlight (nothing is written before), then at once. */
  setLook(look: RangeLook): void {
    this.look = look;
    const writer = this.writer;
    if (writer && this.lookShown) this.write(() => writer.surface.setLook(look));
  }

  /** Shows which highlight's popover is open, where the surface draws it (ranges). */
  setOpen(id: string | null): void {
    this.writer?.surface.setOpen(id);
  }

  /** The highlight an element belongs to. */
  highlightOf(el: Element): Highlight | undefined {
    const id = el.closest(MARK_ELEMENT)?.getAttribute("data-id");
    return id ? this.items.get(id) : undefined;
  }

  /** The article the highlights belong to. */
  articleInfo(): ArticleInfo | null {
    return this.article;
  }

  /** Stops watching and removes every highlight, restoring the page's text nodes. */
  destroy(): void {
    this.destroyed = true;
    this.generation += 1;
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer) clearTimeout(this.timer);
    this.removeAll();
    this.dropLook();
    this.items.clear();
    this.pending.clear();
  }

  /**
   * Removes the highlights but keeps the annotator usable (for `start()` again). With `newSurface`, the
   * next highlight decides again how to draw (the reader changed this site's highlighting mode).
   */
  clear(newSurface = false): void {
    this.generation += 1;
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.removeAll();
    this.items.clear();
    this.pending.clear();
    this.dropLook();
    if (newSurface) this.writer = null;
    this.hooks.onCount?.(0);
  }

  /** Resumes after `clear()`. */
  restart(): Promise<void> {
    this.destroyed = false;
    return this.start();
  }

  private removeAll(): void {
    const writer = this.writer;
    if (writer) this.write(() => writer.surface.removeAll());
  }

  private dropLook(): void {
    const writer = this.writer;
    if (writer && this.lookShown) this.write(() => writer.surface.dropLook());
    this.lookShown = false;
  }

  // Work runs one job at a time so slices of two runs never interleave.
  private enqueue(job: () => Promise<void>): Promise<void> {
    const generation = this.generation;
    this.running = this.running
      .then(() => (generation === this.generation && !this.destroyed ? job() : undefined))
      .catch((error) => { this.hooks.onError?.(error); });
    return this.running;
  }

  private observe(): void {
    const body = this.doc.body;
    if (!body || this.observer) return;
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
  }

  // Runs our own DOM writes and drops the mutation records they cause (page records are kept first).
  private write<T>(fn: () => T): T {
    const before = this.observer?.takeRecords();
    if (before?.length) this.collect(before);
    try {
      return fn();
    } finally {
      this.observer?.takeRecords();
    }
  }

  private collect(records: MutationRecord[]): void {
    try {
      for (const record of records) {
        if (record.type === "characterData") {
          const node = record.target;
          const writer = this.writer;
          const repair = writer?.surface.repairAfter(node);
          if (repair) this.write(repair);
          if (node.parentNode) this.pending.add(node.parentNode);
          continue;
        }
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 && (node as Element).localName === MARK_ELEMENT) continue;
          if (node.nodeType === 1 || node.nodeType === 3) this.pending.add(node);
        }
      }
      if (this.pending.size > 0 && !this.timer && !this.destroyed) {
        this.timer = setTimeout(() => {
          this.timer = null;
          void this.enqueue(() => this.flush());
        }, FLUSH_DELAY_MS);
      }
    } catch (error) {
      this.hooks.onError?.(error);
    }
  }

  private async runFull(gated = false): Promise<void> {
    const started = now();
    const body = this.doc.body;
    if (!body) return;
    const generation = this.generation;
    if (!gated) {
      const relevant = this.detection.relevant(body.textContent ?? "");
      measure(PERF.gate, started);
      if (!relevant) return;
    }
    // On a long page the gate and the read would make one long task: give the page a turn between them.
    if (now() - started > GATE_YIELD_MS) {
      await yieldToPage();
      if (generation !== this.generation || this.destroyed) return;
    }
    const article = this.detection.article(this.doc);
    this.article = article;
    await this.annotate(article.root, article);
    // Not relevant after all: later content is gated and judged with the whole article again.
    if (this.items.size === 0 && this.article === article) this.article = null;
  }

  private async flush(): Promise<void> {
    const started = now();
    await this.flushPending();
    measure(PERF.update, started);
  }

  private async flushPending(): Promise<void> {
    const href = this.doc.location?.href ?? "";
    const article = this.article;
    // A single-page app changed route, or replaced the article: start again on the new one.
    if (href !== this.href || (article && !article.root.isConnected)) {
      this.href = href;
      this.pending.clear();
      this.removeAll();
      this.items.clear();
      this.article = null;
      this.hooks.onCount?.(0);
      return this.runFull();
    }
    this.prune();
    const added = [...this.pending];
    this.pending.clear();
    if (!article) {
      // Nothing was relevant yet: gate the new text only.
      const text = added.map((n) => n.textContent ?? "").join(" ");
      if (this.detection.relevant(text)) return this.runFull();
      return;
    }
    const roots = topmost(added.map((n) => (n.nodeType === 3 ? n.parentNode : n)).filter(
      (n): n is Element => !!n && n.nodeType === 1 && n.isConnected && article.root.contains(n) &&
        !(n as Element).closest(this.detection.excluded),
    ));
    if (roots.length > RESCAN_THRESHOLD || roots.includes(article.root)) return this.annotate(article.root, article);
    for (const root of roots) await this.annotate(root, article);
  }

  // Drop highlights the page has removed, so counts and findings stay true.
  private prune(): void {
    const gone: string[] = [];
    for (const [id, item] of this.items) {
      if (!item.elements.some((el) => el.isConnected) && !item.ranges.some(liveRange)) {
        this.items.delete(id);
        gone.push(id);
      }
    }
    if (gone.length === 0) return;
    this.writer?.surface.forget(gone);
    this.hooks.onCount?.(this.items.size);
  }

  private async annotate(root: Element, article: ArticleInfo): Promise<void> {
    const generation = this.generation;
    const snapshot = await this.readSnapshot(root, generation);
    if (!snapshot || generation !== this.generation || this.destroyed) return;
    // After a long last slice of the read, the search over the whole text gets a task of its own.
    if (now() - this.sliceFrom > SLICE_BUDGET_MS / 2) {
      await yieldToPage();
      if (generation !== this.generation || this.destroyed) return;
    }
    const scanStart = now();
    const mentions = this.detection.find(snapshot, article, root === article.root ? "article" : "fragment");
    measure(PERF.scan, scanStart);
    if (mentions.length === 0) return;
    const loaded = this.writer;
    const writer = loaded ?? (this.writer = await this.loadWriter());
    if (generation !== this.generation || this.destroyed) return;
    // The search may have used the budget: claims get a task of their own.
    if (loaded && now() - scanStart > SLICE_BUDGET_MS / 2) {
      await yieldToPage();
      if (generation !== this.generation || this.destroyed) return;
    }
    const found = await this.readClaims(writer, snapshot, article, mentions, generation);
    if (!found || generation !== this.generation || this.destroyed) return;
    const findings = [...mentions, ...found];
    const claims: Highlight[] = [];
    // Ranges carry the look in their highlight names: it is set before the first one is drawn.
    if (!this.lookShown && this.look) {
      const look = this.look;
      this.write(() => writer.surface.setLook(look));
      this.lookShown = true;
    }
    // Claim extraction counts towards the first slice: on a long page it yields before writing.
    let sliceStart = this.sliceFrom;
    for (let i = 0; i < findings.length; i += SPECS_PER_SLICE) {
      if (i === 0 && now() - sliceStart > SLICE_BUDGET_MS) {
        await yieldToPage();
        sliceStart = now();
      }
      if (generation !== this.generation || this.destroyed) return;
      const writeStart = now();
      const specs = this.specsFor(findings.slice(i, i + SPECS_PER_SLICE), snapshot, writer.surface);
      const drawn = this.write(() => writer.surface.draw(specs));
      measure(PERF.highlight, writeStart);
      for (const d of drawn) {
        const item = this.items.get(d.id);
        if (item) Object.assign(item, { elements: d.elements, ranges: d.ranges });
      }
      for (const spec of specs) {
        const item = this.items.get(spec.id);
        if (!item || !isLive(item)) this.items.delete(spec.id);
        else if (item.kind === "claim") claims.push(item);
      }
      if (!this.announcedFirst && this.items.size > 0) {
        this.announcedFirst = true;
        this.hooks.onFirstHighlight?.();
      }
      if (now() - sliceStart > SLICE_BUDGET_MS && i + SPECS_PER_SLICE < findings.length) {
        await yieldToPage();
        sliceStart = now();
      }
    }
    this.hooks.onCount?.(this.items.size);
    if (claims.length > 0 && this.hooks.checkClaims) void this.verdicts(claims, article, generation);
  }

  // The snapshot, read in slices when the detection can (a long page would otherwise be one long task).
  private async readSnapshot(root: Element, generation: number): Promise<PageSnapshot | null> {
    const sliced = this.detection.snapshotInSlices;
    if (!sliced) {
      this.sliceFrom = now();
      const snapshot = this.detection.snapshot(root);
      measure(PERF.scan, this.sliceFrom);
      return snapshot;
    }
    return sliced(root, this.pace(generation));
  }

  // Claims, in slices when the kit can (a live blog has thousands of sentences with a digit).
  private async readClaims(
    writer: HighlightWriter, snapshot: PageSnapshot, article: ArticleInfo, mentions: Finding[], generation: number,
  ): Promise<Finding[] | null> {
    if (writer.findClaimsInSlices) return writer.findClaimsInSlices(snapshot, article, mentions, this.pace(generation));
    this.sliceFrom = now();
    const found = writer.findClaims(snapshot, article, mentions);
    measure(PERF.scan, this.sliceFrom);
    return found;
  }

  // Slices of about SLICE_BUDGET_MS, each measured as scan time, abandoned when this run is superseded.
  private pace(generation: number): Pace {
    return {
      budgetMs: SLICE_BUDGET_MS,
      now,
      onSlice: (startedAt) => {
        this.sliceFrom = startedAt;
        measure(PERF.scan, startedAt);
      },
      pause: async () => {
        await yieldToPage();
        return generation === this.generation && !this.destroyed;
      },
    };
  }

  private specsFor(findings: Finding[], snapshot: PageSnapshot, surface: HighlightSurface): HighlightSpec[] {
    const specs: HighlightSpec[] = [];
    for (const f of resolveOverlaps(findings)) {
      const pieces = this.detection.pieces(snapshot, f.start, f.end);
      // The page may have changed since the snapshot (we yield between slices): skip stale findings.
      const live = pieces.every((p) => p.node.isConnected && p.end <= p.node.data.length);
      if (!live || pieces.map((p) => p.node.data.slice(p.start, p.end)).join("") !== snapshot.text.slice(f.start, f.end)) continue;
      // Ranges leave the text where it was, so a rescan sees highlighted text again: draw it once.
      if (pieces.some((p) => surface.covers(p.node, p.start, p.end))) continue;
      const id = `${f.kind === "claim" ? "c" : "m"}${this.nextId++}`;
      const verdict = f.kind === "claim" ? "pending" : undefined;
      this.items.set(id, { id, kind: f.kind, topic: f.topic, text: f.text, verdict, claim: f.claim, elements: [], ranges: [] });
      specs.push({ id, kind: f.kind, topic: f.topic, verdict, pieces, description: this.hooks.describe?.(f.kind, verdict) });
    }
    return specs;
  }

  private async verdicts(claims: Highlight[], article: ArticleInfo, generation: number): Promise<void> {
    try {
      const answers = await this.hooks.checkClaims!(claims, article);
      if (generation !== this.generation) return;
      this.write(() => {
        for (const claim of claims) {
          const verdict = answers[claim.id] ?? "unchecked";
          claim.verdict = verdict;
          this.writer?.surface.setVerdict(claim.id, verdict, this.hooks.describe?.("claim", verdict));
        }
      });
    } catch (error) {
      this.hooks.onError?.(error);
    }
  }
}

/** Claims win over mentions they overlap; otherwise the earlier, longer one wins. Never nested. */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const ranked = [...findings].sort((a, b) =>
    (a.kind === b.kind ? 0 : a.kind === "claim" ? -1 : 1) || a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const f of ranked) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function topmost(nodes: Element[]): Element[] {
  const unique = [...new Set(nodes)];
  return unique.filter((n) => !unique.some((other) => other !== n && other.contains(n)));
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

function now(): number {
  return performance.now();
}

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export { MARK_SELECTOR };
