import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../../../core/detect/claims";
import { agreement, checkClaim, writtenPrecision, type FigureLookup } from "../../../core/detect/verdicts";
import { bundledLookup } from "../../../core/detect/bundled-lookup";
import type { Language } from "../../../core/detect/language";

function claim(text: string, language: Language = "en", published = "2025-07-08"): Claim {
  const [c] = extractClaims(text, [], { language, published });
  if (!c) throw new Error(`no claim in ${text}`);
  return c;
}

describe("writtenPrecision", () => {
  it.each([
    ["20,000 people", 10000], ["19,982 people", 1], ["20,500 people", 100], ["41.5k people", 100], ["£700m", 1e8], ["48%", 1],
  ])("%s → %d", (text, p) => expect(writtenPrecision(claim(`In 2025, ${text} crossed.`))).toBeCloseTo(p));
});

describe("agreement with the official figure", () => {
  it.each<[string, number, string]>([
    ["Nearly 20,000 people crossed in the first half of 2025.", 19982, "matches"],
    ["20,500 people crossed in the first half of 2025.", 19982, "differs"],
    ["19,982 people crossed in the first half of 2025.", 19982, "matches"],
    // Daily figures are revised: within 0.1 % (or 5 people) an exact-looking figure still matches.
    ["19,981 people crossed in the first half of 2025.", 19982, "matches"],
    ["19,900 people crossed in the first half of 2025.", 19982, "close"],
    ["19,500 people crossed in the first half of 2025.", 19982, "differs"],
    // Before 2023 the MoD's daily counts differ from today's series by up to 2 %.
    ["45,000 people crossed in 2022.", 45755, "close"],
    ["45,430 people crossed in 2022.", 45755, "matches"],
    ["More than 13,000 people crossed in the first half of 2024.", 13489, "matches"],
    ["More than 14,000 people crossed in the first half of 2024.", 13489, "close"],
    ["More than 15,000 people crossed in the first half of 2024.", 13489, "differs"],
    ["About 19,000 people crossed in the first half of 2025.", 19982, "close"],
    ["Around 35,000 people crossed in 2024.", 36816, "close"],
    ["Some 37,000 people crossed in 2024.", 36816, "matches"],
    ["Crossings were up 48% on the same period of 2024.", 48.1, "matches"],
    ["Crossings were up 60% on the same period of 2024.", 48.1, "differs"],
    ["Près de 20 000 personnes ont traversé au premier semestre 2025.", 19982, "matches"],
  ])("%s vs %d → %s", (text, official, verdict) => {
    const lang: Language = /personnes/.test(text) ? "fr" : "en";
    expect(agreement(claim(text, lang), official)).toBe(verdict);
  });
});

describe("checkClaim", () => {
  const fake = (byDay: Record<string, number>): FigureLookup => ({
    lookup: (_c, asOf) => (byDay[asOf] === undefined ? { figures: [] } : { figures: [{ value: byDay[asOf]!, period: null, source: "Home Office", sourceId: "ho", asOf }] }),
  });

  it("reports which of the seven days before publication matched", () => {
    const c = claim("19,982 people crossed in the first half of 2025.", "en", "2025-07-08");
    const check = checkClaim(c, fake({ "2025-07-07": 20100, "2025-07-05": 19982 }), "2025-07-08");
    expect(check).toMatchObject({ verdict: "matches", matchedAsOf: "2025-07-05", official: { value: 19982 } });
  });

  it("no data for the metric or period is unverifiable, with a sentence in the article's language", () => {
    const check = checkClaim(claim("Près de 20 000 personnes ont traversé en 2030.", "fr"), fake({}), "2025-07-08", "fr");
    expect(check.verdict).toBe("unverifiable");
    expect(check.explanation).toMatch(/^Aucune donnée officielle/);
  });

  it.each<[string, Language, string, string]>([
    ["Nearly 20,000 people crossed the Channel between January and June.", "en", "2025-07-08", "matches"],
    ["In 2022, 45,774 people crossed.", "en", "2023-03-01", "matches"], // quarterly statistics
    ["In 2022, 45,755 people crossed.", "en", "2023-03-01", "matches"], // time series
    ["At least 78 people died in 2024.", "en", "2025-02-10", "disputed"], // tolls published by then (issue 13)
    ["The Rwanda scheme cost £700m.", "en", "2024-07-23", "matches"],
    ["1,195 people crossed on Saturday, the highest number in a single day this year.", "en", "2025-06-01", "matches"],
    ["Au moins 25 personnes sont mortes en 2025.", "fr", "2026-02-10", "disputed"], // bilan of 30 Jan 2026
  ])("bundled data: %s", (text, lang, published, verdict) => {
    const c = claim(text, lang, published);
    const check = checkClaim(c, bundledLookup(), published, lang);
    expect(check.verdict, check.explanation).toBe(verdict);
    expect(check.explanation.length).toBeGreaterThan(20);
  });
});
