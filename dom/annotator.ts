import type { ClaimState } from "../core/card/verdict-words";
import type { ClaimCheck } from "../core/detect/verdicts";
import { resolveOverlaps } from "../core/ranges";
import type { ArticleInfo, Detection, Finding, PageSnapshot } from "./detection";
import type { RangeLook } from "./custom-highlight";
import type { HighlightSurface } from "./highlight-surfaces";
import { HighlightRegistry, type Highlight } from "./highlight-registry";
import type { HighlightSpec } from "./highlighter";
import { MutationBatcher, topmostElements } from "./mutation-batcher";
import { yieldToPage, type Pace } from "./pace";
import { PERF, mark, measure } from "./perf-marks";
import { asSnapshotText } from "./text-snapshot";
import { WorkBudget, type BudgetOptions } from "./work-budget";

export type { Highlight };

/**
 * Runs detection on the article and keeps its highlights in step with the page (issue #5):
 * gate → article → snapshot → find → highlight in slices → verdicts; then the mutation batcher's
 * flushes for live blogs, "load more", single-page-app navigation and frameworks that re-render our
 * highlights away. The highlight registry says which highlights exist and when a paragraph that keeps
 * losing them is left alone; the work budget stops everything on a page that would cost too much
 * (issue 14). This module only orchestrates: it reads no text and writes nothing itself.
 */

/**
 * The page's own reader of mentions and claims, for when the background cannot read the text (issue 15):
 * loaded only then.
 */
export interface PageReader {
  /** Mentions in a snapshot, when the Detection has no `find` of its own (see Detection.find). */
  find?(snapshot: PageSnapshot, article: ArticleInfo, scope: "article" | "fragment"): Finding[];
  /** Claims in a snapshot, given its mentions. */
  findClaims(snapshot: PageSnapshot, article: ArticleInfo, mentions: readonly Finding[]): Finding[];
  /** The same, in slices with a turn for the page between them (null: abandoned). Optional. */
  findClaimsInSlices?(snapshot: PageSnapshot, article: ArticleInfo, mentions: readonly Finding[], pace: Pace): Promise<Finding[] | null>;
}

/**
 * What the annotator needs only once there is something to highlight, loaded then (the page kit): the
 * surface highlights are drawn on (marks or ranges: dom/highlight-surfaces.ts), and the page's own reader,
 * loaded on first use.
 */
export interface HighlightKit {
  surface: HighlightSurface;
  reader(): Promise<PageReader>;
}

/** Why the annotator stopped on a page: its work budget ran out (too large, or changing too fast). */
export type StopReason = "too-much-work";

/** What the annotator asks of its surroundings (the content script binds these to messages). */
export interface AnnotatorHooks {
  /**
   * The mentions and claims of a snapshot read elsewhere than on the page's main thread (the background,
   * issue 15); null when that failed, and the page kit's own reader then reads them here.
   */
  read?(snapshot: PageSnapshot, article: ArticleInfo, scope: "article" | "fragment"): Promise<{ mentions: Finding[]; claims: Finding[] } | null>;
  /** Verdicts for new claims, by highlight id. */
  checkClaims?(claims: Highlight[], article: ArticleInfo): Promise<Record<string, ClaimCheck>>;
  /** The number of highlights changed. */
  onCount?(count: number): void;
  /** The first highlight was placed (the popover controller is created lazily here). */
  onFirstHighlight?(): void;
  /** Screen-reader description for a highlight. */
  describe?(kind: "mention" | "claim", verdict?: ClaimState): string;
  /** Reports an error (the content script logs each once). */
  onError?(error: unknown): void;
  /** The annotator stopped on this page (called once per start). */
  onStopped?(reason: StopReason): void;
}

/** Limits, replaceable in tests. */
export interface AnnotatorOptions {
  budget?: Partial<BudgetOptions>;
}

