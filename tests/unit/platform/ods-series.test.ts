import { readFileSync } from "node:fs";
import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { readDailySeries } from "../../../platform/ods-series";

const FIXTURE = new URL("../../fixtures/govuk/", import.meta.url).pathname;
const read = (f: string) => readDailySeries(new Uint8Array(readFileSync(`${FIXTURE}${f}`)));
const year = (s: ReturnType<typeof read>, y: string) => s.daily.filter((d) => d[0].startsWith(y)).reduce((a, d) => a + (d[1] ?? 0), 0);

/** A minimal ODS with one SB_01 sheet made of `rows`. */
function ods(rows: string[][], sheet = "SB_01"): Uint8Array {
  const cells = (r: string[]) => r.map((c) => `<table:table-cell><text:p>${c}</text:p></table:table-cell>`).join("");
  const xml = `<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>` +
    `<table:table table:name="${sheet}">${rows.map((r) => `<table:table-row>${cells(r)}</table:table-row>`).join("")}</table:table>` +
    `</office:spreadsheet></office:body></office:document-content>`;
  return zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8(xml) });
}
const HEADER = ["Date", "Migrants arrived", "Boats arrived"];

describe("stop-gap SB_01 reader", () => {
  it("reads both committed releases with the known totals (data README)", () => {
    const old = read("small-boats-time-series-2025-12-31.ods");
    expect(old.asOf).toBe("2025-12-28");
    expect(year(old, "2025")).toBe(41_472);
    const latest = read("small-boats-time-series-2026-08-21.ods");
    expect(latest.asOf).toBe("2026-08-20");
    expect([year(latest, "2018"), year(latest, "2022"), year(latest, "2024"), year(latest, "2026")]).toEqual([299, 45_755, 36_816, 15_897]);
  });
  it.each([
    ["not a zip", new TextEncoder().encode("hello"), /not an OpenDocument spreadsheet/],
    ["no SB_01", ods([HEADER, ["01/01/2018", "0", "0"]], "Other"), /no SB_01 sheet/],
    ["renamed columns", ods([["Day", "People"], ["01/01/2018", "0"]]), /no “Date” and “Migrants arrived” columns/],
    ["negative count", ods([HEADER, ["01/01/2018", "-4", "0"]]), /not a whole number/],
    ["text count", ods([HEADER, ["01/01/2018", "many", "0"]]), /not a whole number/],
    ["backwards in time", ods([HEADER, ["02/01/2018", "1", "0"], ["01/01/2018", "1", "0"]]), /backwards in time/],
    ["no data", ods([HEADER, ["01/01/2018", "-", "-"]]), /no daily counts/],
  ])("refuses %s", (_label, bytes, message) => {
    expect(() => readDailySeries(bytes)).toThrow(message);
  });
  it("treats '-' as no data and skips note rows", () => {
    const s = readDailySeries(ods([["Notes"], HEADER, ["01/01/2018", "3", "1"], ["02/01/2018", "-", "-"], ["03/01/2018", "5", "1"], ["Source: Home Office"]]));
    expect(s).toEqual({ asOf: "2018-01-03", daily: [["2018-01-01", 3, 1], ["2018-01-02", null, null], ["2018-01-03", 5, 1]] });
  });
});
