import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { startBackground } from "../../../platform/background-main";
import { currentOfficial, dataStatus, invalidateDataset, refreshAll, refreshFeed, refreshGovuk } from "../../../platform/data-service";
import { applySettings, parseSettingsFile } from "../../../platform/settings-file";
import { customFeedsSetting, feedCacheState, feedStatusState, govukStatusState, officialImportState, type CustomFeed } from "../../../platform/settings";
import { fakeBackgroundApis } from "./fake-background";
import { answer, fakeFetch, govukRoutes, releaseBytes } from "./fake-network";

// Issue 14, rows 2, 4 and 10: data that is never lost or poisoned. Feeds refreshed together all keep
// their content; a storage quota error is recorded and shown; an absurd release is refused with the
// reason while the last good data stays; an imported settings file's feeds wait for their permission.

const FEEDS = new URL("../../fixtures/feeds/", import.meta.url).pathname;
const GOOD = readFileSync(`${FEEDS}good-feed.json`, "utf8");
const feed = (n: number): CustomFeed => ({
  id: `feed-integrity${n}`, url: `https://feeds${n}.example/f.json`, name: `Feed ${n}`, enabled: true, addedAt: "2026-11-01T00:00:00.000Z",
});
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The 2026-08-21 release with one day's people set to `value` (a poisoned or broken download). */
function poisoned(value: number): Uint8Array {
  const files = unzipSync(releaseBytes("2026-08-21"));
  const xml = strFromU8(files["content.xml"]!);
  const cell = '<table:table-cell office:value-type="float" office:value="710" table:style-name="ce11"><text:p>710</text:p>';
  const at = xml.indexOf(cell, xml.indexOf("15/06/2026"));
  if (at < 0) throw new Error("fixture changed: 15 June 2026 is not 710");
  const edited = xml.slice(0, at) + cell.replaceAll("710", String(value)) + xml.slice(at + cell.length);
  return zipSync({ ...files, "content.xml": strToU8(edited) });
}

describe("data that is never lost or poisoned", () => {
  let asked: string[];
  beforeEach(() => {
    fakeBackgroundApis(true);
    invalidateDataset();
    asked = [];
  });
  afterEach(() => vi.unstubAllGlobals());

  it("row 2: three feeds refreshed at once all keep their content and status", async () => {
    const feeds = [feed(1), feed(2), feed(3)];
    await customFeedsSetting.setValue(feeds);
    // Answers arrive out of order, so the three refreshes' reads and writes interleave.
    const routes = Object.fromEntries(feeds.map((f, i) => [f.url, async () => {
      await pause(30 - i * 10);
      return answer(f.url, GOOD, "application/json");
    }]));
    vi.stubGlobal("fetch", fakeFetch(routes, asked));
    // Real storage answers later than the fake (a round trip to the browser): reads and writes interleave.
    const local = fakeBrowser.storage.local;
    const [get, set] = [local.get.bind(local), local.set.bind(local)];
    vi.spyOn(local, "get").mockImplementation(async (keys?: unknown) => { await pause(5); return get(keys as never); });
    vi.spyOn(local, "set").mockImplementation(async (items: Record<string, unknown>) => { await pause(5); return set(items); });
    const report = await refreshAll(false);
    expect(Object.values(report.feeds)).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(Object.keys(await feedCacheState.getValue()).sort()).toEqual(feeds.map((f) => f.id));
    expect(Object.keys(await feedStatusState.getValue()).sort()).toEqual(feeds.map((f) => f.id));
  });

  it("row 10: a feed the browser's storage cannot hold is recorded as an error, shown, and its last good copy kept", async () => {
    const f = feed(4);
    await customFeedsSetting.setValue([f]);
    vi.stubGlobal("fetch", fakeFetch({ [f.url]: () => answer(f.url, GOOD, "application/json") }, asked));
    expect(await refreshFeed(f)).toEqual({ ok: true });
    const kept = (await feedCacheState.getValue())[f.id];
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, "set").mockImplementation(async (items: Record<string, unknown>) => {
      if ("feedCache" in items) throw new Error("QUOTA_BYTES quota exceeded");
      return set(items);
    });
    const report = await refreshFeed(f);
    expect(report).toMatchObject({ ok: false, error: expect.stringMatching(/storage for Tidemark is full/) });
    expect((await feedStatusState.getValue())[f.id]?.lastError).toMatch(/storage for Tidemark is full/);
    expect((await dataStatus()).feedErrors).toEqual([{ id: f.id, name: f.name, error: expect.stringMatching(/storage for Tidemark is full/) }]);
    expect((await feedCacheState.getValue())[f.id]).toEqual(kept);
  });

  it("row 10: the feeds of an imported settings file are not fetched before their permission is granted", async () => {
    fakeBackgroundApis(false);
    const f = feed(5);
    vi.stubGlobal("fetch", fakeFetch({ [f.url]: () => answer(f.url, GOOD, "application/json") }, asked));
    startBackground();
    const parsed = parseSettingsFile(JSON.stringify({ format: "tidemark-settings", version: 1, exportedAt: "2026-11-01T00:00:00.000Z", settings: { customFeeds: [f] } }));
    if (!parsed.ok) throw new Error(parsed.error);
    await applySettings(parsed.settings);
    await pause(100);
    expect(asked.filter((u) => u.startsWith("https://feeds"))).toEqual([]);
    expect(await refreshFeed(f)).toMatchObject({ ok: false, error: expect.stringMatching(/allow access/i) });
    expect(asked.filter((u) => u.startsWith("https://feeds"))).toEqual([]);
  });

  it("row 4: a release with an absurd day is refused with the reason; the last good data stays", async () => {
    const before = await currentOfficial();
    vi.stubGlobal("fetch", fakeFetch(govukRoutes("series.ods", "2026-08-25", poisoned(9_000_000)), asked));
    const report = await refreshGovuk();
    expect(report.ok).toBe(false);
    expect(report.error).toMatch(/9,000,000 people on 2026-06-15/);
    expect(await officialImportState.getValue()).toBeNull();
    expect((await currentOfficial()).series).toEqual(before.series);
    expect((await govukStatusState.getValue()).lastError).toMatch(/not used.*9,000,000/);
  });

  it("row 4: a plausible new release (one day revised by 90 people) still replaces the data", async () => {
    vi.stubGlobal("fetch", fakeFetch(govukRoutes("series.ods", "2026-08-25", poisoned(800)), asked));
    expect(await refreshGovuk()).toEqual({ ok: true });
    expect(await officialImportState.getValue()).toMatchObject({ release: "2026-08-25", asOf: "2026-08-20" });
  });
});
