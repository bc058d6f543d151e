import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../../core/data/bundled";
import type { Dataset } from "../../../core/data/types";
import type { Claim, Metric } from "../../../core/detect/claims";
import { datasetLookup } from "../../../core/detect/official-figures";
import { checkClaim } from "../../../core/detect/verdicts";

/**
 * Issue 13: a claim is judged only by the curated figures published on or before its article's date.
 * Claims are built by hand (not read from text) so these cases pin the verdict policy, whatever the
 * claim reader becomes.
 */
function claim(metric: Metric, value: number, written: string, extra: Partial<Claim> = {}): Claim {
  return {
    start: 0, end: written.length, text: written, number: { start: 0, end: written.length, text: written },
    metric, value, approx: "exact", round: false, period: null, certain: true, ...extra,
  };
}

const data = bundledDataset();
const lookup = datasetLookup(data);

describe("returns pilot totals as of the article", () => {
  it.each<[string, Claim, string, string]>([
    ["the Lords committee total, the day after", claim("returns", 193, "193"), "2025-12-17", "matches"],
    ["the Home Secretary's total, the same day", claim("returns", 281, "281"), "2026-01-27", "matches"],
    ["the admissions total, a week later", claim("admissions", 350, "350"), "2026-02-03", "matches"],
    ["an older total, still the newest before 16 December", claim("returns", 75, "75"), "2025-12-10", "matches"],
  ])("%s: %s", (_name, c, published, verdict) => {
    expect(checkClaim(c, lookup, published).verdict).toBe(verdict);
  });

  it("a total larger than any we hold for the article's date is unverifiable, never differs", () => {
    // June 2026: more returns than the newest total published by then (281, 27 January 2026).
    const june = checkClaim(claim("returns", 900, "900", { approx: "over" }), lookup, "2026-06-12");
    expect(june.verdict).toBe("unverifiable");
    // December 2025, before the Lords committee heard 193: only the October total (75) was public.
    const december = checkClaim(claim("returns", 150, "150"), lookup, "2025-12-10");
    expect(december.verdict).toBe("unverifiable");
  });

  it("a total below the newest one is still compared with it", () => {
    expect(checkClaim(claim("returns", 100, "100"), lookup, "2026-01-28").verdict).toBe("differs");
  });

  it("a figure is known only from its publication date: a month-precise date counts from the month's end", () => {
    const copy: Dataset = structuredClone(data);
    const f = copy.figures.find((x) => x.id === "returns-total-2026-01-27")!;
    f.published = "2026-02";
    const monthLookup = datasetLookup(copy);
    expect(checkClaim(claim("returns", 281, "281"), monthLookup, "2026-02-10").verdict).toBe("unverifiable");
    expect(checkClaim(claim("returns", 281, "281"), monthLookup, "2026-03-01").verdict).toBe("matches");
  });
});

describe("deaths as of the article", () => {
  const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });

  it("an article of October 2024 is not judged against 2024 tolls published in 2025", () => {
    const check = checkClaim(claim("deaths", 72, "72", { period: year(2024) }), lookup, "2024-10-26");
    expect(check.verdict).toBe("unverifiable");
  });

  it("once published, the 2024 tolls are shown side by side", () => {
    const check = checkClaim(claim("deaths", 72, "72", { period: year(2024) }), lookup, "2025-03-01");
    expect(check.verdict).toBe("disputed");
    expect(check.sources!.map((s) => s.value).sort()).toEqual([69, 72, 78]);
  });

  it("2021's toll is the year's (31), not the 27 of one sinking", () => {
    const check = checkClaim(claim("deaths", 31, "31", { period: year(2021) }), lookup, "2022-03-01");
    expect(check.verdict).toBe("disputed");
    expect(check.sources!.map((s) => s.value)).toEqual([31]);
  });

  it("the sinking of 24 November 2021 answers a claim about that day", () => {
    const day = { start: "2021-11-24", end: "2021-11-24" };
    const check = checkClaim(claim("deaths", 27, "27", { period: day }), lookup, "2021-11-26");
    expect(check.verdict).toBe("disputed");
    expect(check.sources!.map((s) => s.value)).toEqual([27]);
  });
});

describe("money as of the article", () => {
  it("a total since a year we hold no total for cannot be checked (no single payment stands in for it)", () => {
    const c = claim("money", 657_000_000, "£657m", { currency: "£", topic: "payments-france", period: { start: "2018-01-01", end: "2025-07-10" } });
    expect(checkClaim(c, lookup, "2025-07-11").verdict).toBe("unverifiable");
  });

  it("the 2023 commitment matches from the day it was announced", () => {
    const c = claim("money", 541_000_000, "€541m", { currency: "€", topic: "payments-france" });
    expect(checkClaim(c, lookup, "2023-03-10").verdict).toBe("matches");
  });
});
