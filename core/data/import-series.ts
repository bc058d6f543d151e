/**
 * Turns the rows of the Home Office small-boats spreadsheet into an `OfficialSeries`. Columns are found by their
 * header text, never by position, and anything odd stops the import with a `DataImportError` a person can act on,
 * so a bad download never replaces good data (issue 3).
 */
import { addDays, isIsoDate, isoDate } from "./dates.ts";
import { DataImportError } from "./errors.ts";
import type { OdsCell, OdsSheet, OdsWorkbook } from "./ods.ts";
import type { Bilingual, ISODate, OfficialSeries, Source, WeeklySeries } from "./types.ts";

/** Registry id of the time series; its `published` date changes with each release. */
export const SERIES_SOURCE_ID = "ho-small-boats-time-series";

/** Landing page of the time series, as given in shared/data/home-office/README.md. */
export const SERIES_URL = "https://www.gov.uk/government/publications/migrants-detected-crossing-the-english-channel-in-small-boats";

/**
 * The Home Office's caveats, paraphrased by us from the spreadsheet's Notes sheet (notes 1–4, 6–7), so that
 * the popover can say what the series is and is not.
 */
export const SERIES_CAVEATS: Bilingual[] = [
  {
    en: "Provisional operational data, subject to change including reduction; the quarterly Home Office statistics on illegal entry routes are the final figures.",
    fr: "Données opérationnelles provisoires, susceptibles d'être révisées, y compris à la baisse ; les chiffres définitifs sont ceux des statistiques trimestrielles du Home Office sur les entrées irrégulières.",
  },
  {
    en: "Counts people detected arriving in the UK by small boat or brought ashore after being detected in the Channel by UK authorities.",
    fr: "Compte les personnes détectées à leur arrivée au Royaume-Uni en petite embarcation ou ramenées à terre après avoir été repérées dans la Manche par les autorités britanniques.",
  },
  {
    en: "Does not count attempts, people who arrive undetected, or people arriving on larger vessels or hidden in vehicles.",
    fr: "Ne compte ni les tentatives, ni les arrivées non détectées, ni les personnes arrivées sur de plus grands navires ou cachées dans des véhicules.",
  },
  {
    en: "May differ from the daily figures the Ministry of Defence published until early 2023, which counted arrivals and boats differently.",
    fr: "Peut différer des chiffres quotidiens publiés par le ministère britannique de la Défense jusqu'au début de 2023, qui comptait autrement les arrivées et les bateaux.",
  },
  {
    en: "Prevented departures are operational estimates supplied to the UK by the French authorities, reported by week.",
    fr: "Les départs empêchés sont des estimations opérationnelles transmises au Royaume-Uni par les autorités françaises, par semaine.",
  },
];

/** The registry entry for one release of the time series. */
export function seriesSource(released: ISODate): Source {
  return {
    id: SERIES_SOURCE_ID,
    publisher: "Home Office",
    title: "Migrants detected crossing the English Channel in small boats – time series",
    url: SERIES_URL,
    published: released,
    licence: "Open Government Licence v3.0",
    tier: "official-operational",
  };
}

/** Options for `importSeries`. */
export interface ImportOptions {
  /** Release date; defaults to the day the file was saved (meta.xml dc:date). */
  released?: ISODate;
}

interface ColumnSpec {
  key: string;
  /** Header as the Home Office writes it, for error messages. */
  label: string;
  pattern: RegExp;
}

// Header wording seen in the 2025-12-31 and 2026-08-21 releases; older releases said "Migrants detected".
const DATE_COL: ColumnSpec = { key: "date", label: "Date", pattern: /^date$/i };
const WEEK_COL: ColumnSpec = { key: "date", label: "Week ending", pattern: /^week ending$/i };
const PEOPLE_COL: ColumnSpec = { key: "people", label: "Migrants arrived", pattern: /^migrants (arrived|detected)$/i };
const BOATS_COL: ColumnSpec = { key: "boats", label: "Boats arrived", pattern: /^boats (arrived|detected)$/i };
const NOTES_COL: ColumnSpec = { key: "notes", label: "Notes", pattern: /^notes$/i };
const PREVENTED_PEOPLE_COL: ColumnSpec = { key: "preventedPeople", label: "Migrants prevented", pattern: /^migrants prevented$/i };
const PREVENTED_EVENTS_COL: ColumnSpec = { key: "preventedEvents", label: "Events prevented", pattern: /^events prevented$/i };

