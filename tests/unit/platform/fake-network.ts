import { readFileSync } from "node:fs";
import { vi } from "vitest";
import { GOVUK_CONTENT_URL } from "../../../platform/govuk";

const GOVUK = new URL("../../fixtures/govuk/", import.meta.url).pathname;
/** Where the fake GOV.UK serves attachments. */
export const ASSET = "https://assets.publishing.service.gov.uk/media";

/** The Content API item pointing at `/media/<file>`, updated at `updated` (YYYY-MM-DD). */
export function govukItem(file: string, updated: string): string {
  return readFileSync(`${GOVUK}content-api.json`, "utf8").replaceAll("{{ORIGIN}}", "https://assets.publishing.service.gov.uk")
    .replaceAll("{{ODS_FILE}}", file).replaceAll("{{PUBLIC_UPDATED_AT}}", `${updated}T09:30:00Z`);
}

/** One of the committed releases' bytes ("2025-12-31" or "2026-08-21"). */
export function releaseBytes(release: string): Uint8Array {
  return new Uint8Array(readFileSync(`${GOVUK}small-boats-time-series-${release}.ods`));
}

/** A response as fetch gives it, with `url` set (fetchLimited checks where a redirect ended). */
export function answer(url: string, body: BodyInit | Uint8Array | null, type: string, status = 200): Response {
  const res = new Response(body as BodyInit | null, { status, headers: { "content-type": type } });
  Object.defineProperty(res, "url", { value: url });
  return res;
}

/** A fetch stub that answers from `routes` by URL (404 otherwise) and records every URL asked for. */
export function fakeFetch(routes: Record<string, () => Response | Promise<Response>>, asked: string[] = []) {
  return vi.fn(async (input: string | URL) => {
    const url = String(input);
    asked.push(url);
    const route = routes[url];
    return route ? route() : answer(url, "", "text/plain", 404);
  });
}

/** The routes of a GOV.UK serving `bytes` as `file`, updated at `updated`. */
export function govukRoutes(file: string, updated: string, bytes: Uint8Array): Record<string, () => Response> {
  return {
    [GOVUK_CONTENT_URL]: () => answer(GOVUK_CONTENT_URL, govukItem(file, updated), "application/json"),
    [`${ASSET}/${file}`]: () => answer(`${ASSET}/${file}`, bytes, "application/vnd.oasis.opendocument.spreadsheet"),
  };
}
