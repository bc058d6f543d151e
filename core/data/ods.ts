/**
 * A small OpenDocument spreadsheet reader: unzip with fflate, stream content.xml through saxes. Pure and
 * Uint8Array-based so it also runs in the extension's service worker, where DOMParser does not exist (issue 3).
 */
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { DataImportError } from "./errors.ts";

/** One spreadsheet cell: its shown text and, for typed cells, the stored value. */
export interface OdsCell {
  text: string;
  /** office:value-type: "float", "date", "string", … (absent for empty cells). */
  type?: string;
  /** office:value or office:date-value, as written in the file. */
  value?: string;
}

/** One sheet; `rows[i]` is spreadsheet row i+1, trailing empty cells and rows dropped. */
export interface OdsSheet {
  name: string;
  rows: OdsCell[][];
}

/** A whole workbook plus the document's own dates from meta.xml. */
export interface OdsWorkbook {
  sheets: OdsSheet[];
  /** meta.xml dc:date (last saved), full ISO timestamp, when present. */
  modified?: string;
  created?: string;
}

// Real files repeat an empty row ~1M times to fill the sheet; only materialise repeats that are followed by
// content, and refuse absurd sizes instead of running out of memory on a hostile download.
const MAX_ROWS = 200_000;
const MAX_COLUMNS = 1_024;

/**
 * What the reader refuses (issue 14, row 4). The release of 21 Aug 2026 has a 2.4 MB content.xml and
 * about 35,000 cells with content, read in ≈ 0.2 s: the limits leave an order of magnitude of room.
 * A zip entry's declared size bounds what fflate inflates (its output buffer is that size), so checking
 * it before inflating is enough to refuse a zip bomb.
 */
export interface OdsLimits {
  /** Largest declared unpacked size of content.xml or meta.xml. */
  maxEntryBytes: number;
  /** Most cells materialised (repeats included). */
  maxCells: number;
  /** Longest the XML may take to read. */
  maxMs: number;
  now(): number;
}

export const ODS_LIMITS: OdsLimits = { maxEntryBytes: 32 * 1024 * 1024, maxCells: 1_000_000, maxMs: 5_000, now: () => Date.now() };

// Elements read between two looks at the clock.
const TAGS_PER_CHECK = 2_000;

const EMPTY: OdsCell = { text: "" };

/** Reads an .ods file's sheets and rows; throws DataImportError when it is not a readable ODS or breaks a limit. */
export function readOds(bytes: Uint8Array, limits: Partial<OdsLimits> = {}): OdsWorkbook {
  const limit = { ...ODS_LIMITS, ...limits };
  let files: Record<string, Uint8Array>;
  let tooLarge: { name: string; bytes: number } | null = null;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== "content.xml" && f.name !== "meta.xml") return false;
        if (f.originalSize > limit.maxEntryBytes) tooLarge = { name: f.name, bytes: f.originalSize };
        return tooLarge === null;
      },
    });
  } catch {
    throw new DataImportError("The file is not an OpenDocument spreadsheet (.ods): it could not be unzipped.");
  }
  const refused = tooLarge as { name: string; bytes: number } | null;
  if (refused) {
    throw new DataImportError(
      `The file's ${refused.name} would unpack to ${mb(refused.bytes)}, more than ${mb(limit.maxEntryBytes)}; this is not the Home Office file.`,
    );
  }
  const content = files["content.xml"];
  if (!content) throw new DataImportError("The file is a zip archive but not an OpenDocument spreadsheet: content.xml is missing.");
  const decoder = new TextDecoder("utf-8");
  const workbook: OdsWorkbook = { sheets: parseContent(decoder.decode(content), limit) };
  const meta = files["meta.xml"];
  if (meta) Object.assign(workbook, parseMeta(decoder.decode(meta)));
  return workbook;
}

