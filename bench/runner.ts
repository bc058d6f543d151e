import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, CDPSession, Page } from "playwright-core";
import type { BenchPage } from "./pages";

/**
 * Measures one case on one freshly loaded page (issue 7): a baseline in the page itself on a host the
 * extension does not run on, or the extension on 127.0.0.1, where the e2e build's content script runs.
 */

const require = createRequire(import.meta.url);
const MARK_JS = readFileSync(require.resolve("mark.js/dist/mark.min.js"), "utf8");
const BASELINES_JS = readFileSync(new URL("./baselines.js", import.meta.url), "utf8");
const PROBE_JS = readFileSync(new URL("./probe.js", import.meta.url), "utf8");

/** A host the content script never matches: baseline pages are served here by request interception. */
export const BASELINE_ORIGIN = "http://baseline.tidemark-bench.invalid";

/** The four baselines (shared/docs/PERFORMANCE.md). */
export type BaselineName = "scanFloor" | "writeFloor" | "naiveMark" | "markRegExp";

/** What the baseline reported from inside the page. */
export interface BaselineSample {
  ms: number;
  matches: number;
  writes: number;
  /** Naive mark.js only: stopped at the cap, so `ms` is a lower bound. */
  capped?: boolean;
}

/** Chromium's own counters for one page (CDP Performance.getMetrics after a forced GC). */
export interface PageMetrics {
  scriptMs: number;
  taskMs: number;
  heapMB: number;
  nodes: number;
}

/** A gap between two ticks of the page-world probe (bench/probe.js), ms on the page's clock. */
export interface Gap {
  start: number;
  duration: number;
}

/** The control page (the same bytes, no extension) as the probe saw it, after the load settled. */
export interface ControlSample {
  metrics: PageMetrics;
  /** Every gap of more than 12 ms between the probe's ticks, relative to DOMContentLoaded. */
  gaps: Gap[];
  /**
   * The page's own block for one inline write, once it has settled (the 4× controls only; NaN elsewhere): one
   * word of a paragraph in the middle of the article wrapped in one element, and the longest probe gap that
   * follows (the style, layout and paint of the frame after it). No highlight can cost the page less.
   */
  oneWriteMs: number;
}

/** How the main thread felt on the extension's page (issue 15, the page-world probe). */
export interface ProbeSample {
  /** Every gap of more than 12 ms between the probe's ticks, relative to DOMContentLoaded. */
  gaps: Gap[];
  /** tidemark:start, relative to DOMContentLoaded: the control's gaps are read from the same offset on. */
  startAfterDcl: number;
  /**
   * The longest gap in which one of our steps ran (gate, scan, highlight, update, the page kit's import)
   * or that began within 10 ms of one ending (the style and layout our writes cause run right after
   * them), counted from tidemark:start: the block as the page feels it, attributed to us.
   */
  oursMs: number;
  /** tidemark:start → the first highlight element inserted, and the first one in the viewport (ms; NaN: none). */
  firstHighlightMs: number;
  firstInViewMs: number;
}

/** The extension on one page. */
export interface ExtensionSample {
  /** tidemark:start → tidemark:done: script start to all highlights placed (or the gate said no). */
  annotateMs: number;
  /** Summed duration of each tidemark:* measure, over the whole visit and over the first run only. */
  phases: Record<string, number>;
  firstRun: Record<string, number>;
  /** Longest single synchronous tidemark:* step (gate, scan or one highlight slice). */
  maxStepMs: number;
  /** The first run split up: before the gate (start-up, settings), and the time yielded to the page. */
  beforeGateMs: number;
  idleMs: number;
  /** Waiting for the background's reading of the text (tidemark:away, first run; issue 15). */
  awayMs: number;
  yieldedMs: number;
  /**
   * The task our script started in (trace): the browser parsing, compiling and running the content script
   * until its first yield. It comes before tidemark:start's first step, so the blocks below count it too.
   */
  startupTaskMs: number;
  /** Long tasks (> 50 ms, from the trace) that end after tidemark:start, and the longest of them (0: none). */
  longTasks: number;
  maxTaskMs: number;
  /** Long tasks after tidemark:start as the page's own PerformanceObserver("longtask") saw them. */
  observedLongTasks: number;
  /** Long tasks after tidemark:start in which none of our steps ran (the page's own work). */
  otherLongTasks: number;
  metrics: PageMetrics;
  /** MutationObserver records after the parser finished (the page's own appends left out). */
  domWrites: number;
  domWritesByType: Record<string, number>;
  /** Highlight elements inserted. */
  marks: number;
  /** Ranges registered with the CSS Custom Highlight API (the no-page-modification mode's highlights). */
  rangesPainted: number;
  ui: { popoverHosts: number; shadowRoots: number; uiMark: boolean };
  /** Page 4: append → first highlight in that paragraph, ms, one per appended paragraph (null: never). */
  latencies?: (number | null)[];
  /** Page 4: the extension's mutation flushes (tidemark:update), their longest. */
  updates?: { count: number; maxMs: number };
  /** Every synchronous step of ours over the whole visit (gate, scan, highlight: updates included). */
  totalWorkMs: number;
  /** The work budget ran out and Tidemark stopped on the page (tidemark:stopped, issue 14). */
  stopped: boolean;
  /** The page-world probe (issue 15). */
  probe: ProbeSample;
}

