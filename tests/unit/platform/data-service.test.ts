import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { currentDataset, currentFeeds, dataStatus, invalidateDataset, refreshFeed, refreshGovuk } from "../../../platform/data-service";
import { GOVUK_CONTENT_URL } from "../../../platform/govuk";
import { fakeBackgroundApis } from "./fake-background";
import { ASSET, answer, govukItem } from "./fake-network";
import { customFeedsSetting, feedCacheState, govukStatusState, hiddenSourcesSetting, officialImportState } from "../../../platform/settings";

const GOVUK = new URL("../../fixtures/govuk/", import.meta.url).pathname;
const FEEDS = new URL("../../fixtures/feeds/", import.meta.url).pathname;

// Pretend this version shipped the older release (31 Dec 2025), so a refresh has something newer to find.
vi.mock("../../../core/data/bundled", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../core/data/bundled")>();
  const { readOds } = await import("../../../core/data/ods");
  const { importSeries } = await import("../../../core/data/import-series");
  const { readFileSync: read } = await import("node:fs");
  const older = importSeries(readOds(new Uint8Array(read(new URL("../../fixtures/govuk/small-boats-time-series-2025-12-31.ods", import.meta.url)))), { released: "2025-12-31" });
  return { ...actual, bundledDataset: () => ({ ...actual.bundledDataset(), series: older }) };
});

/** A fake network: GOV.UK serves `release` (or fails), feeds by URL. */
function network(state: { release: string | "down" | 500; feeds: Record<string, { status: number; body: string }> }) {
  return vi.fn(async (url: string) => {
    if (state.release === "down") throw new TypeError("Failed to fetch");
    if (url === GOVUK_CONTENT_URL) {
      return state.release === 500 ? answer(url, "x", "text/plain", 500)
        : answer(url, govukItem(`small-boats-time-series-${state.release}.ods`, state.release), "application/json");
    }
    if (url.startsWith(ASSET)) return answer(url, readFileSync(`${GOVUK}${url.slice(ASSET.length + 1)}`), "application/vnd.oasis.opendocument.spreadsheet");
    const feed = state.feeds[url];
    return feed ? answer(url, feed.body, "application/json", feed.status) : answer(url, "", "text/plain", 404);
  });
}

describe("data service (background data authority)", () => {
  const state: Parameters<typeof network>[0] = { release: "2025-12-31", feeds: {} };
  beforeEach(() => {
    fakeBackgroundApis(true);
    invalidateDataset();
    state.release = "2025-12-31";
    state.feeds = {};
    vi.stubGlobal("fetch", network(state));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("starts from the bundled release, replaces it with a newer GOV.UK one and never goes back", async () => {
    expect(await dataStatus()).toMatchObject({ origin: "bundled", asOf: "2025-12-28", release: "2025-12-31", lastSuccess: null });
    expect(await refreshGovuk()).toEqual({ ok: true });
    expect(await officialImportState.getValue()).toBeNull(); // same release as bundled: nothing stored
    state.release = "2026-08-21";
    await refreshGovuk();
    expect(await officialImportState.getValue()).toMatchObject({ asOf: "2026-08-20", release: "2026-08-21" });
    expect(await dataStatus()).toMatchObject({ origin: "govuk", asOf: "2026-08-20", lastError: null });
    const dataset = await currentDataset();
    expect(dataset.series.asOf).toBe("2026-08-20");
    expect(dataset.sources.find((s) => s.id === "ho-small-boats-time-series")?.published).toBe("2026-08-21");
    state.release = "2025-12-31";
    expect(await refreshGovuk()).toEqual({ ok: true });
    expect((await currentDataset()).series.asOf).toBe("2026-08-20");
  });

  it.each([
    ["the network is down", "down", /Could not reach www.gov.uk: the network may be down/],
    ["GOV.UK answers 500", 500, /www.gov.uk answered HTTP 500/],
  ] as const)("keeps the last good data when %s, and records the error", async (_label, failure, message) => {
    state.release = "2026-08-21";
    await refreshGovuk();
    state.release = failure;
    const report = await refreshGovuk();
    expect(report.ok).toBe(false);
    const status = await dataStatus();
    expect(status.asOf).toBe("2026-08-20");
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
    const before = await currentDataset();
    expect(await currentDataset()).toBe(before); // cached while nothing changes
    state.feeds[url] = { status: 200, body: readFileSync(`${FEEDS}wrong-schema.json`, "utf8") };
    expect(await refreshFeed(feed)).toMatchObject({ ok: false, error: expect.stringMatching(/must not be negative/) });
    expect((await feedCacheState.getValue())[feed.id]).toEqual(cached);
    expect((await currentFeeds()).map((f) => f.feed.title)).toEqual(["Test feed: Channel figures"]);
    const dataset = await currentDataset();
    const figure = dataset.figures.find((f) => f.id === `${feed.id}-fixture-arrests-2025`);
    expect(figure).toMatchObject({ value: 4242, sourceId: `${feed.id}-fixture-source` });
    expect(dataset.sources.find((s) => s.id === figure?.sourceId)?.publisher).toBe("Fixture Publisher (via feed “Test”)");
    expect((await dataStatus()).feedErrors).toEqual([{ id: feed.id, name: "Test", error: expect.stringMatching(/must not be negative/) }]);
  });

  it("leaves disabled feeds out of the dataset", async () => {
    const url = "https://feeds.example/f.json";
    state.feeds[url] = { status: 200, body: readFileSync(`${FEEDS}good-feed.json`, "utf8") };
    const feed = { id: "feed-test000002", url, name: "Test", enabled: true, addedAt: "2026-11-01T00:00:00.000Z" };
    await customFeedsSetting.setValue([feed]);
    await refreshFeed(feed);
    await customFeedsSetting.setValue([{ ...feed, enabled: false }]);
    expect(await currentFeeds()).toEqual([]);
    expect((await currentDataset()).figures.some((f) => f.id.startsWith(feed.id))).toBe(false);
  });

  it("re-validates stored feed content (storage is not trusted)", async () => {
    const feed = { id: "feed-test000003", url: "https://feeds.example/x.json", name: "X", enabled: true, addedAt: "2026-11-01T00:00:00.000Z" };
    await customFeedsSetting.setValue([feed]);
    const bad = JSON.parse(readFileSync(`${FEEDS}good-feed.json`, "utf8"));
    bad.title = "<img src=x onerror=alert(1)>";
    await feedCacheState.setValue({ [feed.id]: { fetchedAt: "2026-11-01T00:00:00.000Z", feed: bad } });
    expect(await currentFeeds()).toEqual([]);
  });

  it("leaves out figures of sources the reader hid", async () => {
    const all = await currentDataset();
    const source = all.figures[0]!.sourceId;
    await hiddenSourcesSetting.setValue([source]);
    invalidateDataset();
    const shown = await currentDataset();
    expect(shown.figures.some((f) => f.sourceId === source)).toBe(false);
    expect(shown.figures.length).toBeLessThan(all.figures.length);
    expect(shown.series).toEqual(all.series);
  });
});