function repeat(attr: string | undefined): number {
  const n = attr === undefined ? 1 : Number(attr);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function parseContent(xml: string, limit: OdsLimits): OdsSheet[] {
  const sheets: OdsSheet[] = [];
  const started = limit.now();
  let tags = 0;
  let cells = 0;
  let sheet: OdsSheet | null = null;
  let pendingEmptyRows = 0;
  let row: OdsCell[] | null = null;
  let rowRepeat = 1;
  let pendingEmptyCells = 0;
  let cell: OdsCell | null = null;
  let cellRepeat = 1;
  let paragraphs: string[] = [];
  let inParagraph = 0;
  let skipDepth = 0; // inside office:annotation (cell comments), whose text is not the cell's

  const parser = new SaxesParser({ xmlns: false });
  parser.on("error", (err) => {
    throw new DataImportError(`The spreadsheet's content.xml is not well-formed XML (${err.message}).`);
  });
  parser.on("opentag", (tag) => {
    if (++tags % TAGS_PER_CHECK === 0 && limit.now() - started > limit.maxMs) {
      throw new DataImportError(`Reading the spreadsheet took longer than ${limit.maxMs / 1000} s; this is not the Home Office file.`);
    }
    const a = tag.attributes as Record<string, string>;
    if (skipDepth > 0) {
      if (!tag.isSelfClosing) skipDepth++;
      return;
    }
    switch (tag.name) {
      case "table:table":
        sheet = { name: a["table:name"] ?? "", rows: [] };
        pendingEmptyRows = 0;
        break;
      case "table:table-row":
        row = [];
        rowRepeat = repeat(a["table:number-rows-repeated"]);
        pendingEmptyCells = 0;
        break;
      case "table:table-cell":
      case "table:covered-table-cell":
      {
        cell = { text: "" };
        if (a["office:value-type"]) cell.type = a["office:value-type"];
        const value = a["office:value"] ?? a["office:date-value"] ?? a["office:time-value"] ?? a["office:boolean-value"];
        if (value !== undefined) cell.value = value;
      }
        cellRepeat = repeat(a["table:number-columns-repeated"]);
        paragraphs = [];
        if (tag.isSelfClosing) closeCell();
        break;
      case "text:p":
      case "text:h":
        paragraphs.push("");
        if (!tag.isSelfClosing) inParagraph++;
        break;
      case "text:s":
        if (inParagraph) appendText(" ".repeat(Math.min(repeat(a["text:c"]), 1000)));
        break;
      case "text:tab":
        if (inParagraph) appendText("\t");
        break;
      case "text:line-break":
        if (inParagraph) appendText("\n");
        break;
      case "office:annotation":
        if (!tag.isSelfClosing) skipDepth = 1;
        break;
    }
    if (tag.isSelfClosing && tag.name === "table:table-row") closeRow();
  });
  parser.on("text", (text) => {
    if (skipDepth === 0 && inParagraph > 0 && cell) appendText(text);
  });
  parser.on("closetag", (tag) => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    switch (tag.name) {
      case "text:p":
      case "text:h":
        if (inParagraph > 0) inParagraph--;
        break;
      case "table:table-cell":
      case "table:covered-table-cell":
        if (!tag.isSelfClosing) closeCell();
        break;
      case "table:table-row":
        if (!tag.isSelfClosing) closeRow();
        break;
      case "table:table":
        if (sheet) sheets.push(sheet);
        sheet = null;
        break;
    }
  });

  function appendText(text: string): void {
    paragraphs[paragraphs.length - 1] += text;
  }

  function closeCell(): void {
    if (!cell || !row) return;
    cell.text = paragraphs.join("\n");
    if (cell.text === "" && cell.value === undefined) {
      pendingEmptyCells += cellRepeat;
    } else {
      if (row.length + pendingEmptyCells + cellRepeat > MAX_COLUMNS) {
        throw new DataImportError(`Sheet "${sheet?.name}" has more than ${MAX_COLUMNS} columns; this is not the Home Office file.`);
      }
      for (; pendingEmptyCells > 0; pendingEmptyCells--) row.push(EMPTY);
      for (let i = 0; i < cellRepeat; i++) row.push(cell);
    }
    cell = null;
  }

  function closeRow(): void {
    if (!row || !sheet) return;
    if (row.length > 0) {
      cells += row.length * rowRepeat;
      if (cells > limit.maxCells) {
        throw new DataImportError(`The spreadsheet has more than ${limit.maxCells.toLocaleString("en-GB")} cells; this is not the Home Office file.`);
      }
    }
    if (row.length === 0) {
      pendingEmptyRows += rowRepeat;
    } else {
      if (sheet.rows.length + pendingEmptyRows + rowRepeat > MAX_ROWS) {
        throw new DataImportError(`Sheet "${sheet.name}" has more than ${MAX_ROWS} rows; this is not the Home Office file.`);
      }
      for (; pendingEmptyRows > 0; pendingEmptyRows--) sheet.rows.push([]);
      for (let i = 0; i < rowRepeat; i++) sheet.rows.push(row);
    }
    row = null;
  }

  parser.write(xml).close();
  return sheets;
}

function parseMeta(xml: string): Pick<OdsWorkbook, "modified" | "created"> {
  const out: Pick<OdsWorkbook, "modified" | "created"> = {};
  let current: "modified" | "created" | null = null;
  const parser = new SaxesParser({ xmlns: false });
  parser.on("error", () => {
    current = null; // meta.xml is optional information; a broken one is ignored
  });
  parser.on("opentag", (tag) => {
    current = tag.name === "dc:date" ? "modified" : tag.name === "meta:creation-date" ? "created" : null;
  });
  parser.on("text", (text) => {
    if (current) out[current] = (out[current] ?? "") + text.trim();
  });
  parser.on("closetag", () => {
    current = null;
  });
  try {
    parser.write(xml).close();
  } catch {
    // ignored: see above
  }
  return out;
}
