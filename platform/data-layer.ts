import { bundledDataset } from "../core/data/bundled";
import { DataImportError } from "../core/data/errors";
import { SERIES_SOURCE_ID, SERIES_URL, importSeries, seriesSource } from "../core/data/import-series";
import { readOds } from "../core/data/ods";
import { validateDataset } from "../core/data/schema";
import type { Dataset, OfficialSeries } from "../core/data/types";

/**
 * The one module between controls and the data layer (issue #3: core/data). Live refresh and feeds
 * go through these functions only.
 */

/** The official series in use and where it came from. */
export interface OfficialData {
  origin: "bundled" | "govuk";
  /** Release date (YYYY-MM-DD). */
  release: string;
  /** Last date covered (YYYY-MM-DD). */
  asOf: string;
  series: OfficialSeries;
  sourceUrl: string;
}

let bundled: Dataset | null = null;
/** The dataset shipped with this version (read once). */
export function bundledData(): Dataset {
  bundled ??= bundledDataset();
  return bundled;
}

/** The series shipped with this version. */
export function bundledOfficial(): OfficialData {
  const { series } = bundledData();
  return { origin: "bundled", release: series.released, asOf: series.asOf, series, sourceUrl: SERIES_URL };
}

/** A built-in source as the options page lists it. */
export interface BuiltinSource {
  id: string;
  publisher: string;
  title: string;
  url?: string;
  tier: string;
  /** One line on what it counts. */
  counts: string;
}

/**
 * The built-in source registry, each with a line on what it counts (from the series' caveats or a figure
 * citing it), in the options page's language.
 */
export function builtinSources(lang: "en" | "fr" = "en"): BuiltinSource[] {
  const data = bundledData();
  return data.sources.map((s) => {
    const figure = data.figures.find((f) => f.sourceId === s.id && f.counts) ?? data.figures.find((f) => f.sourceId === s.id);
    const counts = s.id === SERIES_SOURCE_ID ? data.series.caveats.slice(1, 3).map((c) => c[lang]).join(" ") : figure?.counts?.[lang] ?? figure?.label[lang] ?? "";
    return { id: s.id, publisher: s.publisher, title: s.title, url: s.url, tier: s.tier, counts };
  });
}

/** Ids of the built-in source registry; feeds may not reuse them. */
export function builtinSourceIds(): ReadonlySet<string> {
  return new Set(bundledData().sources.map((s) => s.id));
}

const today = () => new Date().toISOString().slice(0, 10);

/** The bundled dataset with `series` in place of the bundled one (and its registry entry updated). */
export function withSeries(series: OfficialSeries): Dataset {
  const data = bundledData();
  return {
    ...data,
    series,
    sources: data.sources.map((s) => (s.id === series.sourceId ? { ...s, ...seriesSource(series.released), url: s.url } : s)),
  };
}

/** Reads and validates a downloaded spreadsheet with the data layer. Throws with a reader-facing message. */
export function importOfficialSeries(bytes: Uint8Array, release: string | null, sourceUrl: string): OfficialData {
  const workbook = readOds(bytes);
  let series: OfficialSeries;
  try {
    series = importSeries(workbook, release ? { released: release } : {});
  } catch (error) {
    // GOV.UK's public_updated_at can precede a late edit of the data; fall back to the file's own date.
    if (!release || !(error instanceof DataImportError) || !/after the release date/.test(error.message)) throw error;
    series = importSeries(workbook, {});
  }
  const checked = validateDataset(withSeries(series), today());
  if (!checked.ok) throw new DataImportError(`the new data did not pass validation (${checked.problems[0]}).`);
  return { origin: "govuk", release: series.released, asOf: series.asOf, series, sourceUrl };
}

/** True when a stored series (read back from storage) still validates as part of the dataset. */
export function isValidSeries(value: unknown): value is OfficialSeries {
  if (typeof value !== "object" || value === null) return false;
  return validateDataset(withSeries(value as OfficialSeries), today()).ok;
}