/** Options for one load: Chromium's CPU throttling rate (issue 15: 4× as a slow laptop), 1 for none. */
export interface LoadOptions {
  cpuRate?: number;
}

async function throttle(cdp: CDPSession, rate: number | undefined): Promise<void> {
  if (rate && rate !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}

type ProbeWindow = { __tidemarkProbe: { gaps: Gap[]; domContentLoaded: number; settle(ms: number): Promise<void> } };

/**
 * The control of a pairing (issue 15): the same page on the baseline host, no extension, the probe
 * installed, left to settle as the extension's page is; the page's own one-task appends are run too.
 * Returns its metrics (CDP, after a forced GC) and the probe's gaps.
 */
async function readControl(tab: Page, cdp: CDPSession, page: BenchPage): Promise<ControlSample> {
  if (page.appends && page.appends.everyMs === 0) {
    await tab.evaluate(() => (window as unknown as { __benchStartAppending(): void }).__benchStartAppending());
  }
  await tab.evaluate(() => (window as unknown as ProbeWindow).__tidemarkProbe.settle(300));
  const probe = await tab.evaluate(() => {
    const p = (window as unknown as ProbeWindow).__tidemarkProbe;
    return { gaps: p.gaps, dcl: p.domContentLoaded };
  });
  return { metrics: await metrics(cdp), gaps: probe.gaps.map((g) => ({ start: g.start - probe.dcl, duration: g.duration })), oneWriteMs: Number.NaN };
}

// The page's own block for one inline write (see ControlSample.oneWriteMs), on a settled control page.
async function oneWrite(tab: Page): Promise<number> {
  return tab.evaluate(async () => {
    const probe = (window as unknown as ProbeWindow).__tidemarkProbe;
    const paragraphs = (document.querySelector("article") ?? document.body).querySelectorAll("p");
    const target = paragraphs[Math.floor(paragraphs.length / 2)];
    const text = target && [...target.childNodes].find((n): n is Text => n.nodeType === 3 && (n as Text).data.length > 12);
    if (!text) return Number.NaN;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = performance.now();
    const word = text.splitText(4);
    word.splitText(6);
    const mark = document.createElement("bench-mark");
    word.replaceWith(mark);
    mark.append(word);
    await probe.settle(100);
    return Math.max(12, ...probe.gaps.filter((g) => g.start + g.duration > before).map((g) => g.duration));
  });
}

/** Loads `page` fresh on the baseline host with nothing injected but the probe: a control alone (the 4× pairing). */
export async function runControl(context: BrowserContext, page: BenchPage, options: LoadOptions = {}): Promise<ControlSample> {
  const { page: tab, cdp } = await openWithMetrics(context);
  try {
    await throttle(cdp, options.cpuRate);
    await tab.addInitScript({ content: PROBE_JS });
    await tab.goto(`${BASELINE_ORIGIN}${page.path}`, { waitUntil: "load" });
    const control = await readControl(tab, cdp, page);
    return { ...control, oneWriteMs: await oneWrite(tab) };
  } finally {
    await cdp.detach().catch(() => undefined);
    await tab.close();
  }
}

async function metrics(cdp: CDPSession): Promise<PageMetrics> {
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    scriptMs: get("ScriptDuration") * 1000,
    taskMs: get("TaskDuration") * 1000,
    heapMB: get("JSHeapUsedSize") / (1024 * 1024),
    nodes: get("Nodes"),
  };
}