// Flush mutations at most this long after the first one: new content is highlighted well within 200 ms.
const FLUSH_DELAY_MS = 40;
// Yield to the page before a slice of our work reaches a long task (50 ms).
const SLICE_BUDGET_MS = 20;
// Highlights drawn between two looks at the clock: at 4× CPU slowdown 150 took ~200 ms, 40 took 72 ms on
// the article (mark.js and the attributes; issue 15).
const SPECS_PER_SLICE = 10;
// The first slice is smaller: mark.js's first use (compiling its code) falls in it, and its frame is the
// first one with our styles (31 ms for ten highlights at 4× on the article; issue 15).
const FIRST_SPECS = 2;
// Writes yield sooner than reads: each write also costs the page style and layout in its next frame.
const WRITE_BUDGET_MS = 12;
// Work before the first write in one task past which the first write gets a task of its own.
const PREPARED_MS = 4;
// When the budget stops a run while its claims are read, its mentions are still drawn, in one slice of this many.
const STOPPED_SLICE = 150;
// A gate slower than this (a long page) is followed by a yield before the article is read.
const GATE_YIELD_MS = 4;
// Past this many added roots in one flush, rescanning the article once is cheaper than one by one.
const RESCAN_THRESHOLD = 60;
// On a page's first read, each ms spent reading its text earns this many ms of budget (work-budget.ts).
const READ_CREDIT = 3;

/** Detects and highlights on one document; `start()` once, `destroy()` to take everything back out. */
export class Annotator {
  private article: ArticleInfo | null = null;
  private readonly registry = new HighlightRegistry(now);
  private readonly batcher: MutationBatcher;
  private budget: WorkBudget;
  private href = "";
  private running: Promise<void> = Promise.resolve();
  private generation = 0;
  private destroyed = false;
  private announcedFirst = false;
  private stop: StopReason | null = null;
  // The run the budget stopped: its claims are on the page, so their verdicts are still shown.
  private stoppedGeneration = -1;

