/**
 * How much of the page's main thread Tidemark may take (issue 14, row 1). Every synchronous step of
 * ours (gate, snapshot slices, search, claims, writes, mutation bookkeeping) is charged here. The
 * budget is a bucket: 250 ms to start with, refilled at 50 ms per second of wall clock (5% of the main
 * thread). On the first read of a page, reading its text also earns `credit()`: three times what the
 * read cost, because a long page is expected to cost in proportion to its length (a 100,000-node archive
 * page takes ≈ 600 ms in all on a 2-core machine, ≈ 250 ms of it reading), while work that grows faster
 * than the text (thousands of figures to read, a pathological sentence) runs past it. A live blog that
 * adds an entry now and then never notices the limit; a page that keeps Tidemark busy more than 5% of the
 * time for long empties the bucket. Once empty it stays empty: the page is no longer annotated (what is
 * drawn stays) until the reader turns Tidemark off and on again. Decision 0009.
 */

/** Budget sizes; the defaults are issue 14's "say 250 ms of our work". */
export interface BudgetOptions {
  capacityMs: number;
  refillMsPerSecond: number;
  now(): number;
}

export const DEFAULT_BUDGET: Omit<BudgetOptions, "now"> = { capacityMs: 250, refillMsPerSecond: 50 };

export class WorkBudget {
  private available: number;
  private last: number;
  private spentMs = 0;
  private empty = false;
  private readonly options: BudgetOptions;

  constructor(options: Partial<BudgetOptions> = {}) {
    this.options = { ...DEFAULT_BUDGET, now: () => performance.now(), ...options };
    this.available = this.options.capacityMs;
    this.last = this.options.now();
  }

  /** Charges `ms` of work; returns false once the budget is (or was already) used up. */
  charge(ms: number): boolean {
    if (this.empty) return false;
    const now = this.options.now();
    const refill = ((now - this.last) / 1000) * this.options.refillMsPerSecond;
    // The refill tops up to the capacity, and never takes away what credit() added above it.
    this.available = Math.max(this.available, Math.min(this.options.capacityMs, this.available + Math.max(0, refill)));
    this.last = now;
    this.available -= Math.max(0, ms);
    this.spentMs += Math.max(0, ms);
    if (this.available < 0) this.empty = true;
    return !this.empty;
  }

  /** Adds `ms` to what may be spent (earned by reading the page's text on its first read). */
  credit(ms: number): void {
    if (!this.empty) this.available += Math.max(0, ms);
  }

  /** True once the budget ran out. */
  get exhausted(): boolean {
    return this.empty;
  }

  /** Work charged so far, in ms. */
  get spent(): number {
    return this.spentMs;
  }
}
