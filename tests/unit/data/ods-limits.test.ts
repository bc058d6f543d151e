import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DataImportError } from "../../../core/data/errors";
import { readOds } from "../../../core/data/ods";

// Issue 14, row 4: the spreadsheet reader refuses what it cannot read safely. A 351 KB download inflated
// to 302 MB, and 150,000 rows × 1,000 cells took 19 s; the real release is 2.4 MB of XML, ~35,000 cells.

const HEAD = '<office:document-content><office:body><office:spreadsheet><table:table table:name="SB_01">';
const TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>";

/** Patches the uncompressed size every header declares for `name` (a zip that lies about its size). */
function declareSize(zip: Uint8Array, bytes: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i < out.length - 4; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, bytes, true); // central directory
    if (sig === 0x04034b50) view.setUint32(i + 22, bytes, true); // local header
  }
  return out;
}

describe("readOds limits", () => {
  it("refuses an entry that declares more than 32 MB, before inflating it", () => {
    const zip = declareSize(zipSync({ "content.xml": strToU8(HEAD + TAIL) }), 300 * 1024 * 1024);
    expect(() => readOds(zip)).toThrow(DataImportError);
    expect(() => readOds(zip)).toThrow(/content\.xml would unpack to 300 MB.*more than 32 MB/);
  });

  it("stops past a million cells (rows and columns repeated by the file itself)", () => {
    const row = '<table:table-row table:number-rows-repeated="1500"><table:table-cell table:number-columns-repeated="1000" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>';
    const zip = zipSync({ "content.xml": strToU8(HEAD + row + TAIL) });
    expect(() => readOds(zip)).toThrow(/more than 1,000,000 cells/);
  });

  it("stops when reading takes longer than its time budget", () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => `<table:table-row><table:table-cell office:value-type="float" office:value="${i}"><text:p>${i}</text:p></table:table-cell></table:table-row>`).join("");
    const zip = zipSync({ "content.xml": strToU8(HEAD + rows + TAIL) });
    let clock = 0;
    expect(() => readOds(zip, { maxMs: 5_000, now: () => (clock += 2_000) })).toThrow(/took longer than 5 s/);
    expect(readOds(zip).sheets[0]!.rows).toHaveLength(3_000);
  });
});
