import { describe, expect, it } from "vitest";
import { buildCard } from "../../../core/card/build-card";
import { bundledDataset } from "../../../core/data/bundled";
import type { ClaimCheck } from "../../../core/detect/verdicts";

// Expected figures are from shared/docs/FACTS.md (read in the Home Office ODS): first half 2025 19,982;
// first half 2024 13,489; whole of 2025 41,472; 2026 to 20 Aug 15,897.
const data = bundledDataset();
const base = { topic: "arrivals", language: "en", today: "2026-11-27" } as const;

describe("buildCard: arrivals", () => {
  const card = buildCard(data, { ...base, published: "2025-07-01" });

  it("gives the figures as of the article's date first, and the later data apart, each with period and source", () => {
    expect(card.asOfTitle).toBe("As of the article (1 July 2025)");
    expect(card.figures.map((f) => [f.label, f.value])).toEqual([
      ["2025 so far", "19,982"],
      ["Same point in 2024", "13,489"],
    ]);
    expect(card.later!.title).toBe("Published after this article");
    expect(card.later!.figures.map((f) => [f.label, f.value])).toEqual([
      ["Whole of 2025", "41,472"],
      ["2026 so far (latest data)", "15,897"],
    ]);
    expect(card.figures[0]!.detail).toBe("1 January to 30 June 2025");
    expect(card.later!.figures[0]!.detail).toBe("1 January to 31 December 2025 · data as of 20 August 2026");
    for (const f of [...card.figures, ...card.later!.figures]) expect(card.sources.map((s) => s.id)).toContain(f.sourceId);
  });

  it("charts the same point of every year, the article's year marked, with a text alternative", () => {
    const chart = card.chart!;
    expect(chart.bars.map((b) => b.label)).toEqual(["2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"]);
    expect(chart.bars.filter((b) => b.current).map((b) => b.label)).toEqual(["2025"]);
    expect(chart.bars.at(-1)!.value).toBe(19_982);
    expect(chart.summary).toContain("2025: 19,982");
  });

  it("says what the figures count, how fresh they are, and cites its source in plain text", () => {
    expect(card.counts.join(" ")).toMatch(/provisional/i);
    expect(card.freshness).toBe("Home Office data to 20 August 2026");
    expect(card.citation).toContain("2025 so far: 19,982 people");
    expect(card.citation).toContain("Home Office");
    expect(card.citation).toMatch(/https:\/\/www\.gov\.uk\//);
    for (const s of card.sources) if (s.url) expect(s.url).toMatch(/^https:\/\//);
  });

  it("without newer data shows only the article-date figures", () => {
    const latest = buildCard(data, { ...base, published: "2026-08-21" });
    expect(latest.figures.map((f) => [f.label, f.value])).toEqual([["2026 so far", "15,897"], ["Same point in 2025", "27,997"]]);
    expect(latest.later).toBeUndefined();
  });

  it("speaks French with French number spacing", () => {
    const fr = buildCard(data, { ...base, language: "fr", published: "2025-07-01" });
    expect(fr.figures[0]!.label).toBe("2025 jusqu’ici");
    expect(fr.figures[0]!.value.replace(/\s/g, " ")).toBe("19 982");
    expect(fr.freshness).toBe("Données du Home Office jusqu’au 20 août 2026");
  });
});

describe("buildCard: claims", () => {
  it("shows the verdict in words, the official value with period and source, and the explanation", () => {
    const check: ClaimCheck = {
      verdict: "matches",
      official: { value: 19_982, period: { start: "2025-01-01", end: "2025-06-30" }, source: "Home Office", sourceId: data.series.sourceId, asOf: "2025-06-30" },
      explanation: "The Home Office figure for 1 January to 30 June 2025 is 19,982 people.",
    };
    const card = buildCard(data, { ...base, published: "2025-07-01", claim: { text: "nearly 20,000 people", check } });
    expect(card.claim).toMatchObject({
      text: "nearly 20,000 people",
      verdict: "matches",
      verdictLabel: "Matches the official figures",
      official: "19,982 · 1 January to 30 June 2025 · Home Office",
      explanation: check.explanation,
    });
  });
});

describe("buildCard: other topics", () => {
  it("deaths are shown by source, side by side, never one number alone", () => {
    const card = buildCard(data, { ...base, topic: "deaths", published: "2025-12-20" });
    expect(card.figures).toEqual([]);
    expect(card.deaths!.rows.length).toBeGreaterThanOrEqual(2);
    expect(new Set(card.deaths!.rows.map((r) => r.sourceId)).size).toBe(card.deaths!.rows.length);
    for (const row of card.deaths!.rows) {
      expect(row.counts.length).toBeGreaterThan(10);
      expect(card.sources.map((s) => s.id)).toContain(row.sourceId);
    }
  });

  it("a topic with curated figures shows them with period and source, not the arrivals series", () => {
    const card = buildCard(data, { ...base, topic: "returns-deal", published: "2026-02-01" });
    expect(card.figures.length).toBeGreaterThan(0);
    expect(card.figures.every((f) => f.sourceId !== data.series.sourceId)).toBe(true);
    expect(card.citation).not.toMatch(/\bm people\b/);
  });

  it("money is cited as money, not as people", () => {
    const card = buildCard(data, { ...base, topic: "payments-france", published: "2025-08-01" });
    expect(card.citation).toMatch(/[€£]\d+m/);
    expect(card.citation).not.toMatch(/[€£]\d+m people/);
    for (const f of card.figures) expect(f.value).not.toMatch(/\d{1,3},\d{3},\d{3}/);
  });
});
