import * as v from "valibot";
import { OdsError, readDailySeries, type DailySeries } from "./ods-series";

/**
 * The one module between controls and the data layer (issue #3). Live refresh and feeds go
 * through these functions only, so switching to `core/data` (ods.ts, import-series.ts, schema.ts,
 * bundled.ts) when it lands changes this file alone.
 *
 * Until then: the ODS reader is the stop-gap in ods-series.ts, there is no bundled series
 * (`bundledOfficial()` returns null) and the built-in source registry is the Home Office
 * time series only.
 */

/** The official series in use and where it came from. */
export interface OfficialData {
  origin: "bundled" | "govuk";
  /** Release date (YYYY-MM-DD). */
  release: string;
  /** Last date covered (YYYY-MM-DD). */
  asOf: string;
  series: DailySeries;
  sourceUrl: string;
}

/** The series shipped with this version, or null when none is bundled yet. */
export function bundledOfficial(): OfficialData | null {
  return null;
}

/** A built-in source as the options page lists it. */
export interface BuiltinSource {
  id: string;
  publisher: string;
  title: string;
  url: string;
  tier: string;
  /** One line on what it counts. */
  counts: string;
}

/** The built-in source registry (until the data layer's registry is available: the Home Office series). */
export function builtinSources(): BuiltinSource[] {
  return [
    {
      id: "ho-small-boats-time-series",
      publisher: "Home Office",
      title: "Migrants detected crossing the English Channel in small boats – time series",
      url: "https://www.gov.uk/government/publications/migrants-detected-crossing-the-english-channel-in-small-boats",
      tier: "official-operational",
      // From the spreadsheet's Notes sheet (see /work/shared/data/home-office/README.md).
      counts:
        "People detected arriving in the UK by small boat or brought ashore after being detected in the Channel; not attempts, undetected arrivals or larger vessels. Provisional.",
    },
  ];
}

/** Ids of the built-in source registry; feeds may not reuse them. */
export function builtinSourceIds(): ReadonlySet<string> {
  return new Set(builtinSources().map((s) => s.id));
}

/** Reads and validates a downloaded spreadsheet. Throws with a reader-facing message. */
export function importOfficialSeries(bytes: Uint8Array, release: string | null, sourceUrl: string): OfficialData {
  let series: DailySeries;
  try {
    series = readDailySeries(bytes);
  } catch (error) {
    throw error instanceof OdsError ? error : new OdsError(`the spreadsheet could not be read (${String(error)}).`);
  }
  const today = new Date().toISOString().slice(0, 10);
  if (series.asOf > today) throw new OdsError(`its last date (${series.asOf}) is in the future.`);
  // GOV.UK's public_updated_at is the release date; a release cannot precede its own data.
  const rel = release && release >= series.asOf && release <= today ? release : series.asOf;
  return { origin: "govuk", release: rel, asOf: series.asOf, series, sourceUrl };
}

const DailySeriesSchema = v.object({
  asOf: v.pipe(v.string(), v.isoDate()),
  daily: v.array(v.tuple([v.pipe(v.string(), v.isoDate()), v.nullable(v.number()), v.nullable(v.number())])),
});

/** True when a stored series (read back from storage) still has the expected shape. */
export function isValidSeries(value: unknown): value is DailySeries {
  return v.safeParse(DailySeriesSchema, value).success;
}