async function openWithMetrics(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  return { page, cdp };
}

/** Serves the benchmark pages on the baseline host, straight from memory. */
export async function routeBaselineHost(context: BrowserContext, pages: readonly BenchPage[]): Promise<void> {
  const byPath = new Map(pages.map((p) => [p.path, p.html]));
  await context.route(`${BASELINE_ORIGIN}/**`, (route) => {
    const html = byPath.get(new URL(route.request().url()).pathname);
    return html === undefined
      ? route.fulfill({ status: 404, body: "not found" })
      : route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
  });
}

/**
 * Sets how the extension highlights on the bench's origin (the popup's per-site "Highlight mode",
 * decision 0007): "ranges" paints with the CSS Custom Highlight API, null goes back to automatic.
 */
export async function setDrawMode(context: BrowserContext, host: string, mode: "ranges" | null): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  await worker.evaluate(async ({ host, mode }) => {
    type Storage = { storage: { local: { set(v: Record<string, unknown>): Promise<void> } } };
    await (globalThis as unknown as { chrome: Storage }).chrome.storage.local.set({ siteHighlightModes: mode ? { [host]: mode } : {} });
  }, { host, mode });
}

/** The pattern and term list the baselines search with. */
export interface BaselineInput {
  source: string;
  flags: string;
  terms: readonly string[];
  /** Naive mark.js is stopped after this long (see baselines.js). */
  naiveCapMs: number;
}

/**
 * Loads `page` fresh on the baseline host and runs one baseline in it as one task. With `control`, also
 * reads the page's metrics before anything is injected: the extension's figures are taken relative to it.
 */
export async function runBaseline(
  context: BrowserContext, page: BenchPage, name: BaselineName, input: BaselineInput, control = false,
): Promise<{ sample: BaselineSample; control?: ControlSample }> {
  const { page: tab, cdp } = await openWithMetrics(context);
  try {
    if (control) await tab.addInitScript({ content: PROBE_JS });
    await tab.goto(`${BASELINE_ORIGIN}${page.path}`, { waitUntil: "load" });
    const before = control ? await readControl(tab, cdp, page) : undefined;
    await tab.addScriptTag({ content: MARK_JS });
    await tab.addScriptTag({ content: BASELINES_JS });
    const sample = await tab.evaluate(
      ({ name, source, flags, terms, capMs }) => {
        const bench = (window as unknown as { __tidemarkBench: Record<string, (...args: unknown[]) => BaselineSample> }).__tidemarkBench;
        return name === "naiveMark" ? bench.naiveMark!(terms, capMs) : bench[name]!(source, flags);
      },
      { name, source: input.source, flags: input.flags, terms: [...input.terms], capMs: input.naiveCapMs },
    );
    return { sample, control: before };
  } finally {
    await cdp.detach().catch(() => undefined);
    await tab.close();
  }
}

interface TimelineEntry {
  name: string;
  entryType: string;
  startTime: number;
  duration: number;
}