interface Table {
  sheet: OdsSheet;
  headerRow: number;
  columns: Map<string, number>;
}

/** Reads SB_01 (daily) and SB_02 (weekly) into an OfficialSeries; throws DataImportError on anything unexpected. */
export function importSeries(workbook: OdsWorkbook, options: ImportOptions = {}): OfficialSeries {
  const released = options.released ?? releaseDate(workbook);
  const daily = readTable(workbook, "SB_01", [DATE_COL, PEOPLE_COL, BOATS_COL], [NOTES_COL]);
  const people: (number | null)[] = [];
  const boats: (number | null)[] = [];
  const revised: ISODate[] = [];
  const seen: { start: ISODate | null; last: ISODate | null } = { start: null, last: null };
  forEachDataRow(daily, (date, row, rowNumber) => {
    if (seen.last === null) seen.start = date;
    else checkNext(daily.sheet.name, rowNumber, seen.last, date, 1);
    seen.last = date;
    people.push(count(daily, row, rowNumber, PEOPLE_COL));
    boats.push(count(daily, row, rowNumber, BOATS_COL));
    if (/revised/i.test(textAt(daily, row, "notes"))) revised.push(date);
  });
  const { start, last } = seen;
  if (start === null || last === null) throw new DataImportError("Sheet SB_01 has no dated rows.");
  if (last > released) {
    throw new DataImportError(`Sheet SB_01 has data up to ${last}, after the release date ${released}.`);
  }
  return {
    sourceId: SERIES_SOURCE_ID,
    released,
    asOf: last,
    start,
    people,
    boats,
    revised,
    weekly: readWeekly(workbook),
    caveats: SERIES_CAVEATS,
  };
}

function readWeekly(workbook: OdsWorkbook): WeeklySeries {
  const weekly = readTable(workbook, "SB_02", [WEEK_COL, PEOPLE_COL, BOATS_COL, PREVENTED_PEOPLE_COL, PREVENTED_EVENTS_COL], []);
  const out: WeeklySeries = { firstWeekEnding: "", people: [], boats: [], preventedPeople: [], preventedEvents: [] };
  const seen: { last: ISODate | null } = { last: null };
  forEachDataRow(weekly, (date, row, rowNumber) => {
    if (seen.last === null) out.firstWeekEnding = date;
    else checkNext(weekly.sheet.name, rowNumber, seen.last, date, 7);
    seen.last = date;
    out.people.push(count(weekly, row, rowNumber, PEOPLE_COL));
    out.boats.push(count(weekly, row, rowNumber, BOATS_COL));
    out.preventedPeople.push(count(weekly, row, rowNumber, PREVENTED_PEOPLE_COL));
    out.preventedEvents.push(count(weekly, row, rowNumber, PREVENTED_EVENTS_COL));
  });
  if (seen.last === null) throw new DataImportError("Sheet SB_02 has no dated rows.");
  return out;
}

function releaseDate(workbook: OdsWorkbook): ISODate {
  const stamp = (workbook.modified ?? workbook.created ?? "").slice(0, 10);
  if (!isIsoDate(stamp)) {
    throw new DataImportError("The file does not say when it was saved; give the release date explicitly (--released YYYY-MM-DD).");
  }
  return stamp;
}

