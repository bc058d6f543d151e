import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";

/**
 * STOP-GAP until the data layer (issue #3, `core/data/ods.ts` + `import-series.ts`) lands:
 * reads the daily sheet (SB_01) of the Home Office small-boat time series so live refresh can
 * work end to end. Columns are found by header text, `-` means no data, dates are DD/MM/YYYY,
 * repeated rows/cells are honoured without expanding empty ones. Replace with the data layer's
 * reader in `data-layer.ts` when it is available; nothing else imports this file.
 */

/** One day of the series: date (YYYY-MM-DD), people arrived, boats arrived (null = not available). */
export type DailyRow = [date: string, people: number | null, boats: number | null];

export interface DailySeries {
  daily: DailyRow[];
  /** Last date with a people count. */
  asOf: string;
}

/** A bad spreadsheet, with a message for the reader. */
export class OdsError extends Error {
  override name = "OdsError";
}

/** Reads SB_01 from ODS bytes. Throws OdsError. */
export function readDailySeries(bytes: Uint8Array): DailySeries {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === "content.xml" || f.name === "mimetype" });
  } catch {
    throw new OdsError("the file is not an OpenDocument spreadsheet (not a zip archive).");
  }
  const xml = files["content.xml"];
  if (!xml) throw new OdsError("the file has no content.xml; it is not an OpenDocument spreadsheet.");
  const rows = sheetRows(new TextDecoder().decode(xml), "SB_01");
  if (!rows) throw new OdsError("the spreadsheet has no SB_01 sheet.");
  const headerIndex = rows.findIndex((r) => r.some((c) => /^date$/i.test(c)) && r.some((c) => /^migrants arrived$/i.test(c)));
  if (headerIndex < 0) throw new OdsError("SB_01 has no “Date” and “Migrants arrived” columns.");
  const header = rows[headerIndex]!;
  const col = (re: RegExp) => header.findIndex((c) => re.test(c));
  const [dateCol, peopleCol, boatsCol] = [col(/^date$/i), col(/^migrants arrived$/i), col(/^boats arrived$/i)];
  const daily: DailyRow[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(row[dateCol] ?? "");
    if (!m) continue; // note rows, blank rows
    const date = `${m[3]}-${m[2]}-${m[1]}`;
    if (Number.isNaN(Date.parse(date))) throw new OdsError(`SB_01 has an impossible date: ${row[dateCol]}.`);
    const prev = daily.at(-1);
    if (prev && prev[0] >= date) throw new OdsError(`SB_01 goes backwards in time at ${row[dateCol]}.`);
    daily.push([date, count(row[peopleCol]), boatsCol >= 0 ? count(row[boatsCol]) : null]);
  }
  const last = [...daily].reverse().find((d) => d[1] !== null);
  if (!last) throw new OdsError("SB_01 has no daily counts.");
  return { daily: daily.filter((d) => d[0] <= last[0]), asOf: last[0] };
}

function count(cell: string | undefined): number | null {
  const text = (cell ?? "").trim();
  if (text === "" || text === "-") return null;
  const n = Number(text.replace(/,/g, ""));
  if (!Number.isInteger(n) || n < 0) throw new OdsError(`SB_01 has a count that is not a whole number: “${text}”.`);
  return n;
}

/** The rows of one sheet as strings (trailing empty cells dropped), or null when absent. */
function sheetRows(xml: string, sheet: string): string[][] | null {
  const parser = new SaxesParser();
  let inSheet = false;
  let found = false;
  const rows: string[][] = [];
  let row: string[] | null = null;
  let rowRepeat = 1;
  let cell: { text: string; value: string | null; repeat: number } | null = null;
  parser.on("opentag", (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === "table:table") {
      inSheet = a["table:name"] === sheet;
      found ||= inSheet;
    } else if (!inSheet) {
      return;
    } else if (tag.name === "table:table-row") {
      row = [];
      rowRepeat = Math.min(Number(a["table:number-rows-repeated"] ?? 1), 10_000);
    } else if (tag.name === "table:table-cell" || tag.name === "table:covered-table-cell") {
      cell = { text: "", value: a["office:value"] ?? null, repeat: Math.min(Number(a["table:number-columns-repeated"] ?? 1), 1_000) };
    }
  });
  parser.on("text", (t) => {
    if (inSheet && cell) cell.text += t;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "table:table") inSheet = false;
    if (!inSheet) return;
    if ((tag.name === "table:table-cell" || tag.name === "table:covered-table-cell") && cell && row) {
      const value = (cell.value ?? cell.text).trim();
      for (let i = 0; i < cell.repeat; i += 1) row.push(value);
      cell = null;
    } else if (tag.name === "table:table-row" && row) {
      while (row.length && row[row.length - 1] === "") row.pop();
      // Empty rows repeated to the sheet's end are skipped, not expanded.
      if (row.length) for (let i = 0; i < rowRepeat; i += 1) rows.push(row);
      row = null;
    }
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new OdsError(`content.xml is not well-formed XML (${error instanceof Error ? error.message : error}).`);
  }
  return found ? rows : null;
}
