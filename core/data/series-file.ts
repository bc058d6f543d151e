/** The generated `assets/data/series.json`: one release of the time series plus its registry entry. */
import { seriesSource } from "./import-series.ts";
import type { OfficialSeries, Source } from "./types.ts";

/** Contents of assets/data/series.json. */
export interface SeriesFile {
  source: Source;
  series: OfficialSeries;
}

/** Pairs a series with its source entry. */
export function seriesFile(series: OfficialSeries): SeriesFile {
  return { source: seriesSource(series.released), series };
}

/** Deterministic compact JSON, so re-importing the same ODS gives byte-identical output (staleness test). */
export function serialiseSeriesFile(file: SeriesFile): string {
  return `${JSON.stringify(file)}\n`;
}