function readTable(workbook: OdsWorkbook, name: string, required: ColumnSpec[], optional: ColumnSpec[]): Table {
  const sheet = workbook.sheets.find((s) => s.name.trim().toUpperCase() === name);
  if (!sheet) {
    const names = workbook.sheets.map((s) => s.name).join(", ") || "none";
    throw new DataImportError(`The spreadsheet has no ${name} sheet (sheets found: ${names}). Is this the Home Office small-boats time series?`);
  }
  // The header row is the first row whose first non-empty cell matches the date column.
  const headerRow = sheet.rows.findIndex((row) => {
    const first = row.find((c) => c.text.trim() !== "");
    return first !== undefined && required[0]!.pattern.test(first.text.trim());
  });
  if (headerRow < 0) {
    throw new DataImportError(`Sheet ${name} has no header row starting with "${required[0]!.label}".`);
  }
  const headers = sheet.rows[headerRow]!.map((c) => c.text.trim());
  const columns = new Map<string, number>();
  for (const spec of [...required, ...optional]) {
    const found = headers.filter((h) => spec.pattern.test(h));
    if (found.length > 1) throw new DataImportError(`Sheet ${name} has more than one "${spec.label}" column.`);
    const index = headers.findIndex((h) => spec.pattern.test(h));
    if (index >= 0) columns.set(spec.key, index);
    else if (required.includes(spec)) {
      throw new DataImportError(
        `Sheet ${name} has no "${spec.label}" column (columns found: ${headers.filter(Boolean).map((h) => `"${h}"`).join(", ")}). The Home Office may have changed the layout.`,
      );
    }
  }
  return { sheet, headerRow, columns };
}

const DMY_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Calls `fn` for each row below the header whose date cell holds a date; note rows (text, no date) are skipped. */
function forEachDataRow(table: Table, fn: (date: ISODate, row: OdsCell[], rowNumber: number) => void): void {
  const dateCol = table.columns.get("date")!;
  for (let i = table.headerRow + 1; i < table.sheet.rows.length; i++) {
    const row = table.sheet.rows[i]!;
    const cell = row[dateCol];
    const text = cell?.text.trim() ?? "";
    if (text === "" && cell?.type !== "date") continue; // blank row
    const date = parseDate(table.sheet.name, i + 1, cell!);
    if (date === null) continue; // a note row such as "Source: …"
    fn(date, row, i + 1);
  }
}

function parseDate(sheet: string, rowNumber: number, cell: OdsCell): ISODate | null {
  const text = cell.text.trim();
  const stored = cell.type === "date" && cell.value ? cell.value.slice(0, 10) : null;
  const m = DMY_RE.exec(text);
  if (!m) {
    if (stored !== null || /^\d/.test(text)) {
      throw new DataImportError(`Sheet ${sheet}, row ${rowNumber}: "${text}" is not a date in the form DD/MM/YYYY.`);
    }
    return null;
  }
  const date = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  if (!isIsoDate(date)) throw new DataImportError(`Sheet ${sheet}, row ${rowNumber}: ${text} is not a real date.`);
  if (stored !== null && stored !== date) {
    throw new DataImportError(`Sheet ${sheet}, row ${rowNumber}: the cell shows ${text} but stores ${stored}.`);
  }
  return date;
}

function checkNext(sheet: string, rowNumber: number, previous: ISODate, date: ISODate, stepDays: number): void {
  const expected = addDays(previous, stepDays);
  if (date === expected) return;
  const unit = stepDays === 1 ? "day" : "week";
  if (date <= previous) {
    throw new DataImportError(`Sheet ${sheet}, row ${rowNumber}: ${date} comes after ${previous}; the series goes backwards in time.`);
  }
  throw new DataImportError(`Sheet ${sheet}, row ${rowNumber}: expected the next ${unit} ${expected} after ${previous} but found ${date}; rows are missing.`);
}

function textAt(table: Table, row: OdsCell[], key: string): string {
  const col = table.columns.get(key);
  return col === undefined ? "" : (row[col]?.text.trim() ?? "");
}

/** A count cell: a whole number ≥ 0, or null for "-" / empty (no data). */
function count(table: Table, row: OdsCell[], rowNumber: number, spec: ColumnSpec): number | null {
  const cell = row[table.columns.get(spec.key)!];
  const text = cell?.text.trim() ?? "";
  if ((text === "-" || text === "") && cell?.value === undefined) return null;
  const raw = cell?.type === "float" && cell.value !== undefined ? cell.value : text.replace(/,/g, "");
  const n = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
  const where = `Sheet ${table.sheet.name}, row ${rowNumber}, column "${spec.label}"`;
  if (Number.isNaN(n)) throw new DataImportError(`${where}: "${text}" is not a number.`);
  if (n < 0) throw new DataImportError(`${where}: ${text} is negative; counts cannot be.`);
  if (!Number.isInteger(n)) throw new DataImportError(`${where}: ${text} is not a whole number.`);
  return n;
}
