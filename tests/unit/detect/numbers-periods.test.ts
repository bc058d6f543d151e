import { describe, expect, it } from "vitest";
import { findNumbers } from "../../../core/detect/numbers";
import { findPeriods } from "../../../core/detect/periods";
import type { Language } from "../../../core/detect/language";

describe("findNumbers", () => {
  it.each<[string, Language, number, string, string | null, boolean]>([
    ["19,982 people", "en", 19982, "exact", null, false],
    ["19 982 personnes", "fr", 19982, "exact", null, false],
    ["19\u00a0982 personnes", "fr", 19982, "exact", null, false],
    ["19\u202f982 personnes", "fr", 19982, "exact", null, false],
    ["19.982 migrants", "fr", 19982, "exact", null, false],
    ["une hausse de 48 %", "fr", 48, "exact", null, true],
    ["up 48% on last year", "en", 48, "exact", null, true],
    ["some 20k people", "en", 20000, "around", null, false],
    ["41.5k arrivals", "en", 41500, "exact", null, false],
    ["more than £700m", "en", 700_000_000, "over", "£", false],
    ["541 millions d'euros", "fr", 541_000_000, "exact", "€", false],
    ["€541m over three years", "en", 541_000_000, "exact", "€", false],
    ["nearly 20,000 people", "en", 20000, "nearly", null, false],
    ["almost £500m", "en", 500_000_000, "nearly", "£", false],
    ["près de 20 000 personnes", "fr", 20000, "nearly", null, false],
    ["plus de 900 renvois", "fr", 900, "over", null, false],
    ["environ 1 200 migrants", "fr", 1200, "around", null, false],
    ["fewer than 300", "en", 300, "under", null, false],
    ["12,5 % des arrivées", "fr", 12.5, "exact", null, true],
    ["48 per cent", "en", 48, "exact", null, true],
  ])("%s (%s)", (text, lang, value, approx, currency, percent) => {
    const [n] = findNumbers(text, lang);
    expect(n).toMatchObject({ value, approx, currency, percent });
  });

  it("does not read 'moreover' as a hedge", () => {
    expect(findNumbers("Moreover 500 people", "en")[0]?.approx).toBe("exact");
  });

  it("'20 m offshore' is twenty, not twenty million", () => {
    expect(findNumbers("within 300 m of the shore", "en")[0]?.value).toBe(300);
  });
});

describe("findPeriods", () => {
  const published = "2025-07-08"; // a Tuesday
  it.each<[string, Language, { start: string; end: string } | null, string]>([
    ["in the first six months of the year", "en", { start: "2025-01-01", end: "2025-06-30" }, "period"],
    ["between January and June", "en", { start: "2025-01-01", end: "2025-06-30" }, "period"],
    ["since January", "en", { start: "2025-01-01", end: "2025-07-08" }, "period"],
    ["so far this year", "en", { start: "2025-01-01", end: "2025-07-08" }, "period"],
    ["at the same point last year", "en", { start: "2024-01-01", end: "2024-07-08" }, "comparison"],
    ["since 2018", "en", { start: "2018-01-01", end: "2025-07-08" }, "period"],
    ["since Labour came to power", "en", { start: "2024-07-05", end: "2025-07-08" }, "period"],
    ["on Friday", "en", { start: "2025-07-04", end: "2025-07-04" }, "day"],
    ["in a single day", "en", null, "day"],
    ["last year", "en", { start: "2024-01-01", end: "2024-12-31" }, "period"],
    ["in 2022", "en", { start: "2022-01-01", end: "2022-12-31" }, "period"],
    ["in the first half of 2024", "en", { start: "2024-01-01", end: "2024-06-30" }, "period"],
    ["in May", "en", { start: "2025-05-01", end: "2025-05-31" }, "period"],
    ["depuis le début de l'année", "fr", { start: "2025-01-01", end: "2025-07-08" }, "period"],
    ["depuis le début de l’année", "fr", { start: "2025-01-01", end: "2025-07-08" }, "period"],
    ["l'an dernier", "fr", { start: "2024-01-01", end: "2024-12-31" }, "period"],
    ["au premier semestre", "fr", { start: "2025-01-01", end: "2025-06-30" }, "period"],
    ["au premier semestre 2024", "fr", { start: "2024-01-01", end: "2024-06-30" }, "period"],
    ["entre janvier et juin", "fr", { start: "2025-01-01", end: "2025-06-30" }, "period"],
    ["en une journée", "fr", null, "day"],
    ["vendredi", "fr", { start: "2025-07-04", end: "2025-07-04" }, "day"],
    ["depuis 2018", "fr", { start: "2018-01-01", end: "2025-07-08" }, "period"],
    ["à la même période l'an dernier", "fr", { start: "2024-01-01", end: "2024-07-08" }, "comparison"],
    ["in the year to June 2025", "en", { start: "2024-07-01", end: "2025-06-30" }, "period"],
    ["the highest since 2022", "en", null, "period"],
    ["sur un an", "fr", { start: "2024-07-08", end: "2025-07-07" }, "period"],
  ])("%s (%s)", (text, lang, period, role) => {
    const [p] = findPeriods(text, lang, published);
    expect(p).toMatchObject({ period, role });
    expect(text).toContain(p!.text);
  });

  it("the first six months, read in March, are last year's", () => {
    expect(findPeriods("the first six months", "en", "2026-03-02")[0]?.period).toEqual({ start: "2025-01-01", end: "2025-06-30" });
  });

  it("a record is flagged without a period", () => {
    expect(findPeriods("a record number", "en", published)[0]).toMatchObject({ record: true, period: null });
  });
});
