import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../../core/data/bundled.ts";
import {
  calendarPeriod,
  changeBetween,
  cumulativeSince,
  highestDay,
  peoplePerBoat,
  preventedInPeriod,
  quarterlyAlternatives,
  sameDayInYear,
  samePointInYear,
  sumPeriod,
  truncateAsOf,
  yearToDate,
} from "../../../core/data/queries.ts";

const { series, figures } = bundledDataset();

describe("committed series", () => {
  it("is the 21 Aug 2026 release, data to 20 Aug 2026", () => {
    expect(series.released).toBe("2026-08-21");
    expect(series.asOf).toBe("2026-08-20");
    expect(series.start).toBe("2018-01-01");
  });
});

// Year totals: shared/data/home-office/README.md (sum of SB_01) and FACTS.md (boats).
describe("calendar years", () => {
  it.each([
    [2018, 299, 43, true],
    [2019, 1843, 164, true],
    [2020, 8462, 641, true],
    [2021, 28526, 1034, true],
    [2022, 45755, 1110, true],
    [2023, 29437, 602, true],
    [2024, 36816, 695, true],
    [2025, 41472, 672, true],
    [2026, 15897, 234, false],
  ])("%i: %i people in %i boats (complete %s)", (year, people, boats, complete) => {
    const period = calendarPeriod("year", year);
    const p = sumPeriod(series, "people", period);
    expect(p).toMatchObject({ value: people, complete, asOf: "2026-08-20", sourceId: "ho-small-boats-time-series" });
    expect(sumPeriod(series, "boats", period).value).toBe(boats);
  });

  it("2026 is covered only to the as-of date", () => {
    expect(sumPeriod(series, "people", calendarPeriod("year", 2026)).covered).toEqual({ start: "2026-01-01", end: "2026-08-20" });
  });
});

describe("calendarPeriod", () => {
  it.each([
    ["year", 2024, 1, "2024-01-01", "2024-12-31"],
    ["half", 2025, 1, "2025-01-01", "2025-06-30"],
    ["half", 2025, 2, "2025-07-01", "2025-12-31"],
    ["quarter", 2024, 1, "2024-01-01", "2024-03-31"],
    ["quarter", 2024, 4, "2024-10-01", "2024-12-31"],
    ["month", 2024, 2, "2024-02-01", "2024-02-29"],
    ["month", 2023, 2, "2023-02-01", "2023-02-28"],
  ] as const)("%s %i #%i = %s…%s", (kind, year, index, start, end) => {
    expect(calendarPeriod(kind, year, index)).toEqual({ start, end });
  });

  it("rejects an impossible index", () => {
    expect(() => calendarPeriod("quarter", 2024, 5)).toThrow(RangeError);
  });
});

// First halves: FACTS.md.
describe("first halves", () => {
  it.each([
    [2022, 12747],
    [2023, 11433],
    [2024, 13489],
    [2025, 19982],
    [2026, 11884],
  ])("H1 %i = %i", (year, people) => {
    expect(sumPeriod(series, "people", calendarPeriod("half", year, 1))).toMatchObject({ value: people, complete: true });
  });

  it("H1 2025 vs H1 2024 is +6,493, +48%", () => {
    const change = changeBetween(sumPeriod(series, "people", calendarPeriod("half", 2024, 1)), sumPeriod(series, "people", calendarPeriod("half", 2025, 1)));
    expect(change.difference).toBe(6493);
    expect(Math.round(change.percent!)).toBe(48);
    expect(change.complete).toBe(true);
  });
});

// Issue 3's expectations.
describe("year to date and the same point in earlier years", () => {
  it.each([
    ["2024-10-25", 2024, 29578],
    ["2024-10-25", 2023, 26501],
    ["2024-10-25", 2022, 38129],
    ["2025-07-29", 2025, 24538],
    ["2025-07-29", 2024, 16712],
    ["2026-08-20", 2026, 15897],
    ["2026-08-20", 2025, 27997],
  ])("to %s, in %i: %i", (day, year, people) => {
    expect(samePointInYear(series, "people", day, year)).toMatchObject({ value: people, complete: true });
  });

  it("yearToDate uses only data up to the day asked", () => {
    expect(yearToDate(series, "people", "2024-10-25")).toMatchObject({ value: 29578, asOf: "2024-10-25", period: { start: "2024-01-01", end: "2024-10-25" } });
  });

  it("2026 to 20 Aug is 43% below the same point of 2025", () => {
    const change = changeBetween(samePointInYear(series, "people", "2026-08-20", 2025), yearToDate(series, "people", "2026-08-20"));
    expect(Math.round(change.percent!)).toBe(-43);
  });

  it("a year to date past the data is incomplete", () => {
    expect(yearToDate(series, "people", "2026-09-30")).toMatchObject({ value: 15897, complete: false, asOf: "2026-08-20" });
  });

  it.each([
    ["2024-02-29", 2023, "2023-02-28"],
    ["2024-02-29", 2020, "2020-02-29"],
    ["2024-10-25", 2022, "2022-10-25"],
  ])("same day as %s in %i is %s", (day, year, expected) => {
    expect(sameDayInYear(day, year)).toBe(expected);
  });
});

