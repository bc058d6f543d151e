import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { downloadGovukSeries, findSeriesAttachment } from "../../../platform/govuk";

const FIXTURE = new URL("../../fixtures/govuk/", import.meta.url).pathname;
const ODS = "application/vnd.oasis.opendocument.spreadsheet";

function contentItem(origin: string, file = "small-boats-time-series-2026-08-21.ods"): string {
  return readFileSync(`${FIXTURE}content-api.json`, "utf8")
    .replaceAll("{{ORIGIN}}", origin).replaceAll("{{ODS_FILE}}", file).replaceAll("{{PUBLIC_UPDATED_AT}}", "2026-08-21T09:30:00.000+01:00");
}

describe("findSeriesAttachment", () => {
  const asset = "https://assets.publishing.service.gov.uk";
  it("finds the time-series ODS among other attachments, ignoring HTML fields", () => {
    expect(findSeriesAttachment(JSON.parse(contentItem(asset)), false)).toEqual({
      url: `${asset}/media/small-boats-time-series-2026-08-21.ods`,
      title: "Migrants detected crossing the English Channel in small boats – time series",
    });
  });
  it.each([
    ["no details", {}],
    ["attachments not an array", { details: { attachments: "x" } }],
    ["only a PDF", { details: { attachments: [{ attachment_type: "file", content_type: "application/pdf", url: `${asset}/a.pdf` }] } }],
    ["an ODS on another host", { details: { attachments: [{ attachment_type: "file", content_type: ODS, url: "https://evil.example/x.ods" }] } }],
    ["an ODS over http", { details: { attachments: [{ attachment_type: "file", content_type: ODS, url: "http://assets.publishing.service.gov.uk/x.ods" }] } }],
    ["a javascript: URL", { details: { attachments: [{ attachment_type: "file", content_type: ODS, url: "javascript:alert(1)//.ods" }] } }],
  ])("reports an error for %s", (_label, item) => {
    expect(findSeriesAttachment(item, false)).toHaveProperty("error");
  });
  it("tolerates missing optional fields: an .ods file name is enough", () => {
    const item = { details: { attachments: [null, 3, { url: `${asset}/media/abc/series.ods` }] } };
    expect(findSeriesAttachment(item, false)).toEqual({ url: `${asset}/media/abc/series.ods`, title: "time series" });
  });
});

describe("downloadGovukSeries", () => {
  const origin = "https://www.gov.uk";
  const asset = "https://assets.publishing.service.gov.uk";
  const ods = new Uint8Array(readFileSync(`${FIXTURE}small-boats-time-series-2026-08-21.ods`));
  const routes = (item: string, odsType = ODS): typeof fetch =>
    (async (url: string) => {
      const res = url.endsWith(".ods")
        ? new Response(ods, { headers: { "content-type": odsType } })
        : new Response(item, { headers: { "content-type": "application/json" } });
      Object.defineProperty(res, "url", { value: url });
      return res;
    }) as unknown as typeof fetch;
  it("downloads the spreadsheet and reads the release date", async () => {
    const got = await downloadGovukSeries(`${origin}/api/content/x`, routes(contentItem(asset)));
    expect(got).toMatchObject({ sourceUrl: `${asset}/media/small-boats-time-series-2026-08-21.ods`, updated: "2026-08-21" });
    expect(got.bytes.byteLength).toBe(ods.byteLength);
  });
  it("refuses an answer that is not JSON", async () => {
    await expect(downloadGovukSeries(`${origin}/api/content/x`, routes("<html>"))).rejects.toThrow(/not valid JSON/);
  });
  it("refuses a spreadsheet served as HTML", async () => {
    await expect(downloadGovukSeries(`${origin}/api/content/x`, routes(contentItem(asset), "text/html"))).rejects.toThrow(/sent text\/html/);
  });
});
