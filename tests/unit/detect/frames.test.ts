// The frame of each figure (issue 12): what it counts, the period it covers, the base of a change, and
// whether the sentence says so itself. One row per construction, in our own words.
import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../../../core/detect/claims";
import type { Language } from "../../../core/detect/language";
import { findMentions } from "../../../core/detect/mentions";
import { sentences, MAX_SENTENCE } from "../../../core/detect/sentences";

function read(text: string, language: Language, published: string): Claim[] {
  return extractClaims(text, findMentions(text, language), { language, published });
}
function figure(claims: Claim[], number: string): Claim {
  const c = claims.find((x) => x.number.text === number);
  if (!c) throw new Error(`no claim ${number} in ${claims.map((x) => x.number.text).join(", ")}`);
  return c;
}
const P = (start: string, end: string) => ({ start, end });

// 2025-07-31 is a Thursday; the day before is Wednesday 30 July.
const THU = "2025-07-31";

describe("periods bound to their own figure", () => {
  it.each<[string, string, Language, string, Partial<Claim>]>([
    ["the day and the running total", "Some 640 people crossed in 12 boats on Wednesday, taking the total for the year so far to 25,100.", "en", "640", { period: P("2025-07-30", "2025-07-30"), day: true, certain: true }],
    ["… the running total itself", "Some 640 people crossed in 12 boats on Wednesday, taking the total for the year so far to 25,100.", "en", "25,100", { period: P("2025-01-01", THU), ongoing: true, certain: true }],
    ["the boats share the day", "Some 640 people crossed in 12 boats on Wednesday, taking the total for the year so far to 25,100.", "en", "12", { metric: "boats", period: P("2025-07-30", "2025-07-30") }],
    ["a fronted year", "Last year a total of 36,800 people crossed, down 10% on a record 41,000 in 2024.", "en", "36,800", { period: P("2024-01-01", "2024-12-31") }],
    ["a year after the comparator", "Last year a total of 36,800 people crossed, down 10% on a record 41,000 in 2023.", "en", "41,000", { period: P("2023-01-01", "2023-12-31") }],
    ["a possessive year before the next figure", "In 2021 the count rose to 28,500 before 2022's record of 45,700.", "en", "45,700", { period: P("2022-01-01", "2022-12-31") }],
    ["a list", "Officials counted 1,850 people in 2019, followed by 8,450 in 2020 and 28,500 in 2021.", "en", "8,450", { period: P("2020-01-01", "2020-12-31"), metric: "people", certain: true }],
    ["a bracket after the same point", "So far this year 25,400 people have crossed. That is 50% more than at this point last year (16,800).", "en", "16,800", { period: P("2024-01-01", "2024-07-31"), ongoing: true }],
    ["a relative clause", "Arrivals rose 48% on the same period last year, when 13,500 made the journey.", "en", "13,500", { period: P("2024-01-01", "2024-07-31") }],
    ["a relative clause after a comparison, with no figure before it", "This year's count is still below the same point last year, when 16,800 people had already crossed.", "en", "16,800", { period: P("2024-01-01", "2024-07-31"), ongoing: true }],
    ["since an event in a month the table knows", "Since Rishi Sunak, who promised to stop the boats, became Prime Minister in October 2022, nearly 50,000 have crossed.", "en", "50,000", { period: P("2022-10-25", THU), ongoing: true, readings: [{ period: P("2022-10-01", THU), ongoing: true }] }],
    ["since the start of the records", "Some 127,200 people have arrived since the start of 2018.", "en", "127,200", { period: P("2018-01-01", THU), ongoing: true }],
    ["since a month and year, glued to the next word", "Since January 2018,more than 115,000 people have crossed.", "en", "115,000", { period: P("2018-01-01", THU) }],
    ["the six months from January to June of a year named after", "The previous record for the six months from January to June was 12,750 in 2022.", "en", "12,750", { period: P("2022-01-01", "2022-06-30") }],
    ["the end of December in a sentence about a year", "The first year past 25,000 was 2022, and the total reached 45,800 by the end of December.", "en", "45,800", { period: P("2022-01-01", "2022-12-31") }],
    ["as of a day, this year", "As of July 28, 25,000 people had crossed this year.", "en", "25,000", { period: P("2025-01-01", "2025-07-28") }],
    ["a seven-day total is the last seven days of the data", "Yesterday alone, 600 people arrived, bringing the seven-day total to 1,900.", "en", "1,900", { window: 7 }],
    ["days of one month", "Some 1,200 people crossed between 14 and 20 July.", "en", "1,200", { period: P("2025-07-14", "2025-07-20") }],
    ["the publication's own year is the year to date", "In all, 25,000 people have crossed in 2025.", "en", "25,000", { period: P("2025-01-01", THU), ongoing: true }],
    ["a milestone reached on a day is a running total, unsure which", "The number crossing this year passed 25,000 on Wednesday.", "en", "25,000", { period: P("2025-01-01", "2025-07-30"), doubt: "period-unclear" }],
    ["« portant le total à »", "Plus de 1.400 migrants ont traversé la Manche samedi et dimanche, portant le total à 25.000 depuis janvier.", "fr", "25.000", { period: P("2025-01-01", THU), ongoing: true }],
    ["« samedi et dimanche »", "Plus de 1.400 migrants ont traversé la Manche samedi et dimanche, portant le total à 25.000 depuis janvier.", "fr", "1.400", { period: P("2025-07-26", "2025-07-27") }],
    ["« depuis début 2025 »", "Plus de 25.000 migrants sont arrivés depuis début 2025, avec 18 morts recensés.", "fr", "25.000", { metric: "people", period: P("2025-01-01", THU) }],
    ["« l'année dernière à la même date »", "L'année dernière à la même date, on était à 16 800 migrants.", "fr", "16 800", { period: P("2024-01-01", "2024-07-31") }],
    ["« année record qui avait vu »", "Il reste inférieur de 20 % à la même période en 2022, année record qui avait vu 45.000 migrants arriver.", "fr", "45.000", { period: P("2022-01-01", "2022-12-31") }],
    ["« du … au … »", "Du 14 au 20 juillet, 1 200 personnes ont traversé.", "fr", "1 200", { period: P("2025-07-14", "2025-07-20") }],
  ])("%s", (_name, text, language, number, expected) => {
    expect(figure(read(text, language, THU), number)).toMatchObject(expected);
  });

  it("a period from another sentence is carried, but not certain", () => {
    const claims = read("Some 36,800 people crossed the Channel in small boats last year. They came in 700 boats.", "en", "2025-01-20");
    expect(figure(claims, "700")).toMatchObject({ metric: "boats", period: P("2024-01-01", "2024-12-31"), doubt: "period-carried" });
    expect(figure(claims, "700").certain).toBeUndefined();
  });

  it("an elliptical year after a part of a year may mean the same part", () => {
    const claims = read("In the first 31 days of 2024, 1,335 migrants crossed the Channel. Last year there were 1,180, compared with 1,339 in 2022.", "en", "2024-02-01");
    expect(figure(claims, "1,180")).toMatchObject({ period: P("2023-01-01", "2023-12-31"), readings: [{ period: P("2023-01-01", "2023-01-31") }] });
    expect(figure(claims, "1,339")).toMatchObject({ readings: [{ period: P("2022-01-01", "2022-01-31") }] });
  });

  it("'since then' has a start the sentence does not name", () => {
    expect(figure(read("Since then 19,800 have arrived in the UK after crossing the Channel.", "en", THU), "19,800")).toMatchObject({ doubt: "since-unknown" });
  });
});

