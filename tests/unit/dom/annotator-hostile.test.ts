// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Annotator } from "../../../dom/annotator";
import { MARK_SELECTOR } from "../../../dom/mark-names";
import { fakeDetection } from "./fake-detection";
import { markSurface } from "../../../dom/highlight-surfaces";

// Issue 14, rows 1 and 9: pages that pile up work. The annotator's costs are counted (calls, redraws,
// budget spent on a fake clock), never timed.

const kit = async () => ({ surface: markSurface(document), reader: async () => ({ findClaims: () => [] }) });
const article = (paragraphs: string[]) => `<article>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article>`;

describe("annotator on hostile pages", () => {
  let annotator: Annotator | undefined;
  afterEach(() => {
    annotator?.destroy();
    annotator = undefined;
    vi.useRealTimers();
  });

  it("batches thousands of separate insertions without comparing each with each (ancestor walk, not O(k²))", async () => {
    document.body.innerHTML = article(["More people crossed in small boats."]);
    // What is counted here is work, not time: a budget no loaded test machine can exhaust, so the count of
    // highlights does not depend on how busy the machine is (the budget has its own tests).
    annotator = new Annotator(document, fakeDetection(), kit, {}, { budget: { capacityMs: 1e9, refillMsPerSecond: 0 } });
    await annotator.start();
    const live = document.querySelector("article")!;
    for (let i = 0; i < 2_000; i++) {
      const p = document.createElement("p");
      p.textContent = i % 100 === 0 ? "Two more small boats." : "Weather at Dover.";
      live.append(p);
    }
    const contains = vi.spyOn(Node.prototype, "contains");
    await new Promise((r) => setTimeout(r, 150));
    await annotator.idle();
    // Before issue 14: topmost() compared every inserted node with every other (≈ 4 million calls here).
    expect(contains.mock.calls.length).toBeLessThan(20_000);
    expect(document.querySelectorAll(MARK_SELECTOR).length).toBe(21);
  });

  it("a page that unwraps every highlight gets a few redraws that back off, then none for that paragraph", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    document.body.innerHTML = article(["More people crossed in small boats.", "The weather at Dover."]);
    let unwrapped = 0;
    const sanitiser = new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) {
        if (node.nodeType !== 1 || (node as Element).localName !== "tidemark-mark" || !node.parentNode) continue;
        (node as Element).replaceWith(document.createTextNode(node.textContent ?? ""));
        unwrapped++;
      }
    });
    sanitiser.observe(document.body, { childList: true, subtree: true });
    annotator = new Annotator(document, fakeDetection(), kit);
    await annotator.start();
    const times: number[] = [];
    let last = unwrapped;
    for (let t = 0; t < 120_000; t += 50) {
      await vi.advanceTimersByTimeAsync(50);
      if (unwrapped !== last) times.push(t);
      last = unwrapped;
    }
    sanitiser.disconnect();
    // Drawn once, redrawn three times with growing pauses, then left alone.
    expect(unwrapped).toBe(4);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps.every((g, i) => i === 0 || g > gaps[i - 1]!)).toBe(true);
    // Other paragraphs are not given up on: new text elsewhere is still highlighted.
    const p = document.createElement("p");
    p.textContent = "Another small boats update.";
    document.querySelector("article")!.append(p);
    await vi.advanceTimersByTimeAsync(500);
    expect(p.querySelector(MARK_SELECTOR)?.textContent).toBe("small boats");
  });

  it("a page that makes Tidemark work past its budget stops being annotated, says so once, keeps its highlights", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    document.body.innerHTML = article(["More people crossed in small boats."]);
    // Each search costs 60 ms of our time on the fake clock.
    const detection = fakeDetection();
    const find = detection.find!;
    detection.find = (...args) => {
      vi.advanceTimersByTime(60);
      return find(...args);
    };
    const stopped: string[] = [];
    annotator = new Annotator(document, detection, kit, { onStopped: (reason) => stopped.push(reason) });
    await annotator.start();
    expect(document.querySelectorAll(MARK_SELECTOR).length).toBe(1);
    const live = document.querySelector("article")!;
    // A page that keeps adding text faster than it can be read.
    for (let i = 0; i < 20; i++) {
      const p = document.createElement("p");
      p.textContent = `Update ${i}: more small boats.`;
      live.append(p);
      await vi.advanceTimersByTimeAsync(45);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stopped).toEqual(["too-much-work"]);
    expect(annotator.stopped()).toBe("too-much-work");
    const marked = document.querySelectorAll(MARK_SELECTOR).length;
    expect(marked).toBeGreaterThan(1);
    expect(marked).toBeLessThan(21);
    // Nothing more is read once stopped.
    const p = document.createElement("p");
    p.textContent = "Late small boats update.";
    live.append(p);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(p.querySelector(MARK_SELECTOR)).toBeNull();
  });
});

describe("annotator stopped while reading claims", () => {
  afterEach(() => vi.useRealTimers());

  it("still shows the mentions it found (a claim reader step that ran past the budget)", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    document.body.innerHTML = article(["Nearly 20,000 people crossed in small boats.", "More small boats on Tuesday."]);
    // One step of the claim reader takes 2 s on the fake clock, far past the budget.
    const slowClaims = async () => ({
      surface: markSurface(document),
      reader: async () => ({
        findClaims: () => [],
        findClaimsInSlices: async (_s: unknown, _a: unknown, _m: unknown, pace: { now(): number; onSlice?(t: number): void; pause(): Promise<boolean> }) => {
          const started = pace.now();
          vi.advanceTimersByTime(2_000);
          pace.onSlice?.(started);
          return (await pace.pause()) ? [] : null;
        },
      }),
    });
    const stopped: string[] = [];
    const annotator = new Annotator(document, fakeDetection(), slowClaims, { onStopped: (r) => stopped.push(r) });
    const started = annotator.start();
    await vi.advanceTimersByTimeAsync(100);
    await started;
    expect(stopped).toEqual(["too-much-work"]);
    expect([...document.querySelectorAll(MARK_SELECTOR)].map((m) => m.textContent)).toEqual(["small boats", "small boats"]);
    annotator.destroy();
  });
});
