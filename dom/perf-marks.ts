/**
 * The content script's performance marks and measures (issue #7), read by `npm run bench` and visible
 * in the browser's performance panel. Names and meanings: docs/performance-marks.md. Change them there too.
 */
export const PERF = {
  /** mark: the content script's main() began. */
  start: "tidemark:start",
  /** measure: waiting for the page's first idle moment (at most 300 ms) before the first highlight; the page is read meanwhile (issue 15). */
  idle: "tidemark:idle",
  /** measure: the relevance gate on the page's text (`body.textContent` + one test). */
  gate: "tidemark:gate",
  /** measure: reading the article on the page: finding it (root, language, date), each slice of the text snapshot; mentions and claims only when the background could not read them. */
  scan: "tidemark:scan",
  /** measure: waiting for the background's reading of the text (mentions, relevance, claims; issue 15): not our main thread's time. */
  away: "tidemark:away",
  /** measure: one slice of highlight writes. */
  highlight: "tidemark:highlight",
  /** mark: the first highlight was drawn (issue 15: first highlight in view, soon after the start). */
  first: "tidemark:first",
  /** mark: the first pass is over: every highlight placed, or the gate said no. */
  done: "tidemark:done",
  /** measure: one batch of new content (MutationObserver flush) read and highlighted. */
  update: "tidemark:update",
  /** mark: the page kit (highlighter, mark.js, claims, popover UI) starts loading: once the page passed the gate (issue 15). */
  ui: "tidemark:ui",
  /** measure: loading the page kit (a dynamic import of a web-accessible script). */
  kit: "tidemark:kit",
  /** mark: the work budget ran out; the page is no longer annotated (issue 14). */
  stopped: "tidemark:stopped",
} as const;

/** Places a mark; timing never breaks the page, so errors are swallowed. */
export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // No User Timing in this engine: timing is optional.
  }
}

/** Measures from `start` (a performance.now() value) to now, and returns now. */
export function measure(name: string, start: number): number {
  const end = performance.now();
  try {
    performance.measure(name, { start, end });
  } catch {
    // Older engines without the options form: timing is optional.
  }
  return end;
}
