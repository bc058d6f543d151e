// Our own claims corpus (issue 12): 300 short articles in our words, one construction each, every expected
// verdict computed from the Home Office series by scripts/make-claims-corpus.ts. Scored with the same
// evaluation as `npm run eval:claims` (the development set of real articles is scored by that command only).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, type ExpectedPage } from "../../../scripts/eval-claims";

const DIR = join(import.meta.dirname, "../../fixtures/claims-corpus");
const expected = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Record<string, ExpectedPage & { construction: string }>;

describe("claims corpus", () => {
  it("holds at least 300 claim sentences in both languages, every construction in each", () => {
    const pages = Object.values(expected);
    const claims = pages.reduce((n, p) => n + p.claims.length, 0);
    expect(claims).toBeGreaterThanOrEqual(300);
    const constructions = new Set(pages.map((p) => p.construction));
    for (const c of ["day-and-running-total", "same-point-bracket", "last-year-and-change", "list-of-years", "since-event", "since-records-began", "first-half", "week-range", "busiest-day", "people-per-boat", "difference", "period-carried", "no-data-measure", "deaths", "attribution", "rounded-close", "beyond-data"]) {
      expect(constructions, c).toContain(c);
      for (const language of ["en", "fr"]) expect(pages.some((p) => p.construction === c && p.language === language), `${c} in ${language}`).toBe(true);
    }
    // Wrong figures are in it too: a corpus of right figures would never test "differs".
    const verdicts = new Set(pages.flatMap((p) => p.claims.map((c) => c.verdict)));
    for (const v of ["matches", "close", "differs", "disputed", "unverifiable"]) expect(verdicts).toContain(v);
  });

  it("verdicts are right on at least 97 % of the claims, and no true figure is called “differs”", { timeout: 120_000 }, async () => {
    const { summary, scores } = await evaluate(join(DIR, "pages"), join(DIR, "expected.json"));
    const problems = scores.flatMap((s) => s.problems.map((p) => `${s.page}: ${p}`));
    expect(summary.verdictAccuracy, problems.join("\n")).toBeGreaterThanOrEqual(0.97);
    expect(summary.falseDiffers, problems.join("\n")).toBe(0);
    expect(summary.strayDiffers, problems.join("\n")).toBe(0);
    expect(summary.extraction).toBeGreaterThanOrEqual(0.97);
    expect(summary.relevance).toBe(1);
  });
});

describe("explanations in French", () => {
  it("follow French typography around the article's quoted words", async () => {
    const { frenchTypographyProblems } = await import("../i18n/french-typography");
    const { annotateHtml } = await import("../../../scripts/annotate");
    const problems: string[] = [];
    for (const [slug, page] of Object.entries(expected)) {
      if (page.language !== "fr") continue;
      const report = annotateHtml(readFileSync(join(DIR, "pages", `${slug}.html`), "utf8"), `https://example.test/${slug}`);
      for (const c of report.claims) {
        const quote = c.text.length > 60 ? `${c.text.slice(0, 57)}…` : c.text;
        for (const p of frenchTypographyProblems(c.explanation.split(quote).join(""))) problems.push(`${slug}: ${p} in “${c.explanation}”`);
      }
    }
    expect(problems).toEqual([]);
  });
});