  private kit: HighlightKit | null = null;
  private look: RangeLook | null = null;
  private lookShown = false;
  // When the latest slice of reading began (snapshot or claims): the writes that follow count from it.
  private sliceFrom = 0;
  // True during the first read of the page (from start() or restart()), when reading the text earns budget.
  private firstRead = false;
  // What the first write waits for (start()'s beforeWrite), null once waited for.
  private beforeWrite: Promise<void> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly detection: Detection,
    private readonly loadKit: () => Promise<HighlightKit>,
    private readonly hooks: AnnotatorHooks = {},
    private readonly options: AnnotatorOptions = {},
  ) {
    this.budget = new WorkBudget({ now, ...options.budget });
    this.batcher = new MutationBatcher(FLUSH_DELAY_MS, {
      onTextWrite: (node) => {
        const repair = this.kit?.surface.repairAfter(node);
        if (repair) this.batcher.write(repair);
      },
      onFlush: () => void this.enqueue(() => this.flush()),
      onError: (error) => this.hooks.onError?.(error),
    });
  }

  /**
   * Annotates the page now and watches it for new content. On the first start the content script may
   * pass what its own gate found (on text that has not changed since): a page with no mention is then
   * not read again. `beforeWrite` (the wait for the page to be idle) runs while the page is read, and the
   * first highlight waits for it: a framework hydrating its tree must not find our highlights in it, but
   * reading writes nothing, so the wait no longer comes first (issue 15: it was up to 140 ms of the time to
   * the first highlight at 4× CPU slowdown). Text that hydration replaces is read again as new content.
   */
  start(first: { relevant?: boolean; beforeWrite?: () => Promise<void> } = {}): Promise<void> {
    this.href = this.doc.location?.href ?? "";
    this.observe();
    if (first.relevant === false) return this.enqueue(async () => undefined).then(() => mark(PERF.done));
    const job = async () => {
      this.beforeWrite = first.beforeWrite?.() ?? null;
      // The content script's gate already passed this text: do not read the whole body again.
      this.firstRead = true;
      try {
        await this.runFull(first.relevant === true);
      } finally {
        this.firstRead = false;
        this.beforeWrite = null;
      }
    };
    return this.enqueue(job).then(() => mark(PERF.done));
  }

  /** Resolves when the work queued so far is done (tests, and callers that want the page settled). */
  idle(): Promise<void> {
    return this.running;
  }

  /** Why the annotator stopped on this page, or null while it is running. */
  stopped(): StopReason | null {
    return this.stop;
  }

  /** Every highlight, in document order of its first element. */
  highlights(): Highlight[] {
    return this.registry.all();
  }

  /** How highlights are drawn on this page, once the first one is ("marks" or "ranges"). */
  mode(): "marks" | "ranges" | null {
    return this.kit?.surface.mode ?? null;
  }

  /** The highlight drawn at a viewport point (ranges mode: there is no element to hit). */
  highlightAt(x: number, y: number): Highlight | undefined {
    return this.registry.live(this.kit?.surface.idAt(x, y));
  }

  /** The reader's highlight look: shown with the first highlight (nothing is written before), then at once. */
  setLook(look: RangeLook): void {
    this.look = look;
    const kit = this.kit;
    if (kit && this.lookShown) this.batcher.write(() => kit.surface.setLook(look));
  }

  /** Shows which highlight's popover is open, where the surface draws it (ranges). */
  setOpen(id: string | null): void {
    this.kit?.surface.setOpen(id);
  }

  /** The highlight an element belongs to. */
  highlightOf(el: Element): Highlight | undefined {
    return this.registry.of(el);
  }

  /** The article the highlights belong to. */
  articleInfo(): ArticleInfo | null {
    return this.article;
  }

  /** Stops watching and removes every highlight, restoring the page's text nodes. */
  destroy(): void {
    this.destroyed = true;
    this.generation += 1;
    this.batcher.disconnect();
    this.removeAll();
    this.dropLook();
    this.registry.clear();
  }

  /**
   * Removes the highlights but keeps the annotator usable (for `start()` again). With `newSurface`, the
   * next highlight decides again how to draw (the reader changed this site's highlighting mode).
   */
  clear(newSurface = false): void {
    this.generation += 1;
    this.stoppedGeneration = -1;
    this.batcher.disconnect();
    this.removeAll();
    this.registry.clear();
    this.dropLook();
    if (newSurface) this.kit = null;
    this.hooks.onCount?.(0);
  }

  /** Resumes after `clear()`, with a fresh work budget (the reader turned Tidemark back on). */
  restart(): Promise<void> {
    this.destroyed = false;
    this.stop = null;
    this.budget = new WorkBudget({ now, ...this.options.budget });
    return this.start();
  }

  private removeAll(): void {
    const kit = this.kit;
    if (kit) this.batcher.write(() => kit.surface.removeAll());
  }

  private dropLook(): void {
    const kit = this.kit;
    if (kit && this.lookShown) this.batcher.write(() => kit.surface.dropLook());
    this.lookShown = false;
  }

  // Work runs one job at a time so slices of two runs never interleave.
  private enqueue(job: () => Promise<void>): Promise<void> {
    const generation = this.generation;
    this.running = this.running
      .then(() => (this.current(generation) ? job() : undefined))
      .catch((error) => { this.hooks.onError?.(error); });
    return this.running;
  }

  // True while the run started in `generation` is still wanted.
  private current(generation: number): boolean {
    return generation === this.generation && !this.destroyed && this.stop === null;
  }

  private observe(): void {
    const body = this.doc.body;
    if (body && this.stop === null) this.batcher.observe(body);
  }

  /** Runs one synchronous step of ours and charges it to the budget. */
  private work<T>(fn: () => T): T {
    const started = now();
    try {
      return fn();
    } finally {
      this.charge(now() - started);
    }
  }

  // Charges work already done; past the budget, the page is no longer annotated (what is drawn stays).
  private charge(ms: number): void {
    if (this.budget.charge(ms) || this.stop !== null || this.destroyed) return;
    this.stop = "too-much-work";
    this.stoppedGeneration = this.generation;
    this.generation += 1;
    this.batcher.disconnect();
    mark(PERF.stopped);
    this.hooks.onStopped?.(this.stop);
  }

  private async runFull(gated = false): Promise<void> {
    const started = now();
    const body = this.doc.body;
    if (!body) return;
    const generation = this.generation;
    if (!gated) {
      const relevant = this.work(() => this.detection.relevant(body.textContent ?? ""));
      measure(PERF.gate, started);
      if (!relevant || !this.current(generation)) return;
    }
    // On a long page the gate and the read would make one long task: give the page a turn between them.
    if (now() - started > GATE_YIELD_MS) {
      await yieldToPage();
      if (!this.current(generation)) return;
    }
    // Finding the article (its root, language and date) is reading too: measured as scan steps, in slices
    // when the detection can (a long page's paragraphs are many).
    const article = await this.findArticle(generation);
    if (!article || !this.current(generation)) return;
    this.article = article;
    await this.annotate(article.root, article);
    // Not relevant after all: later content is gated and judged with the whole article again.
    if (this.registry.size === 0 && this.article === article) this.article = null;
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
      this.batcher.take();
      this.removeAll();
      this.registry.clear();
      this.article = null;
      this.hooks.onCount?.(0);
      return this.runFull();
    }
    const generation = this.generation;
    const added = this.batcher.take();
    const gone = this.work(() => this.registry.prune());
    if (gone.length > 0) {
      this.kit?.surface.forget(gone);
      this.hooks.onCount?.(this.registry.size);
    }
    if (!this.current(generation)) return;
    if (!article) {
      // Nothing was relevant yet: gate the new text only.
      const relevant = this.work(() => this.detection.relevant(added.map((n) => n.textContent ?? "").join(" ")));
      if (relevant && this.current(generation)) return this.runFull();
      return;
    }
    const roots = this.work(() => topmostElements(added, article.root, this.detection.excluded));
    if (!this.current(generation)) return;
    if (roots.length > RESCAN_THRESHOLD || roots.includes(article.root)) return this.annotate(article.root, article);
    for (const root of roots) {
      await this.annotate(root, article);
      if (!this.current(generation)) return;
    }
  }

  private async annotate(root: Element, article: ArticleInfo): Promise<void> {
    const generation = this.generation;
    const snapshot = await this.readSnapshot(root, generation);
    if (!snapshot || !this.current(generation)) return;
    const scope = root === article.root ? "article" : "fragment";
    // The background reads the text when it can: the page's main thread only waits (issue 15).
    const asked = now();
    const remote = this.hooks.read ? await this.hooks.read(snapshot, article, scope).catch(() => null) : null;
    if (this.hooks.read) measure(PERF.away, asked);
    if (!this.current(generation)) return;
    // Waiting for the answer was the page's time, not ours: the first slice of writes starts now.
    if (remote) this.sliceFrom = now();
    const mentions = remote?.mentions ?? (await this.findHere(snapshot, article, scope, generation));
    if (!mentions || mentions.length === 0 || !this.current(generation)) return;
    if (this.beforeWrite) {
      const waiting = this.beforeWrite;
      this.beforeWrite = null;
      await waiting;
      if (!this.current(generation)) return;
      this.sliceFrom = now();
    }
    const loaded = this.kit;
    const kit = loaded ?? (this.kit = await this.loadKit());
    if (!this.current(generation)) return;
    // The search may have used the budget: claims get a task of their own.
    if (!remote && now() - this.sliceFrom > SLICE_BUDGET_MS / 2) {
      await yieldToPage();
      if (!this.current(generation)) return;
    }
    const found = remote?.claims ?? (await this.readClaims(kit, snapshot, article, mentions, generation));
    if (this.stoppedGeneration === generation && !this.destroyed) {
      // The budget ran out while the claims were read: the mentions already found are shown (one slice,
      // so what a stopped page costs stays bounded), the claims are not.
      const writeStart = now();
      this.drawSlice(kit, resolveOverlaps(mentions).slice(0, STOPPED_SLICE), snapshot, []);
      measure(PERF.highlight, writeStart);
      this.hooks.onCount?.(this.registry.size);
      return;
    }
    if (!found || !this.current(generation)) return;
    const findings = resolveOverlaps([...mentions, ...found]);
    const claims: Highlight[] = [];
    // What came before the first write in this task (claim extraction, taking the background's answer,
    // the kit's surface) gets a task of its own when it took a while: the first write and the style and
    // layout of its frame then follow in a task of their own (issue 15: 35 + 24 ms at 4× on the article).
    let sliceStart = this.sliceFrom;
    for (let i = 0; i < findings.length;) {
      if (i === 0 && now() - sliceStart > PREPARED_MS) {
        await yieldToPage();
        sliceStart = now();
      }
      if (!this.current(generation)) return;
      const writeStart = now();
      const end = this.sliceEnd(findings, i, snapshot);
      this.work(() => this.drawSlice(kit, findings.slice(i, end), snapshot, claims));
      measure(PERF.highlight, writeStart);
      i = end;
      if (now() - sliceStart > WRITE_BUDGET_MS && i < findings.length) {
        await yieldToPage();
        sliceStart = now();
      }
    }
    this.hooks.onCount?.(this.registry.size);
    if (claims.length > 0 && this.hooks.checkClaims) void this.verdicts(claims, article, generation);
  }

  // Where a slice of writes starting at `from` ends: after SPECS_PER_SLICE findings, and never between two
  // in one text node. Drawing splits the node, and the snapshot's offsets for the rest of it would then point
  // into text that moved (the later finding was dropped as stale: one highlight lost on the bench's article).
  private sliceEnd(findings: readonly Finding[], from: number, snapshot: PageSnapshot): number {
    let end = Math.min(findings.length, from + (from === 0 ? FIRST_SPECS : SPECS_PER_SLICE));
    while (end < findings.length) {
      const before = findings[end - 1]!;
      const next = findings[end]!;
      const last = this.detection.pieces(snapshot, before.start, before.end).at(-1)?.node;
      if (!last || last !== this.detection.pieces(snapshot, next.start, next.end)[0]?.node) break;
      end += 1;
    }
    return end;
  }

  // One slice drawn, with the reader's look set before the first (ranges carry it in their names) and the
  // first highlight announced (the popover controller is created then).
  private drawSlice(kit: HighlightKit, findings: Finding[], snapshot: PageSnapshot, claims: Highlight[]): void {
    if (!this.lookShown && this.look) {
      const look = this.look;
      this.batcher.write(() => kit.surface.setLook(look));
      this.lookShown = true;
    }
    this.draw(kit.surface, findings, snapshot, claims);
    if (!this.announcedFirst && this.registry.size > 0) {
      this.announcedFirst = true;
      mark(PERF.first);
      this.hooks.onFirstHighlight?.();
    }
  }

  // One slice of findings: registered, drawn, and the claims among them collected for verdicts.
  private draw(surface: HighlightSurface, findings: Finding[], snapshot: PageSnapshot, claims: Highlight[]): void {
    const specs = this.specsFor(findings, snapshot, surface);
    const drawn = this.batcher.write(() => surface.draw(specs));
    for (const d of drawn) {
      const item = this.registry.get(d.id);
      if (item) Object.assign(item, { elements: d.elements, ranges: d.ranges });
    }
    for (const spec of specs) {
      const item = this.registry.live(spec.id);
      if (!item) this.registry.delete(spec.id);
      else if (item.kind === "claim") claims.push(item);
    }
  }

  // The mentions, read on the page (the background could not): by the Detection, or by the page kit.
  private async findHere(snapshot: PageSnapshot, article: ArticleInfo, scope: "article" | "fragment", generation: number): Promise<Finding[] | null> {
    // After a long last slice of the read, the search over the whole text gets a task of its own.
    if (now() - this.sliceFrom > SLICE_BUDGET_MS / 2) {
      await yieldToPage();
      if (!this.current(generation)) return null;
    }
    let find = this.detection.find;
    if (!find) {
      const kit = this.kit ?? (this.kit = await this.loadKit());
      const reader = this.current(generation) ? await kit.reader() : null;
      if (!reader?.find || !this.current(generation)) return null;
      find = reader.find;
    }
    const scanStart = now();
    const mentions = this.work(() => find(snapshot, article, scope));
    measure(PERF.scan, scanStart);
    this.sliceFrom = scanStart;
    return mentions;
  }

  private findArticle(generation: number): Promise<ArticleInfo | null> {
    return this.detection.article(this.doc, this.pace(generation));
  }

  // The snapshot, read in slices (a long page would otherwise be one long task); reading the text on the
  // first read earns budget.
  private readSnapshot(root: Element, generation: number): Promise<PageSnapshot | null> {
    return this.detection.snapshot(root, this.pace(generation, this.firstRead));
  }

  // Claims, by the page's own reader, in slices when it can (a live blog has thousands of sentences with a digit).
  private async readClaims(
    kit: HighlightKit, snapshot: PageSnapshot, article: ArticleInfo, mentions: Finding[], generation: number,
  ): Promise<Finding[] | null> {
    const reader = await kit.reader();
    if (!this.current(generation)) return null;
    if (reader.findClaimsInSlices) return reader.findClaimsInSlices(snapshot, article, mentions, this.pace(generation));
    this.sliceFrom = now();
    const found = this.work(() => reader.findClaims(snapshot, article, mentions));
    measure(PERF.scan, this.sliceFrom);
    return found;
  }

  // Slices of about SLICE_BUDGET_MS, each measured as scan time and charged to the budget (reading the
  // text on the first read also earns credit); abandoned when this run is superseded or the budget ran out.
  private pace(generation: number, earns = false): Pace {
    return {
      budgetMs: SLICE_BUDGET_MS,
      now,
      onSlice: (startedAt) => {
        this.sliceFrom = startedAt;
        const ms = measure(PERF.scan, startedAt) - startedAt;
        if (earns) this.budget.credit(READ_CREDIT * ms);
        this.charge(ms);
      },
      pause: async () => {
        if (!this.current(generation)) return false;
        await yieldToPage();
        return this.current(generation);
      },
    };
  }

  private specsFor(findings: Finding[], snapshot: PageSnapshot, surface: HighlightSurface): HighlightSpec[] {
    const specs: HighlightSpec[] = [];
    for (const f of findings) {
      const pieces = this.detection.pieces(snapshot, f.start, f.end);
      // The page may have changed since the snapshot (we yield between slices): skip stale findings.
      const live = pieces.every((p) => p.node.isConnected && p.end <= p.node.data.length);
      // (A claim may run over a line break in the page's source, which the snapshot holds as a space.)
      if (!live || asSnapshotText(pieces.map((p) => p.node.data.slice(p.start, p.end)).join("")) !== snapshot.text.slice(f.start, f.end)) continue;
      // Ranges leave the text where it was, so a rescan sees highlighted text again: draw it once.
      if (pieces.some((p) => surface.covers(p.node, p.start, p.end))) continue;
      // A paragraph that keeps losing its highlights waits longer each time, then is left alone.
      const anchor = pieces[0]?.node.parentElement ?? null;
      const redraw = this.registry.redraw(anchor);
      if (redraw === "never") continue;
      if (!redraw.now) {
        this.batcher.revisit(anchor!, redraw.afterMs);
        continue;
      }
      const verdict: ClaimState | undefined = f.kind === "claim" ? "pending" : undefined;
      const item = this.registry.add({ kind: f.kind, topic: f.topic, text: f.text, verdict, claim: f.claim, anchor });
      specs.push({ id: item.id, kind: f.kind, topic: f.topic, verdict, pieces, description: this.hooks.describe?.(f.kind, verdict) });
    }
    return specs;
  }

  private async verdicts(claims: Highlight[], article: ArticleInfo, generation: number): Promise<void> {
    try {
      const answers = await this.hooks.checkClaims!(claims, article);
      if (this.destroyed || (generation !== this.generation && generation !== this.stoppedGeneration)) return;
      this.work(() => this.batcher.write(() => {
        for (const claim of claims) {
          const check = answers[claim.id];
          const verdict: ClaimState = check?.verdict ?? "unchecked";
          claim.verdict = verdict;
          if (check) claim.check = check;
          this.kit?.surface.setVerdict(claim.id, verdict, this.hooks.describe?.("claim", verdict));
        }
      }));
    } catch (error) {
      this.hooks.onError?.(error);
    }
  }
}

function now(): number {
  return performance.now();
}
