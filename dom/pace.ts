/**
 * Long reads in slices (issue 7): work that would hold the main thread for more than a long task's
 * 50 ms on a big page (the text snapshot, claim extraction) runs in slices of about `budgetMs`, with a
 * turn for the page between them.
 */

/** How a sliced read shares the main thread with the page. */
export interface Pace {
  /** Work for at most about this long before pausing. */
  budgetMs: number;
  now(): number;
  /** Gives the page a turn; resolves false when the work is no longer wanted. */
  pause(): Promise<boolean>;
  /** Called after each slice with the time it started (for performance marks). */
  onSlice?(startedAt: number): void;
}

/**
 * Calls `read(perCheck)` (true when finished) until it finishes, pausing once a slice has used its
 * budget. After each pause `resume()` says whether to go on, start again, or stop. With `oneGo` there
 * is no pause at all (a last attempt on a page that keeps changing).
 */
export async function readInSlices(
  read: (perCheck: number) => boolean,
  perCheck: number,
  pace: Pace,
  options: { oneGo?: boolean; resume?: () => "go" | "restart" | "stop" } = {},
): Promise<"done" | "restart" | "stop"> {
  for (;;) {
    const started = pace.now();
    const deadline = options.oneGo ? Number.POSITIVE_INFINITY : started + pace.budgetMs;
    let done = false;
    while (!(done = read(perCheck)) && pace.now() < deadline);
    pace.onSlice?.(started);
    if (done) return "done";
    if (!(await pace.pause())) return "stop";
    const next = options.resume?.() ?? "go";
    if (next !== "go") return next;
  }
}

/**
 * Gives the page a turn: a new task at the back of the queue (a MessageChannel message: no timer
 * clamping). Not `scheduler.yield()`, whose continuation runs ahead of the page's own tasks: a page's
 * timers (its live updates, players, the bench's 5 ms probe) then waited for every slice of ours in a
 * row — one block of ~800 ms at 4× CPU slowdown on the article, although no slice was long (issue 15).
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel !== "function") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
