import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { currentDataset, dataStatus, refreshFeed, refreshGovuk } from "../../../platform/data-service";
import { GOVUK_CONTENT_URL } from "../../../platform/govuk";
import { customFeedsSetting, feedCacheState, govukStatusState, officialImportState } from "../../../platform/settings";

const GOVUK = new URL("../../fixtures/govuk/", import.meta.url).pathname;
const FEEDS = new URL("../../fixtures/feeds/", import.meta.url).pathname;
const ASSET = "https://assets.publishing.service.gov.uk/media";

/** A fake network: GOV.UK serves `release` (or fails), feeds by URL. */
function network(state: { release: string | "down" | 500; feeds: Record<string, { status: number; body: string }> }) {
  return vi.fn(async (url: string) => {
    if (state.release === "down") throw new TypeError("Failed to fetch");
    let res: Response;
    if (url === GOVUK_CONTENT_URL) {
      const body = readFileSync(`${GOVUK}content-api.json`, "utf8").replaceAll("{{ORIGIN}}", "https://assets.publishing.service.gov.uk")
        .replaceAll("/media/{{ODS_FILE}}", `/media/small-boats-time-series-${state.release}.ods`)
        .replaceAll("{{ODS_FILE}}", `small-boats-time-series-${state.release}.ods`)
        .replaceAll("{{PUBLIC_UPDATED_AT}}", `${state.release}T09:30:00Z`);
      res = state.release === 500 ? new Response("x", { status: 500, headers: { "content-type": "text/plain" } }) : new Response(body, { headers: { "content-type": "application/json" } });
    } else if (url.startsWith(ASSET)) {
      res = new Response(readFileSync(`${GOVUK}${url.slice(ASSET.length + 1)}`), { headers: { "content-type": "application/vnd.oasis.opendocument.spreadsheet" } });
    } else {
      const feed = state.feeds[url];
      res = feed ? new Response(feed.body, { status: feed.status, headers: { "content-type": "application/json" } }) : new Response("", { status: 404 });
    }
    Object.defineProperty(res, "url", { value: url });
    return res;
  });
}

describe("data service (background data authority)", () => {
  const state: Parameters<typeof network>[0] = { release: "2025-12-31", feeds: {} };
  beforeEach(() => {
    fakeBrowser.reset();
    state.release = "2025-12-31";
    state.feeds = {};
    vi.stubGlobal("fetch", network(state));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("imports a GOV.UK release, replaces it with a newer one and never goes back to an older one", async () => {
    expect(await refreshGovuk()).toEqual({ ok: true });
    expect((await dataStatus())).toMatchObject({ origin: "govuk", asOf: "2025-12-28", release: "2025-12-31", lastError: null });
    state.release = "2026-08-21";
    await refreshGovuk();
    expect((await officialImportState.getValue())?.asOf).toBe("2026-08-20");
    state.release = "2025-12-31";
    expect(await refreshGovuk()).toEqual({ ok: true });
    expect((await currentDataset()).official?.asOf).toBe("2026-08-20");
  });

  it.each([
    ["the network is down", "down", /Could not reach www.gov.uk: the network may be down/],
    ["GOV.UK answers 500", 500, /www.gov.uk answered HTTP 500/],
  ] as const)("keeps the last good data when %s, and records the error", async (_label, failure, message) => {
    await refreshGovuk();
    state.release = failure;
    const report = await refreshGovuk();
    expect(report.ok).toBe(false);
    const status = await dataStatus();
    expect(status.asOf).toBe("2025-12-28");
    expect(status.lastError).toMatch(message);
    expect(status.lastSuccess).not.toBeNull();
    expect((await govukStatusState.getValue()).lastAttempt! > status.lastSuccess!).toBe(true);
  });

  it("runs one GOV.UK refresh at a time", async () => {
    const [a, b] = [refreshGovuk(), refreshGovuk()];
    expect(a).toBe(b);
    await a;
  });

  it("keeps a feed's last good copy when it starts failing, and reports the error", async () => {
    const url = "https://feeds.example/f.json";
    state.feeds[url] = { status: 200, body: readFileSync(`${FEEDS}good-feed.json`, "utf8") };
    const feed = { id: "feed-test000001", url, name: "Test", enabled: true, addedAt: "2026-11-01T00:00:00.000Z" };
    await customFeedsSetting.setValue([feed]);
    expect(await refreshFeed(feed)).toEqual({ ok: true });
    const cached = (await feedCacheState.getValue())[feed.id];
    state.feeds[url] = { status: 200, body: readFileSync(`${FEEDS}wrong-schema.json`, "utf8") };
    expect(await refreshFeed(feed)).toMatchObject({ ok: false, error: expect.stringMatching(/must not be negative/) });
    expect((await feedCacheState.getValue())[feed.id]).toEqual(cached);
    expect((await currentDataset()).feeds.map((f) => f.feed.title)).toEqual(["Test feed: Channel figures"]);
    expect((await dataStatus()).feedErrors).toEqual([{ id: feed.id, name: "Test", error: expect.stringMatching(/must not be negative/) }]);
  });

  it("leaves disabled feeds out of the dataset", async () => {
    const url = "https://feeds.example/f.json";
    state.feeds[url] = { status: 200, body: readFileSync(`${FEEDS}good-feed.json`, "utf8") };
    const feed = { id: "feed-test000002", url, name: "Test", enabled: true, addedAt: "2026-11-01T00:00:00.000Z" };
    await customFeedsSetting.setValue([feed]);
    await refreshFeed(feed);
    await customFeedsSetting.setValue([{ ...feed, enabled: false }]);
    expect((await currentDataset()).feeds).toEqual([]);
  });

  it("re-validates stored feed content (storage is not trusted)", async () => {
    const feed = { id: "feed-test000003", url: "https://feeds.example/x.json", name: "X", enabled: true, addedAt: "2026-11-01T00:00:00.000Z" };
    await customFeedsSetting.setValue([feed]);
    const bad = JSON.parse(readFileSync(`${FEEDS}good-feed.json`, "utf8"));
    bad.title = "<img src=x onerror=alert(1)>";
    await feedCacheState.setValue({ [feed.id]: { fetchedAt: "2026-11-01T00:00:00.000Z", feed: bad } });
    expect((await currentDataset()).feeds).toEqual([]);
  });
});
