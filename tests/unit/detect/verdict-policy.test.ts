// The verdict policy (issue 12): say "differs" only when the sentence itself says what and when a figure
// counts; let an exact figure choose among the readings its words allow; treat small gaps as revisions;
// never judge days the data does not cover. Sentences in our own words, checked against the bundled data.
import { describe, expect, it } from "vitest";
import { bundledLookup } from "../../../core/detect/bundled-lookup";
import { extractClaims } from "../../../core/detect/claims";
import type { Language } from "../../../core/detect/language";
import { findMentions } from "../../../core/detect/mentions";
import { checkClaim, type FigureLookup } from "../../../core/detect/verdicts";

function verdicts(text: string, language: Language, published: string, lookup: FigureLookup = bundledLookup()): Record<string, string> {
  const claims = extractClaims(text, findMentions(text, language), { language, published });
  return Object.fromEntries(claims.map((c) => [c.number.text, checkClaim(c, lookup, published, language).verdict]));
}

describe("verdict policy", () => {
  it.each<[string, string, Language, string, Record<string, string>]>([
    // Certain and wrong: differs. The same figure with its period carried from the sentence before: unverifiable.
    ["certain and wrong", "In 2024, 52,000 people crossed the Channel in small boats.", "en", "2025-03-01", { "52,000": "differs" }],
    ["carried and wrong", "Some 36,816 people crossed the Channel in small boats last year. They came in 900 boats.", "en", "2025-03-01", { "36,816": "matches", "900": "unverifiable" }],
    ["carried and right", "Some 36,816 people crossed the Channel in small boats last year. They came in 695 boats.", "en", "2025-03-01", { "695": "matches" }],
    // An exact figure equal to one reading picks that reading (the first 31 days of 2023: 1,180).
    ["an exact figure picks its reading", "In the first 31 days of 2024, 1,335 migrants crossed the Channel. Last year there were 1,180.", "en", "2024-02-01", { "1,335": "matches", "1,180": "matches" }],
    ["no reading fits: unverifiable, not differs", "In the first 31 days of 2024, 1,335 migrants crossed the Channel. Last year there were 2,222.", "en", "2024-02-01", { "2,222": "unverifiable" }],
    // Revisions: within 0.1 % or 5 people matches; before 2023 (MoD counts) within 2 % matches; after, close.
    ["a revision of a few people", "In the first half of 2025, 19,979 people crossed the Channel in small boats.", "en", "2025-07-08", { "19,979": "matches" }],
    ["a 1 % gap in 2022 (MoD era)", "In 2022, 45,310 people crossed the Channel in small boats.", "en", "2023-02-01", { "45,310": "matches" }],
    ["a 1 % gap in 2024", "In 2024, 36,450 people crossed the Channel in small boats.", "en", "2025-02-01", { "36,450": "close" }],
    ["a ratio at its written precision", "On Wednesday 898 people crossed the Channel in 13 small boats, an average of 69 per boat.", "en", "2025-07-31", { "69": "matches" }],
    // The day before publication is the latest day of data; a day the data does not cover is never judged.
    ["today has no data yet", "So far today, 400 people have crossed the Channel in small boats.", "en", "2025-07-31", { "400": "unverifiable" }],
    // After the data ends: "more than N" holds once the count so far passes N; an exact year-to-date cannot be judged.
    ["beyond the data, more than a count passed", "More than 15,000 people have crossed the Channel in small boats so far this year.", "en", "2026-11-30", { "15,000": "matches" }],
    ["beyond the data, an exact figure", "So far this year, 19,876 people have crossed the Channel in small boats.", "en", "2026-11-30", { "19,876": "unverifiable" }],
    ["beyond the data, fewer than a count passed", "Fewer than 12,000 people have crossed the Channel in small boats so far this year.", "en", "2026-11-30", { "12,000": "differs" }],
    // Measures no series counts.
    ["attempts are not arrivals", "French police prevented 26,000 attempts to cross the Channel in small boats last year.", "en", "2024-02-01", { "26,000": "unverifiable" }],
    ["a forecast", "Crossings of the Channel in small boats are on course to reach 60,000 this year.", "en", "2025-07-31", { "60,000": "unverifiable" }],
    // 2022's record day: the MoD's provisional 1,295 and today's series disagree.
    ["the 2022 record day", "The highest daily total on record was 1,295 people crossing the Channel in small boats.", "en", "2022-08-29", { "1,295": "disputed" }],
    // The direction of a change is its nearest change word; its base is like with like.
    ["up, then 'below' a record", "A total of 36,816 migrants crossed the Channel in small boats in 2024, up 25% on the previous year but below the record of 45,774 in 2022.", "en", "2025-01-02", { "25%": "matches", "45,774": "matches" }],
    ["the same month last year", "Channel crossings by migrants in January were down 18% on the same month last year.", "en", "2025-02-15", { "18%": "matches" }],
    ["« en 24 heures », near but above", "Près de 700 migrants ont traversé la Manche en 24 heures.", "fr", "2022-08-02", { "700": "close" }],
    // Second thoughts before "differs" (issue 12, measured on real articles kept apart): an exact figure equal
    // to another count a reader could mean, data that cannot settle it, or a gap too large to be the same count.
    ["a day's count read as the year so far", "As of 22 March, the Home Office had counted 241 people crossing the Channel in small boats.", "en", "2025-03-24", { "241": "unverifiable" }],
    ["the same date of an earlier year, elliptical", "By the same date, 4,306 people had crossed the Channel in small boats in 2024, and 3,683 in 2023.", "en", "2025-03-24", { "4,306": "matches", "3,683": "unverifiable" }],
    ["a dated day after a 'since' phrase", "Since the start of the month the busiest day was 11 August, when 703 people crossed the Channel in small boats.", "en", "2024-08-20", { "703": "unverifiable" }],
    ["a day of 2022 quoted as the MoD gave it", "Near 1,000 migrants crossed the Channel in small boats on Saturday.", "en", "2022-09-04", { "1,000": "unverifiable" }],
    ["a total that may include the article's own day", "Over 5,500 people have crossed the Channel in small boats so far this year.", "en", "2024-04-08", { "5,500": "unverifiable" }],
    ["six times the day's count: another measure", "Some 2,000 people crossed the Channel in small boats on Saturday, the Home Office said.", "en", "2025-07-14", { "2,000": "unverifiable" }],
    ["a second change whose subject is the first's", "Small boats brought more people across the Channel last year: the total was 13% higher than in 2024 and 41% higher than in 2023.", "en", "2026-01-02", { "41%": "unverifiable" }],
    ["a fraction with its own verb and hedge", "The number of people crossing the Channel in small boats in 2023 fell by more than a third from the previous year.", "en", "2024-01-02", { "fell by more than a third": "matches" }],
  ])("%s", (_name, text, language, published, expected) => {
    expect(verdicts(text, language, published)).toMatchObject(expected);
  });

  it("figures from a custom feed never decide a verdict, whatever they call themselves", () => {
    const feed: FigureLookup = { lookup: () => ({ figures: [] }) };
    // The bundled lookup filters feed figures (feedId) out of curated answers; without built-in data a
    // claim stays unverifiable rather than judged by a feed.
    expect(verdicts("In 2024, 36,816 people crossed the Channel in small boats.", "en", "2025-03-01", feed)).toMatchObject({ "36,816": "unverifiable" });
  });

  it("an unverifiable explanation names why and the official figures the text could mean", () => {
    const text = "In the first 31 days of 2024, 1,335 migrants crossed the Channel. Last year there were 2,222.";
    const claims = extractClaims(text, findMentions(text, "en"), { language: "en", published: "2024-02-01" });
    const check = checkClaim(claims.find((c) => c.value === 2222)!, bundledLookup(), "2024-02-01", "en");
    expect(check.explanation).toMatch(/which period is meant is unclear|does not say/);
    expect(check.explanation).toContain("29,437");
    expect(check.explanation).toContain("1,180");
  });
});
