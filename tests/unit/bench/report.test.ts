import { describe, expect, it } from "vitest";
import { blockingTime, longestGap } from "../../../bench/report";

// Issue 15's page-world probe: the longest block after the content script's start (or the same offset on
// the control page), a block under way at that moment counted from it.
describe("longestGap", () => {
  it.each([
    ["no gap recorded: the 12 ms the probe does not record", [], 0, 12],
    ["a block after the start counts whole", [{ start: 100, duration: 80 }], 50, 80],
    ["a block over before the start does not count", [{ start: 0, duration: 40 }], 50, 12],
    ["a block under way at the start counts from it", [{ start: 0, duration: 150 }, { start: 200, duration: 30 }], 100, 50],
    ["the longest of several", [{ start: 60, duration: 20 }, { start: 90, duration: 70 }, { start: 300, duration: 40 }], 50, 70],
  ])("%s", (_name, gaps, from, expected) => {
    expect(longestGap(gaps, from)).toBe(expected);
  });
});

// Lighthouse's total blocking time from the same gaps: what each block lasted past 50 ms, summed.
describe("blockingTime", () => {
  it.each([
    ["no gap: nothing blocked", [], 0, 0],
    ["blocks of 50 ms or less add nothing", [{ start: 100, duration: 50 }, { start: 200, duration: 30 }], 0, 0],
    ["each block adds what it lasted past 50 ms", [{ start: 100, duration: 80 }, { start: 300, duration: 140 }], 0, 30 + 90],
    ["a block under way at the start counts from it", [{ start: 0, duration: 170 }], 100, 20],
    ["a block over before the start adds nothing", [{ start: 0, duration: 90 }], 100, 0],
  ])("%s", (_name, gaps, from, expected) => {
    expect(blockingTime(gaps, from)).toBe(expected);
  });
});
