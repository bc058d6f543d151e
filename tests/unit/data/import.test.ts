import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DataImportError } from "../../../core/data/errors.ts";
import { importSeries } from "../../../core/data/import-series.ts";
import { readOds } from "../../../core/data/ods.ts";
import { sumPeriod } from "../../../core/data/queries.ts";
import { serialiseSeriesFile, seriesFile } from "../../../core/data/series-file.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const COMMITTED_ODS = join(root, "assets/data/small-boats-time-series-2026-08-21.ods");
const COMMITTED_JSON = join(root, "assets/data/series.json");
// The two releases the project was given (shared/data/home-office/README.md), committed as test fixtures
// (tests/fixtures/govuk/) so the tests never depend on a path outside the repository.
const RELEASES_DIR = join(root, "tests/fixtures/govuk");
const RELEASES = [
  ["small-boats-time-series-2025-12-31.ods", "2025-12-31", "2025-12-28", 2919, 416],
  ["small-boats-time-series-2026-08-21.ods", "2026-08-21", "2026-08-20", 3154, 450],
] as const;

const realBytes = new Uint8Array(readFileSync(COMMITTED_ODS));
const realContent = strFromU8(unzipSync(realBytes, { filter: (f) => f.name === "content.xml" })["content.xml"]!);

/** The committed ODS with content.xml changed by `edit`: bad files are built here, never committed. */
function odsWith(edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(realBytes);
  const changed = edit(realContent);
  expect(changed).not.toBe(realContent); // the edit must have hit something
  files["content.xml"] = strToU8(changed);
  return zipSync(files);
}

function importBytes(bytes: Uint8Array) {
  return importSeries(readOds(bytes));
}

const dayRow = (ddmmyyyy: string) => {
  const start = realContent.indexOf(`<text:p>${ddmmyyyy}</text:p>`);
  const rowStart = realContent.lastIndexOf("<table:table-row", start);
  const rowEnd = realContent.indexOf("</table:table-row>", start) + "</table:table-row>".length;
  return { rowStart, rowEnd, row: realContent.slice(rowStart, rowEnd) };
};
const editRow = (ddmmyyyy: string, edit: (row: string) => string) => (xml: string) => {
  const { rowStart, rowEnd, row } = dayRow(ddmmyyyy);
  return xml.slice(0, rowStart) + edit(row) + xml.slice(rowEnd);
};
const firstCount = (row: string, replacement: string) =>
  row.replace(/<table:table-cell office:value-type="float" office:value="\d+"([^>]*)><text:p>\d+<\/text:p><\/table:table-cell>/, replacement);

