/**
 * `npm run data:import -- <file.ods> [--released YYYY-MM-DD]`: reads a Home Office small-boats time series
 * release and writes the bundled series JSON. Writes nothing unless the whole file imports cleanly (issue 3).
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DataImportError } from "../core/data/errors.ts";
import { importSeries } from "../core/data/import-series.ts";
import { readOds } from "../core/data/ods.ts";
import { seriesFile, serialiseSeriesFile } from "../core/data/series-file.ts";

const OUT = fileURLToPath(new URL("../assets/data/series.json", import.meta.url));

function main(argv: string[]): number {
  const args = [...argv];
  const releasedAt = args.indexOf("--released");
  const released = releasedAt >= 0 ? args.splice(releasedAt, 2)[1] : undefined;
  const file = args[0];
  if (!file) {
    console.error("usage: npm run data:import -- <small-boats-time-series.ods> [--released YYYY-MM-DD]");
    return 2;
  }
  try {
    const t0 = performance.now();
    const workbook = readOds(new Uint8Array(readFileSync(file)));
    const t1 = performance.now();
    const series = importSeries(workbook, released ? { released } : {});
    const t2 = performance.now();
    const json = serialiseSeriesFile(seriesFile(series));
    writeFileSync(`${OUT}.tmp`, json);
    renameSync(`${OUT}.tmp`, OUT); // a failed run never leaves a half-written file
    console.log(
      `Imported ${file}: released ${series.released}, data ${series.start} to ${series.asOf} ` +
        `(${series.people.length} days, ${series.weekly.people.length} weeks). ` +
        `ODS read ${(t1 - t0).toFixed(0)} ms, import ${(t2 - t1).toFixed(0)} ms. Wrote ${OUT} (${new TextEncoder().encode(json).length} bytes).`,
    );
    return 0;
  } catch (err) {
    if (err instanceof DataImportError) {
      console.error(`Not imported: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = main(process.argv.slice(2));
