import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../../../core/detect/claims";
import { findMentions } from "../../../core/detect/mentions";
import type { Language } from "../../../core/detect/language";

function claims(text: string, language: Language, published: string): Claim[] {
  return extractClaims(text, findMentions(text, language), { language, published });
}

const TUE_8_JUL_2025 = "2025-07-08";

describe("extractClaims", () => {
  it.each<[string, Language, string, Partial<Claim>]>([
    ["Nearly 20,000 people crossed the Channel between January and June.", "en", "20,000", { metric: "people", value: 20000, approx: "nearly", period: { start: "2025-01-01", end: "2025-06-30" } }],
    ["Some 19 982 people crossed in the first six months.", "en", "19 982", { metric: "people", value: 19982, approx: "around", period: { start: "2025-01-01", end: "2025-06-30" } }],
    ["More than 41.5k migrants arrived in 2024.", "en", "41.5k", { metric: "people", value: 41500, approx: "over", period: { start: "2024-01-01", end: "2024-12-31" } }],
    ["About 20k people have crossed so far this year.", "en", "20k", { metric: "people", value: 20000, approx: "around", period: { start: "2025-01-01", end: "2025-07-08" }, ongoing: true }],
    ["Since January, 19,982 people have made the crossing in small boats.", "en", "19,982", { metric: "people", period: { start: "2025-01-01", end: "2025-07-08" } }],
    ["Since 2018 the UK has pledged more than £700m to France.", "en", "£700m", { metric: "money", value: 700_000_000, approx: "over", currency: "£", topic: "payments-france", period: { start: "2018-01-01", end: "2025-07-08" } }],
    ["Since Labour came to power, 50,000 migrants have crossed in small boats.", "en", "50,000", { metric: "people", period: { start: "2024-07-05", end: "2025-07-08" } }],
    ["On Friday, 500 migrants crossed in small boats.", "en", "500", { metric: "people", day: true, period: { start: "2025-07-04", end: "2025-07-04" } }],
    ["A record 1,195 people crossed in a single day.", "en", "1,195", { metric: "people", day: true, record: true, period: null }],
    ["The figures show 12,000 people crossed at the same point last year.", "en", "12,000", { metric: "people", ongoing: true, period: { start: "2024-01-01", end: "2024-07-08" } }],
    ["At least 78 people died in the Channel in 2024.", "en", "78", { metric: "deaths", approx: "over", period: { start: "2024-01-01", end: "2024-12-31" } }],
    ["An average of 61 people per boat crossed in 2025.", "en", "61", { metric: "people-per-boat" }],
    ["193 people have been returned to France under the one in, one out deal.", "en", "193", { metric: "returns" }],
    ["The pilot could begin with about 50 returns a week.", "en", "50", { metric: "returns", rate: "week" }],
    ["Crossings were up 48% on last year.", "en", "48%", { metric: "percent", value: 48, comparison: { period: { start: "2024-01-01", end: "2024-12-31" }, direction: "up" } }],
    ["Près de 20 000 personnes ont traversé la Manche depuis le début de l'année.", "fr", "20 000", { metric: "people", value: 20000, approx: "nearly", period: { start: "2025-01-01", end: "2025-07-08" } }],
    ["Plus de 19\u202f982 personnes sont arrivées au premier semestre.", "fr", "19\u202f982", { metric: "people", value: 19982, approx: "over", period: { start: "2025-01-01", end: "2025-06-30" } }],
    ["Environ 19\u00a0982 migrants ont traversé l'an dernier.", "fr", "19\u00a0982", { metric: "people", approx: "around", period: { start: "2024-01-01", end: "2024-12-31" } }],
    // The publication's own year is the year to date.
    ["Au total, 19.982 personnes ont traversé la Manche en 2025.", "fr", "19.982", { metric: "people", value: 19982, period: { start: "2025-01-01", end: "2025-07-08" }, ongoing: true }],
    ["Au total, 36.816 personnes ont traversé la Manche en 2024.", "fr", "36.816", { metric: "people", value: 36816, period: { start: "2024-01-01", end: "2024-12-31" } }],
    ["Le Royaume-Uni a promis 541 millions d'euros à la France.", "fr", "541 millions", { metric: "money", value: 541_000_000, currency: "€", topic: "payments-france" }],
    ["Une hausse de 48 % par rapport à l'an dernier.", "fr", "48 %", { metric: "percent", value: 48 }],
    ["Samedi, 1 195 personnes ont traversé en une journée, un record.", "fr", "1 195", { metric: "people", day: true, record: true, period: { start: "2025-07-05", end: "2025-07-05" } }],
  ])("%s", (text, lang, figure, expected) => {
    const found = claims(text, lang, TUE_8_JUL_2025).find((c) => c.number.text.includes(figure) || c.text.includes(figure));
    expect(found).toMatchObject(expected);
  });

  it("carries the period into the next sentence", () => {
    const [first, second] = claims("More than 41,000 people crossed in 2025. The year's total was 41,472.", "en", "2026-01-02");
    expect(first?.period).toEqual({ start: "2025-01-01", end: "2025-12-31" });
    expect(second?.period).toEqual({ start: "2025-01-01", end: "2025-12-31" });
  });

  it("a figure after 'the same period last year' counts that period", () => {
    const found = claims("19,982 people arrived between January and June, up 48% on the same period last year, when 13,489 made the journey.", "en", "2025-07-01");
    expect(found.map((c) => [c.value, c.metric, c.period])).toEqual([
      [19982, "people", { start: "2025-01-01", end: "2025-06-30" }],
      [48, "percent", { start: "2025-01-01", end: "2025-06-30" }],
      [13489, "people", { start: "2024-01-01", end: "2024-06-30" }],
    ]);
  });

  it.each([
    ["Years, dates and ages are not claims: in 2024, on 5 October, a 25-year-old man, at 10:30.", "en"],
    ["Il a 67 ans ; le 5 octobre 2024 à 10h30.", "fr"],
  ])("no claim in: %s", (text, lang) => {
    expect(claims(text, lang as Language, TUE_8_JUL_2025)).toEqual([]);
  });

  // A live blog's time stamps after a sentence with a figure: the minutes are not people.
  it.each([
    ["Nearly 20,000 people crossed the Channel in small boats in the first half.\n11:05 BST\nThe taxi boats were discussed.", "en"],
    ["Nearly 20,000 people crossed the Channel in small boats in the first half.\nUpdated 9.05am\nThe taxi boats were discussed.", "en"],
    ["Près de 20 000 personnes ont traversé la Manche au premier semestre.\n11h05\nLes taxi boats ont été évoqués.", "fr"],
    ["Près de 20 000 personnes ont traversé la Manche au premier semestre.\n11 h 15\nLes taxi boats ont été évoqués.\n9 h 00\nBonjour.", "fr"],
  ])("a time stamp is not a claim: %s", (text, lang) => {
    expect(claims(text, lang as Language, TUE_8_JUL_2025).map((c) => c.value)).toEqual([20000]);
  });
});