describe("readOds", () => {
  it("reads the four sheets and honours repeated rows and columns without materialising the padding", () => {
    const t0 = performance.now();
    const book = readOds(realBytes);
    const ms = performance.now() - t0;
    expect(book.sheets.map((s) => s.name)).toEqual(["Cover_sheet", "Notes", "SB_01", "SB_02"]);
    const sb01 = book.sheets[2]!;
    expect(sb01.rows.length).toBe(3155); // header + 3,154 days; the 1,045,421 padding rows are dropped
    expect(sb01.rows[0]!.map((c) => c.text)).toEqual(["Date", "Migrants arrived", "Boats arrived", "Boats arrived - involved in uncontrolled landings", "Notes"]);
    expect(sb01.rows[1]![0]).toEqual({ text: "01/01/2018", type: "date", value: "2018-01-01T00:00:00" });
    expect(book.modified?.slice(0, 10)).toBe("2026-08-21");
    expect(ms).toBeLessThan(3000);
  });

  it("expands number-columns-repeated between cells and joins paragraphs", () => {
    const xml = `<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>
      <table:table table:name="T"><table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="float" office:value="7" table:number-columns-repeated="2"><text:p>7</text:p></table:table-cell><table:table-cell table:number-columns-repeated="3"/><table:table-cell office:value-type="string"><text:p>a<text:s text:c="2"/>b</text:p><text:p>c</text:p><office:annotation><text:p>comment</text:p></office:annotation></table:table-cell></table:table-row>
      <table:table-row table:number-rows-repeated="1000"><table:table-cell/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
    const book = readOds(zipSync({ "content.xml": strToU8(xml) }));
    const rows = book.sheets[0]!.rows;
    expect(rows.length).toBe(2);
    expect(rows[0]!.map((c) => c.text)).toEqual(["7", "7", "", "", "", "a  b\nc"]);
  });
});

describe("importSeries", () => {
  it.each(RELEASES)("imports %s: released %s, data to %s, %i days, %i weeks", (file, released, asOf, days, weeks) => {
    const series = importSeries(readOds(new Uint8Array(readFileSync(join(RELEASES_DIR, file)))));
    expect(series).toMatchObject({ released, asOf, start: "2018-01-01" });
    expect(series.people.length).toBe(days);
    expect(series.weekly.people.length).toBe(weeks);
    expect(series.weekly.firstWeekEnding).toBe("2018-01-07");
    expect(series.revised).toContain("2025-09-06");
  });

  it("the committed JSON is the import of the committed ODS (not stale)", () => {
    const json = serialiseSeriesFile(seriesFile(importBytes(realBytes)));
    expect(json === readFileSync(COMMITTED_JSON, "utf8")).toBe(true);
  });

  it("the committed ODS is the newest release we hold", () => {
    const newest = RELEASES.map(([, released]) => released).sort().at(-1);
    expect(importBytes(realBytes).released).toBe(newest);
  });

  it("skips note rows under the table", () => {
    const bytes = odsWith((xml) => {
      const { rowEnd } = dayRow("20/08/2026");
      const note = `<table:table-row><table:table-cell office:value-type="string"><text:p>Source: Home Office, provisional data</text:p></table:table-cell></table:table-row>`;
      return xml.slice(0, rowEnd) + note + xml.slice(rowEnd);
    });
    expect(importBytes(bytes).asOf).toBe("2026-08-20");
  });

  it('reads "-" as no data, and sums say some days are missing', () => {
    const series = importBytes(odsWith(editRow("08/02/2023", (row) => firstCount(row, `<table:table-cell office:value-type="string"><text:p>-</text:p></table:table-cell>`))));
    const a = sumPeriod(series, "people", { start: "2023-02-08", end: "2023-02-09" });
    expect(a.value).toBe(125);
    expect(a.note?.en).toMatch(/no data/);
  });
});

describe("bad input gets a clear error", () => {
  it.each<[string, () => Uint8Array, RegExp]>([
    ["not a zip", () => strToU8("Date,Migrants arrived\n01/01/2018,0\n"), /not an OpenDocument spreadsheet \(\.ods\)/],
    ["a zip without content.xml", () => zipSync({ "hello.txt": strToU8("hi") }), /content\.xml is missing/],
    ["no SB_01 sheet", () => odsWith((x) => x.replace('table:name="SB_01"', 'table:name="Daily"')), /no SB_01 sheet \(sheets found: Cover_sheet, Notes, Daily, SB_02\)/],
    ["a renamed column", () => odsWith((x) => x.replace("<text:p>Migrants arrived</text:p>", "<text:p>Migrants crossing</text:p>")), /SB_01 has no "Migrants arrived" column \(columns found: "Date", "Migrants crossing"/],
    ["a missing column", () => odsWith((x) => x.replace("<text:p>Boats arrived</text:p>", "<text:p></text:p>")), /SB_01 has no "Boats arrived" column/],
    ["an impossible date", () => odsWith(editRow("08/02/2023", (r) => r.replace("08/02/2023", "30/02/2023"))), /row 1866: 30\/02\/2023 is not a real date/],
    ["a date that is not DD/MM/YYYY", () => odsWith(editRow("08/02/2023", (r) => r.replace("<text:p>08/02/2023", "<text:p>2023-02-08"))), /"2023-02-08" is not a date in the form DD\/MM\/YYYY/],
    ["a cell showing one date and storing another", () => odsWith(editRow("08/02/2023", (r) => r.replace("2023-02-08T", "2023-02-18T"))), /shows 08\/02\/2023 but stores 2023-02-18/],
    ["a negative count", () => odsWith(editRow("08/02/2023", (r) => firstCount(r, `<table:table-cell office:value-type="float" office:value="-191"><text:p>-191</text:p></table:table-cell>`))), /row 1866, column "Migrants arrived": -191 is negative/],
    ["a non-numeric count", () => odsWith(editRow("08/02/2023", (r) => firstCount(r, `<table:table-cell office:value-type="string"><text:p>about 190</text:p></table:table-cell>`))), /"about 190" is not a number/],
    ["a fractional count", () => odsWith(editRow("08/02/2023", (r) => firstCount(r, `<table:table-cell office:value-type="float" office:value="190.5"><text:p>190.5</text:p></table:table-cell>`))), /190\.5 is not a whole number/],
    ["a series going backwards", () => odsWith(editRow("09/02/2023", (r) => r.replace("09/02/2023", "07/02/2023").replace("2023-02-09T", "2023-02-07T"))), /2023-02-07 comes after 2023-02-08; the series goes backwards/],
    ["a missing day", () => odsWith(editRow("09/02/2023", (r) => r.replace("09/02/2023", "10/02/2023").replace("2023-02-09T", "2023-02-10T"))), /expected the next day 2023-02-09 after 2023-02-08 but found 2023-02-10/],
  ])("%s", (_name, build, message) => {
    const bytes = build();
    expect(() => importBytes(bytes)).toThrow(DataImportError);
    expect(() => importBytes(bytes)).toThrow(message);
  });
});

describe("release date", () => {
  it("rejects data later than the release date given", () => {
    expect(() => importSeries(readOds(realBytes), { released: "2026-08-01" })).toThrow(/data up to 2026-08-20, after the release date 2026-08-01/);
  });

  it("needs a release date when the file has no meta.xml", () => {
    const files = unzipSync(realBytes);
    delete files["meta.xml"];
    expect(() => importBytes(zipSync(files))).toThrow(/give the release date explicitly/);
    expect(importSeries(readOds(zipSync(files)), { released: "2026-08-21" }).released).toBe("2026-08-21");
  });
});

describe("npm run data:import", () => {
  it("writes nothing and exits 1 on a bad file", () => {
    const dir = mkdtempSync(join(tmpdir(), "tidemark-import-"));
    const bad = join(dir, "bad.ods");
    writeFileSync(bad, "not an ods");
    const before = statSync(COMMITTED_JSON).mtimeMs;
    let status = 0;
    let stderr = "";
    try {
      execFileSync(join(root, "node_modules/.bin/tsx"), [join(root, "scripts/data-import.ts"), bad], { stdio: "pipe" });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      status = err.status;
      stderr = err.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/Not imported: The file is not an OpenDocument spreadsheet/);
    expect(statSync(COMMITTED_JSON).mtimeMs).toBe(before);
  }, 20_000);
});