describe("what a figure counts", () => {
  it.each<[string, string, Language, string, Partial<Claim>]>([
    ["crossings are people", "There were 8,700 crossings of the Channel in August so far.", "en", "8,700", { metric: "people" }],
    ["« traversées » are people", "Plus de 20 000 traversées vers l'Angleterre depuis le 1er janvier.", "fr", "20 000", { metric: "people" }],
    ["people per boat, a ratio", "On Wednesday 640 people crossed in 12 boats, an average of 53 people per boat.", "en", "53", { metric: "people-per-boat" }],
    ["an average per day over a period", "Since January 2024 more than 50,000 people have crossed, an average of 80 people per day.", "en", "80", { metric: "people-per-day" }],
    ["a difference, not a count", "The 2025 total is 25,400, some 8,600 more than at the same point last year.", "en", "8,600", { metric: "people", comparison: { period: P("2024-01-01", "2024-07-31"), direction: "up" } }],
    ["attempts", "French police stopped 26,000 attempts last year.", "en", "26,000", { noData: "attempts" }],
    ["« tenter la traversée »", "Au total, 49 900 personnes ont embarqué pour tenter la traversée vers le Royaume-Uni.", "fr", "49 900", { noData: "attempts" }],
    ["« impliquant » the attempts before it", "Selon la préfecture, 530 tentatives de traversée, impliquant 18.700 migrants, ont été recensées.", "fr", "18.700", { noData: "attempts" }],
    ["rescues", "The coastguard rescued 65 people on Tuesday.", "en", "65", { noData: "rescues" }],
    ["a nationality", "Afghanistan was the most common origin, with 4,100 recorded arrivals.", "en", "4,100", { noData: "nationality" }],
    ["all routes", "There were 38,700 irregular arrivals to the UK in the year to June.", "en", "38,700", { noData: "all-routes" }],
    ["a forecast in its own clause", "Crossings are on course to reach 60,000 by the end of the year.", "en", "60,000", { noData: "forecast" }],
    ["a share no curated figure gives", "Of these arrivals, 81% came via small boats.", "en", "81%", { metric: "percent", noData: "share" }],
    ["a death toll", "At least 25 people died trying to cross the Channel this year.", "en", "25", { metric: "deaths" }],
    ["« le nombre de morts »", "Cela porte à au moins 25 le nombre de morts depuis le début de l'année.", "fr", "25", { metric: "deaths" }],
    ["one sinking's toll", "The 2021 disaster, which saw 27 migrants die, is still under investigation.", "en", "27", { metric: "deaths", incident: true }],
    ["who gave the figure", "A minister told MPs that 29,400 people had crossed the Channel in small boats in 2023.", "en", "29,400", { attribution: "A minister" }],
  ])("%s", (_name, text, language, number, expected) => {
    expect(figure(read(text, language, THU), number)).toMatchObject(expected);
  });

  it("numbers inside a time phrase are dates", () => {
    expect(read("Some 1,200 people crossed between 14 and 20 July.", "en", THU).map((c) => c.number.text)).toEqual(["1,200"]);
  });
});

describe("sentences", () => {
  it.each<[string, number]>([
    ["Nearly 20,000 people crossed. The year before, 13,500 did.", 2],
    ["Mr. Smith said c. 20,000 people crossed in No. 10's figures.", 1],
    ["He said: “It is 20,000.” Then he left.", 2],
    ["Headline without a full stop\nFirst paragraph. Second sentence.", 3],
    ["Trailing text without an end", 1],
  ])("%s → %d", (text, count) => expect(sentences(text)).toHaveLength(count));

  it("a run of punctuation is one sentence's end, read once", () => {
    const text = `Crossings rose${".".repeat(50_000)} Then they fell.`;
    expect(sentences(text)).toHaveLength(2 + Math.floor(50_000 / MAX_SENTENCE));
  });

  it("cuts sentences longer than the cap at a space", () => {
    const long = `${"word ".repeat(700)}end.`;
    const spans = sentences(long);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(spans.map((s) => long.slice(s.start, s.end)).join("")).toBe(long);
  });
});