describe("cumulative totals", () => {
  it.each([
    ["2018-01-01", "2024-12-31", 151138],
    ["2018-01-01", "2026-06-30", 204494],
  ])("since %s as of %s", (start, asOf, people) => {
    expect(cumulativeSince(series, "people", start, asOf)).toMatchObject({ value: people, complete: true, asOf });
  });

  it("since an event (5 Jul 2024) runs to the data's as-of date", () => {
    const a = cumulativeSince(series, "people", "2024-07-05");
    expect(a.period).toEqual({ start: "2024-07-05", end: "2026-08-20" });
    expect(a.value).toBe(sumPeriod(series, "people", { start: "2024-07-05", end: "2026-08-20" }).value);
  });

  it("before the data starts is incomplete", () => {
    expect(cumulativeSince(series, "people", "2017-06-01")).toMatchObject({ complete: false, covered: { start: "2018-01-01", end: "2026-08-20" } });
  });
});

describe("highest day", () => {
  it("overall: 1,305 on 3 Sep 2022, with the MoD note", () => {
    const a = highestDay(series, "people");
    expect(a).toMatchObject({ value: 1305, date: "2022-09-03", complete: true });
    expect(a.note?.en).toMatch(/1,295 people on 22 August 2022/);
    expect(sumPeriod(series, "boats", { start: "2022-09-03", end: "2022-09-03" }).value).toBe(27);
  });

  // FACTS.md "highest day per year".
  it.each([
    [2022, 1305, "2022-09-03", true],
    [2023, 872, "2023-09-02", false],
    [2024, 973, "2024-10-05", false],
    [2025, 1195, "2025-05-31", false],
  ])("%i: %i on %s (MoD note %s)", (year, value, date, note) => {
    const a = highestDay(series, "people", calendarPeriod("year", year));
    expect(a).toMatchObject({ value, date, complete: true });
    expect(a.note !== undefined).toBe(note);
  });

  it("as of a date before the record", () => {
    expect(highestDay(series, "people", undefined, "2022-09-02").date).not.toBe("2022-09-03");
  });
});

describe("people per boat", () => {
  it("2025: 41,472 people in 672 boats", () => {
    const r = peoplePerBoat(series, calendarPeriod("year", 2025));
    expect(r).toMatchObject({ people: 41472, boats: 672, complete: true });
    expect(r.value).toBeCloseTo(61.71, 2);
  });
});

describe("French-reported prevented departures (SB_02)", () => {
  it.each([
    ["2024-05-01", "2024-12-31", 21317],
    ["2025-01-01", "2025-12-31", 22476],
  ])("weeks ending %s…%s: %i people", (start, end, people) => {
    expect(preventedInPeriod(series, { start, end }).value).toBe(people);
  });
});

describe("truncateAsOf", () => {
  it.each(["2024-10-25", "2025-12-28", "2018-01-01"])("as of %s equals sums with asOf", (day) => {
    const t = truncateAsOf(series, day);
    expect(t.asOf).toBe(day);
    expect(sumPeriod(t, "people", { start: "2018-01-01", end: day }).value).toBe(sumPeriod(series, "people", { start: "2018-01-01", end: day }).value);
    expect(sumPeriod(t, "people", { start: "2018-01-01", end: "2030-01-01" }).complete).toBe(false);
    expect(t.weekly.people.length).toBeLessThanOrEqual(series.weekly.people.length);
  });

  it("the 7 days before an article each see the data as it stood", () => {
    const published = "2024-10-26";
    const totals = [1, 2, 3, 4, 5, 6, 7].map((back) => {
      const day = new Date(Date.parse(`${published}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
      return yearToDate(truncateAsOf(series, day), "people", day).value;
    });
    expect(totals[0]).toBe(29578);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
  });
});

describe("quarterly statistics alternatives", () => {
  it.each([
    [2020, 8466, 8462],
    [2022, 45774, 45755],
  ])("%i: %i in the quarterly statistics vs %i in the series", (year, quarterly, timeSeries) => {
    const alt = quarterlyAlternatives(year, figures);
    expect(alt.map((f) => f.value)).toEqual([quarterly]);
    expect(sumPeriod(series, "people", calendarPeriod("year", year)).value).toBe(timeSeries);
  });

  it("none for a year where they agree", () => {
    expect(quarterlyAlternatives(2024, figures)).toEqual([]);
  });
});