/** Loads `page` fresh on 127.0.0.1 with the extension and reads what it cost. */
export async function runExtension(
  context: BrowserContext, page: BenchPage, origin: string, options: { inspectUi: boolean } & LoadOptions,
): Promise<ExtensionSample> {
  const { page: tab, cdp } = await openWithMetrics(context);
  try {
    await throttle(cdp, options.cpuRate);
    await tab.addInitScript({ content: PROBE_JS });
    const trace = await startTrace(cdp, process.env.BENCH_TRACE ? `${process.env.BENCH_TRACE}/${page.id}-${options.cpuRate ?? 1}x-${Date.now()}.json` : undefined);
    // BENCH_PROFILE=dir: a CPU profile of the page's renderer (our isolated world included) per run.
    if (process.env.BENCH_PROFILE) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await cdp.send("Profiler.start");
    }
    await tab.goto(`${origin}${page.path}`, { waitUntil: "load" });
    const finished = await tab.evaluate(`window.__tidemarkProbe.waitForDone(${(options.cpuRate ?? 1) > 1 ? 60_000 : 20_000})`);
    if (!finished) {
      throw new Error(
        `The content script did not mark tidemark:done on ${page.path} within 20 s. Is the e2e build current ` +
          `(npm run build:e2e) and does the content script emit the marks of docs/performance-marks.md?`,
      );
    }
    let latencies: (number | null)[] | undefined;
    if (page.appends) {
      await tab.evaluate(() => (window as unknown as { __benchStartAppending(): void }).__benchStartAppending());
      await tab.waitForFunction(() => (window as unknown as { __benchAppendDone?: boolean }).__benchAppendDone === true,
        undefined, { timeout: page.appends.count * page.appends.everyMs + 10_000, polling: 250 });
    }
    await tab.evaluate("window.__tidemarkProbe.settle(300)");
    if (process.env.BENCH_PROFILE) {
      const { profile } = await cdp.send("Profiler.stop");
      const { writeFileSync } = await import("node:fs");
      writeFileSync(`${process.env.BENCH_PROFILE}/${page.id}-${options.cpuRate ?? 1}x-${Date.now()}.cpuprofile`, JSON.stringify(profile));
    }
    const seen = await tab.evaluate(() => {
      const probe = (window as unknown as { __tidemarkProbe: Record<string, unknown> }).__tidemarkProbe;
      const entries = performance.getEntries()
        .filter((e) => e.name.startsWith("tidemark:"))
        .map((e) => ({ name: e.name, entryType: e.entryType, startTime: e.startTime, duration: e.duration }));
      const appended = (window as unknown as { __benchAppended?: number[] }).__benchAppended ?? [];
      return {
        probe: {
          ...probe, waitForDone: undefined, settle: undefined, firstInView: undefined, added: undefined,
          firstInViewAt: (probe.firstInView as () => number)(),
        } as unknown as {
          longTasks: { start: number; duration: number }[]; records: number; byType: Record<string, number>;
          marks: number; highlightedAt: Record<string, number>; longTaskError?: string;
          gaps: Gap[]; domContentLoaded: number; firstMarkAt: number; firstInViewAt: number;
        },
        entries, appended, now: performance.now(),
        popoverHosts: document.querySelectorAll("tidemark-popover").length,
        rangesPainted: [...((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights ?? new Map<string, Set<Range>>()).values()]
          .reduce((n, set) => n + set.size, 0),
      };
    });
    if (seen.probe.longTaskError) throw new Error(`longtask observer: ${seen.probe.longTaskError}`);
    const entries: TimelineEntry[] = seen.entries;
    const start = entries.find((e) => e.name === "tidemark:start" && e.entryType === "mark")!;
    const done = entries.find((e) => e.name === "tidemark:done" && e.entryType === "mark")!;
    if (!start) throw new Error(`No tidemark:start mark on ${page.path}`);
    const measures = entries.filter((e) => e.entryType === "measure");
    const phases: Record<string, number> = {};
    for (const m of measures) phases[m.name] = (phases[m.name] ?? 0) + m.duration;
    // tidemark:update and tidemark:kit span awaits (a flush may yield; the kit is an import): not one step.
    const stepMeasures = measures.filter((m) => !["tidemark:update", "tidemark:kit", "tidemark:idle", "tidemark:away"].includes(m.name));
    // Our synchronous steps of the first run (the idle wait and the kit import are awaits, not work).
    const firstRun = measures.filter((m) => m.startTime <= done.startTime && ["tidemark:gate", "tidemark:scan", "tidemark:highlight"].includes(m.name));
    const idle = measures.find((m) => m.name === "tidemark:idle")?.duration ?? 0;
    const away = firstRunAway(measures, done.startTime);
    const gate = measures.find((m) => m.name === "tidemark:gate");
    // Long tasks from the browser's own trace: every main-thread task of the page's renderer, so tasks
    // spent in the content script's isolated world count too (the page's longtask observer is kept as
    // a cross-check: Chromium does not always report those to the page).
    // A long task is ours when one of our synchronous steps ran in it; the others after tidemark:start
    // (the page's own first layout and paint, its timers) are counted apart.
    const tasks = await trace.stop();
    // The task holding tidemark:start: the content script's start-up, a step of ours that has no measure.
    const startup = tasks.find((t) => t.start <= start.startTime && start.startTime <= t.start + t.duration);
    const startupStep = startup ? [{ name: "startup", entryType: "task", startTime: startup.start, duration: startup.duration }] : [];
    const steps = [...startupStep, ...measures.filter((m) => m.name !== "tidemark:kit" && m.name !== "tidemark:idle" && m.name !== "tidemark:away")];
    const after = tasks.filter((t) => t.duration > 50 && t.start + t.duration > start.startTime);
    const ours = after.filter((t) => steps.some((m) => m.startTime < t.start + t.duration && m.startTime + m.duration > t.start));
    const observed = seen.probe.longTasks.filter((t) => t.start + t.duration > start.startTime);
    if (page.appends) {
      latencies = seen.appended.map((at, i) => {
        const highlighted = seen.probe.highlightedAt[String(i)];
        return highlighted === undefined ? null : highlighted - at;
      });
    }
    const updates = measures.filter((m) => m.name === "tidemark:update");
    // BENCH_STEPS=1: every step of ours and every long task of the run, relative to our start (stderr).
    if (process.env.BENCH_STEPS) {
      const at = (t: number) => (t - start.startTime).toFixed(1);
      for (const m of measures) process.stderr.write(`  step ${m.name} at ${at(m.startTime)} for ${m.duration.toFixed(1)} ms\n`);
      for (const t of after) process.stderr.write(`  task at ${at(t.start)} for ${t.duration.toFixed(1)} ms${ours.includes(t) ? " (ours)" : ""}\n`);
      const gaps = [...seen.probe.gaps].filter((g) => g.start + g.duration > start.startTime).sort((a, b) => b.duration - a.duration).slice(0, 5);
      for (const g of gaps) process.stderr.write(`  probe gap at ${at(g.start)} for ${g.duration.toFixed(1)} ms\n`);
    }
    return {
      annotateMs: done.startTime - start.startTime,
      phases,
      firstRun: Object.fromEntries(["tidemark:gate", "tidemark:scan", "tidemark:highlight"].map((name) =>
        [name, firstRun.filter((m) => m.name === name).reduce((n, m) => n + m.duration, 0)])),
      maxStepMs: Math.max(0, ...stepMeasures.map((m) => m.duration)),
      // The content script gates first, then reads its settings, then (on a page that passed) waits for idle.
      beforeGateMs: gate ? gate.startTime - start.startTime : Number.NaN,
      idleMs: idle,
      awayMs: away,
      // The rest of the first run: neither our work nor a wait (the idle wait overlaps the read since issue 15,
      // and the sends of the text are steps inside the wait for the background, so they are counted once).
      yieldedMs: gate ? done.startTime - gate.startTime - covered([
        ...firstRun, ...measures.filter((m) => (m.name === "tidemark:idle" || m.name === "tidemark:away") && m.startTime <= done.startTime),
      ], gate.startTime, done.startTime) : Number.NaN,
      startupTaskMs: startup?.duration ?? Number.NaN,
      longTasks: ours.length,
      maxTaskMs: Math.max(0, ...ours.map((t) => t.duration)),
      observedLongTasks: observed.length,
      otherLongTasks: after.length - ours.length,
      metrics: await metrics(cdp),
      domWrites: seen.probe.records,
      domWritesByType: seen.probe.byType,
      marks: seen.probe.marks,
      rangesPainted: seen.rangesPainted,
      ui: {
        popoverHosts: seen.popoverHosts,
        shadowRoots: options.inspectUi ? await countShadowRoots(cdp) : -1,
        uiMark: entries.some((e) => e.name === "tidemark:ui"),
      },
      latencies,
      updates: page.appends ? { count: updates.length, maxMs: Math.max(0, ...updates.map((u) => u.duration)) } : undefined,
      totalWorkMs: measures.filter((m) => ["tidemark:gate", "tidemark:scan", "tidemark:highlight"].includes(m.name)).reduce((n, m) => n + m.duration, 0),
      stopped: entries.some((e) => e.name === "tidemark:stopped"),
      probe: {
        // Our start-up task counts as a block of its own length (the trace's, exact): the probe's gap around it
        // can hold the page's own loading work before and after it, which is not ours.
        oursMs: Math.max(
          oursBlock(seen.probe.gaps, measures.filter((m) => m.name !== "tidemark:idle" && m.name !== "tidemark:away"), start.startTime),
          startup?.duration ?? 0,
        ),
        gaps: seen.probe.gaps.map((g) => ({ start: g.start - seen.probe.domContentLoaded, duration: g.duration })),
        startAfterDcl: start.startTime - seen.probe.domContentLoaded,
        firstHighlightMs: seen.probe.firstMarkAt < 0 ? Number.NaN : seen.probe.firstMarkAt - start.startTime,
        firstInViewMs: seen.probe.firstInViewAt < 0 ? Number.NaN : seen.probe.firstInViewAt - start.startTime,
      },
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await tab.close();
  }
}

// How much of [from, to] the measures cover, overlaps counted once.
function covered(measures: readonly TimelineEntry[], from: number, to: number): number {
  const clipped = measures.map((m) => ({ start: Math.max(from, m.startTime), end: Math.min(to, m.startTime + m.duration) }));
  return mergeSpans(clipped.filter((m) => m.end > m.start)).reduce((n, m) => n + m.end - m.start, 0);
}

// Spans in time order, the overlapping or nested ones merged into one.
function mergeSpans(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

// Time spent waiting for the background's reading in the first run (awaits: the page's thread was free).
function firstRunAway(measures: readonly TimelineEntry[], doneAt: number): number {
  return measures.filter((m) => m.name === "tidemark:away" && m.startTime <= doneAt).reduce((n, m) => n + m.duration, 0);
}

// The longest probe gap (page clock) in which one of `steps` ran or that began within 10 ms of one ending,
// counted from `from` (12: none longer than the probe records).
function oursBlock(gaps: readonly Gap[], steps: readonly TimelineEntry[], from: number): number {
  let longest = 12;
  for (const g of gaps) {
    const end = g.start + g.duration;
    if (end <= from) continue;
    const ours = steps.some((m) => m.startTime < end && m.startTime + m.duration + 10 > g.start);
    if (ours) longest = Math.max(longest, Math.min(g.duration, end - from));
  }
  return longest;
}

const TOP_LEVEL = new Set(["ThreadControllerImpl::RunTask", "RunTask", "BlinkScheduler_PerformMicrotaskCheckpoint"]);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

/**
 * Records top-level tasks and User Timing marks (CDP Tracing). stop() returns the tasks of the thread that
 * recorded tidemark:start (the page's main thread), in performance.now() milliseconds: the mark gives the
 * offset between the trace clock and the page's clock.
 */
async function startTrace(cdp: CDPSession, keepAt?: string): Promise<{ stop(): Promise<{ start: number; duration: number }[]> }> {
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (data) => events.push(...(data.value as unknown as TraceEvent[])));
  // BENCH_TRACE=dir also records what each task did (style, layout, paint, scripts) and keeps the trace there.
  const categories = keepAt ? "toplevel,blink.user_timing,devtools.timeline,v8.execute,v8,disabled-by-default-v8.gc,blink.gc" : "toplevel,blink.user_timing";
  await cdp.send("Tracing.start", { categories, transferMode: "ReportEvents" });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
      await cdp.send("Tracing.end");
      await complete;
      if (keepAt) (await import("node:fs")).writeFileSync(keepAt, JSON.stringify(events));
      const mark = events.find((e) => e.name === "tidemark:start" && e.cat.includes("blink.user_timing"));
      if (!mark) throw new Error("The trace has no tidemark:start mark");
      const args = (mark as unknown as { args?: { data?: { startTime?: number } } }).args;
      // Trace timestamps are µs of the trace clock; the mark's own startTime (ms) anchors the page clock.
      const startTime = args?.data?.startTime;
      const offsetMs = startTime !== undefined ? mark.ts / 1000 - startTime : Number.NaN;
      // Top-level work on that thread: tasks, and microtask checkpoints (which Blink may run outside a
      // task, e.g. promise continuations after a storage read). Nested or overlapping ones are merged.
      const spans = events
        .filter((e) => e.ph === "X" && TOP_LEVEL.has(e.name) && e.pid === mark.pid && e.tid === mark.tid && e.dur !== undefined)
        .map((e) => ({ start: e.ts / 1000 - offsetMs, end: (e.ts + e.dur!) / 1000 - offsetMs }));
      return mergeSpans(spans).map((m) => ({ start: m.start, duration: m.end - m.start }));
    },
  };
}

interface CdpNode {
  shadowRoots?: CdpNode[];
  children?: CdpNode[];
  contentDocument?: CdpNode;
}

// Open and closed shadow roots alike: CDP's DOM tree with `pierce` shows both (closed ones are invisible
// to page scripts, and WXT's shadow-root UI may use either mode).
async function countShadowRoots(cdp: CDPSession): Promise<number> {
  const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: CdpNode };
  let count = 0;
  const stack: CdpNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    count += node.shadowRoots?.length ?? 0;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) stack.push(child);
    if (node.contentDocument) stack.push(node.contentDocument);
  }
  return count;
}
