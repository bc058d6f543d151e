import { FetchError, LOOPBACK_ALLOWED, errorText, fetchLimited, urlProblem } from "./fetch-limited";

/**
 * Live refresh of the Home Office time series from GOV.UK (issue #6), without a server:
 * Content API JSON → the time-series ODS among its attachments → the data layer's ODS reader.
 *
 * The Content API returns a ContentItem (https://content-api.publishing.service.gov.uk/reference.html);
 * for a publication, `details.attachments` lists file attachment assets with `attachment_type`,
 * `content_type`, `url`, `title`, `filename` (alphagov/publishing-api
 * content_schemas/formats/shared/definitions/asset_links.jsonnet). Only those fields are read,
 * each checked, and nothing else is assumed: GOV.UK may add or drop fields at any time.
 */

/** The publication page's path on GOV.UK. */
export const GOVUK_PUBLICATION_PATH =
  "/government/publications/migrants-detected-crossing-the-english-channel-in-small-boats";
/** The Content API address of the publication. */
export const GOVUK_CONTENT_URL = `https://www.gov.uk/api/content${GOVUK_PUBLICATION_PATH}`;
/** Where GOV.UK serves attachment files (e.g. https://assets.publishing.service.gov.uk/media/<id>/<file>.ods). */
export const GOVUK_ASSET_ORIGINS = ["https://assets.publishing.service.gov.uk", "https://www.gov.uk"] as const;

/** ODS media type (OASIS OpenDocument v1.2 part 3, appendix C). */
export const ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

/** The time-series attachment found in the Content API answer. */
export interface SeriesAttachment {
  url: string;
  title: string;
}

/**
 * Finds the time-series spreadsheet among a Content API item's attachments. Tolerant: any
 * attachment object with an https URL on GOV.UK's asset host whose content type or file name says
 * ODS counts; one titled "time series" is preferred. Returns an error sentence when none fits.
 */
export function findSeriesAttachment(item: unknown, allowLoopback = LOOPBACK_ALLOWED): SeriesAttachment | { error: string } {
  const details = isObject(item) ? item.details : undefined;
  const attachments = isObject(details) && Array.isArray(details.attachments) ? details.attachments : null;
  if (!attachments) return { error: "GOV.UK's answer lists no attachments; its format may have changed." };
  const candidates: SeriesAttachment[] = [];
  for (const a of attachments) {
    if (!isObject(a) || typeof a.url !== "string") continue;
    if (a.attachment_type !== undefined && a.attachment_type !== "file") continue;
    const name = `${str(a.filename)} ${a.url}`.toLowerCase();
    const isOds = str(a.content_type).toLowerCase() === ODS_TYPE || /\.ods(\s|$|\?)/.test(name);
    if (!isOds || !isAllowedAssetUrl(a.url, allowLoopback)) continue;
    candidates.push({ url: a.url, title: str(a.title) || str(a.filename) || "time series" });
  }
  const best = candidates.find((c) => /time[\s-]?series/i.test(c.title)) ?? candidates[0];
  return best ?? { error: "GOV.UK's page has no time-series spreadsheet (.ods) among its attachments." };
}

/** True for attachment URLs on GOV.UK's own hosts (or loopback in the e2e build). */
export function isAllowedAssetUrl(url: string, allowLoopback = LOOPBACK_ALLOWED): boolean {
  if (urlProblem(url, allowLoopback)) return false;
  const origin = new URL(url).origin;
  return (GOVUK_ASSET_ORIGINS as readonly string[]).includes(origin) || (allowLoopback && new URL(url).protocol === "http:");
}

/** The downloaded spreadsheet and what GOV.UK says about it. */
export interface GovukDownload {
  bytes: Uint8Array;
  sourceUrl: string;
  /** The publication's `public_updated_at` as a date (YYYY-MM-DD), when given and valid. */
  updated: string | null;
}

/** Downloads the newest time-series spreadsheet from GOV.UK; throws `FetchError` with a reader-facing message. */
export async function downloadGovukSeries(contentUrl: string, fetchImpl?: typeof fetch): Promise<GovukDownload> {
  const body = await fetchLimited(contentUrl, { accept: ["application/json"], fetchImpl });
  let item: unknown;
  try {
    item = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch (error) {
    throw new FetchError(`GOV.UK's answer was not valid JSON. (${errorText(error)})`);
  }
  const found = findSeriesAttachment(item);
  if ("error" in found) throw new FetchError(found.error);
  const bytes = await fetchLimited(found.url, {
    // GOV.UK's asset host may label spreadsheets generically; the ODS reader checks the bytes.
    accept: [ODS_TYPE, "application/octet-stream"],
    redirectOrigins: GOVUK_ASSET_ORIGINS,
    fetchImpl,
  });
  const stamp = isObject(item) ? str(item.public_updated_at) : "";
  const updated = /^\d{4}-\d{2}-\d{2}/.test(stamp) && !Number.isNaN(Date.parse(stamp)) ? stamp.slice(0, 10) : null;
  return { bytes, sourceUrl: found.url, updated };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}
