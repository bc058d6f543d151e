import type { DataStatus, FeedPreview, FetchReport } from "./messages";
import type { Dataset } from "../core/data/types";
import { DataImportError } from "../core/data/errors";
import { implausibleRelease } from "../core/data/plausibility";
import { bundledOfficial, builtinSourceIds, importOfficialSeries, isValidSeries, withSeries, type OfficialData } from "./data-layer";
import { errorText, fetchLimited } from "./fetch-limited";
import { parseFeed, type Feed } from "./feed-format";
import { GOVUK_CONTENT_URL, downloadGovukSeries } from "./govuk";
import { hasFeedAccess } from "./site-access";
import {
  customFeedsSetting, e2eGovukUrlState, feedCacheState, feedStatusState, govukStatusState, hiddenSourcesSetting, liveRefreshSetting,
  officialImportState, type CustomFeed, type FetchStatus,
} from "./settings";

/**
 * The background is the data authority (issue #6): it holds the official series in use (the
 * bundled one, replaced by a newer validated GOV.UK import) and the enabled custom feeds, and it
 * alone fetches. A failed fetch never removes data: the last good data stays and the error is
 * recorded for the options page and popup.
 *
 * Issue 14, rows 2, 4 and 10: every change to the feeds' cache and statuses is a read-modify-write of
 * the value stored now, one at a time (`serially`), so feeds refreshed together never overwrite each
 * other; a write the browser refuses (storage full) is recorded as the feed's error; a feed is fetched
 * only once Tidemark may fetch from its host; a new release replaces the data only if it is plausible
 * against the last good one (core/data/plausibility.ts).
 */

/** A custom feed's last good content. */
export interface LoadedFeed {
  id: string;
  name: string;
  url: string;
  feed: Feed;
}

/**
 * The dataset popovers and claim checks use (for the page's handlers): the bundled dataset with the
 * newest official series, plus the sources and figures of enabled feeds. Feed ids are prefixed with
 * the feed's id (no clash with built-in or other feeds' ids) and feed sources name the feed in
 * `publisher`, so a popover always shows where a figure came from.
 */
export function currentDataset(): Promise<Dataset> {
  if (!datasetCache) {
    // The same object is returned until the data changes, so callers can cache work keyed on it.
    watchDataOnce();
    datasetCache = buildDataset().catch((error: unknown) => {
      datasetCache = null;
      throw error;
    });
  }
  return datasetCache;
}

let datasetCache: Promise<Dataset> | null = null;
let watching = false;

/** Drops the cached dataset and its storage watchers (tests reset the fake browser between cases). */
export function invalidateDataset(): void {
  datasetCache = null;
  watching = false;
}
function watchDataOnce(): void {
  if (watching) return;
  watching = true;
  const forget = () => void (datasetCache = null);
  officialImportState.watch(forget);
  hiddenSourcesSetting.watch(forget);
  customFeedsSetting.watch(forget);
  feedCacheState.watch(forget);
}

async function buildDataset(): Promise<Dataset> {
  const [official, feeds, hiddenList] = await Promise.all([currentOfficial(), loadedFeeds(), hiddenSourcesSetting.getValue()]);
  const base = withSeries(official.series);
  // Sources the reader hid (options › Sources) lose their figures; the series itself always stays.
  const hidden = new Set(hiddenList);
  return {
    ...base,
    sources: [
      ...base.sources,
      ...feeds.flatMap((f) => f.feed.sources.map((s) => ({ ...s, id: `${f.id}-${s.id}`, publisher: `${s.publisher} (via feed “${f.name}”)` }))),
    ],
    figures: [
      ...base.figures,
      // A feed (format v1) gives full dates and no publication date: its as-of date stands for both.
      ...feeds.flatMap((f) => f.feed.figures.map((x) => ({
        ...x, id: `${f.id}-${x.id}`, sourceId: `${f.id}-${x.sourceId}`, period: { ...x.period, precision: "day" as const }, published: x.asOf, feedId: f.id,
      }))),
    ].filter((x) => !hidden.has(x.sourceId)),
  };
}

/** Enabled feeds' last good content. */
export function currentFeeds(): Promise<LoadedFeed[]> {
  return loadedFeeds();
}

// Validating the stored series means validating a whole dataset: do it once per stored import.
let validated: { fetchedAt: string; ok: boolean } | null = null;

/** The newer of the bundled series and the stored GOV.UK import. */
export async function currentOfficial(): Promise<OfficialData> {
  const bundled = bundledOfficial();
  const stored = await officialImportState.getValue();
  if (!stored) return bundled;
  if (validated?.fetchedAt !== stored.fetchedAt) validated = { fetchedAt: stored.fetchedAt, ok: isValidSeries(stored.series) };
  if (!validated.ok) return bundled;
  const imported: OfficialData = { origin: "govuk", release: stored.release, asOf: stored.asOf, series: stored.series as OfficialData["series"], sourceUrl: stored.sourceUrl };
  return newer(imported, bundled);
}

function newer(a: OfficialData, b: OfficialData): OfficialData {
  return a.asOf > b.asOf || (a.asOf === b.asOf && a.release > b.release) ? a : b;
}

async function loadedFeeds(): Promise<LoadedFeed[]> {
  const [feeds, cache] = await Promise.all([customFeedsSetting.getValue(), feedCacheState.getValue()]);
  const builtin = builtinSourceIds();
  const out: LoadedFeed[] = [];
  for (const f of feeds) {
    const entry = cache[f.id];
    if (!f.enabled || !entry) continue;
    // Stored content is checked again: storage is not trusted either (issue #8).
    const parsed = parseFeed(new TextEncoder().encode(JSON.stringify(entry.feed)), builtin);
    if (parsed.ok) out.push({ id: f.id, name: f.name, url: f.url, feed: parsed.feed });
  }
  return out;
}

const now = () => new Date().toISOString();

async function govukContentUrl(): Promise<string> {
  if (import.meta.env.MODE === "e2e") return (await e2eGovukUrlState.getValue()) ?? GOVUK_CONTENT_URL;
  return GOVUK_CONTENT_URL;
}

let govukInFlight: Promise<FetchReport> | null = null;

/** Fetches the newest GOV.UK release; stores it when newer than the data in use. One at a time. */
export function refreshGovuk(): Promise<FetchReport> {
  govukInFlight ??= doRefreshGovuk().finally(() => (govukInFlight = null));
  return govukInFlight;
}

async function doRefreshGovuk(): Promise<FetchReport> {
  const attempt = now();
  const previous = await govukStatusState.getValue();
  try {
    const download = await downloadGovukSeries(await govukContentUrl());
    const imported = importOfficialSeries(download.bytes, download.updated, download.sourceUrl);
    const current = await currentOfficial();
    if (newer(imported, current) === imported) {
      const problem = implausibleRelease(imported.series, current.series);
      if (problem) throw new DataImportError(`The release of ${imported.release} was not used: ${problem}.`);
      await stored("the new official data", () => officialImportState.setValue({
        release: imported.release, asOf: imported.asOf, fetchedAt: attempt, sourceUrl: imported.sourceUrl, series: imported.series,
      }));
    }
    await govukStatusState.setValue({ lastAttempt: attempt, lastSuccess: attempt, lastError: null });
    return { ok: true };
  } catch (error) {
    const message = errorText(error);
    await govukStatusState.setValue({ ...previous, lastAttempt: attempt, lastError: message.slice(0, 500) });
    return { ok: false, error: message };
  }
}

/** Content types accepted for feeds: JSON, and text/plain because static hosts often label JSON so. */
const FEED_TYPES = ["application/json", "text/plain"] as const;

/** Fetches and validates a feed URL; never stores anything. */
export async function fetchFeed(url: string): Promise<{ ok: true; feed: Feed } | { ok: false; error: string }> {
  try {
    const bytes = await fetchLimited(url, { accept: FEED_TYPES });
    return parseFeed(bytes, builtinSourceIds());
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/** Fetches a feed URL and describes what it would add, for the options page's preview. */
export async function previewFeed(url: string): Promise<{ ok: true; preview: FeedPreview } | { ok: false; error: string }> {
  const result = await fetchFeed(url);
  if (!result.ok) return result;
  return { ok: true, preview: previewOf(result.feed) };
}

/** The preview of a validated feed. */
export function previewOf(feed: Feed): FeedPreview {
  return {
    title: feed.title,
    publisher: feed.publisher,
    sources: feed.sources.map((s) => ({ id: s.id, name: `${s.publisher}: ${s.title}`, tier: s.tier })),
    figures: feed.figures.map((f) => ({
      id: f.id,
      topic: f.topic,
      label: f.label.en,
      value: f.value !== undefined ? `${f.value.toLocaleString("en-GB")} ${f.unit}` : f.values ? `${f.values.length} values (${f.unit})` : "an event",
    })),
  };
}

let feedWrites: Promise<unknown> = Promise.resolve();
/**
 * Runs `change` after every earlier feed-state change has finished: each reads the cache and statuses as
 * stored now and writes them back, so two refreshes never write over each other (one background, one queue).
 */
function serially<T>(change: () => Promise<T>): Promise<T> {
  const next = feedWrites.then(change, change);
  feedWrites = next.catch(() => undefined);
  return next;
}

/** Runs a storage write; a refusal (the browser's storage for Tidemark is full) becomes a sentence for the reader. */
async function stored(what: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const full = /quota|QUOTA_BYTES|storage.*full|exceed/i.test(errorText(error));
    throw new DataImportError(full
      ? `Tidemark could not keep ${what}: the browser's storage for Tidemark is full (${errorText(error).slice(0, 120)}).`
      : `Tidemark could not keep ${what}: ${errorText(error).slice(0, 200)}`);
  }
}

/** Fetches one saved feed; on success replaces its cached content, on failure keeps it. */
export async function refreshFeed(feed: CustomFeed): Promise<FetchReport> {
  const attempt = now();
  // A feed from an imported settings file (or whose permission was withdrawn) waits for the reader to allow it.
  const allowed = await hasFeedAccess(feed.url).catch(() => false);
  const result = allowed
    ? await fetchFeed(feed.url)
    : { ok: false as const, error: `Tidemark may not fetch from ${hostOf(feed.url)} yet: allow access to this feed in the options.` };
  return serially(async () => {
    // Re-read just before writing: the reader may have removed the feed meanwhile.
    const stillThere = (await customFeedsSetting.getValue()).some((f) => f.id === feed.id);
    if (!stillThere) return { ok: false, error: "The feed was removed." };
    let error = result.ok ? null : result.error;
    if (result.ok) {
      try {
        await stored("this feed's content", async () =>
          feedCacheState.setValue({ ...(await feedCacheState.getValue()), [feed.id]: { fetchedAt: attempt, feed: result.feed } }));
      } catch (refused) {
        error = errorText(refused);
      }
    }
    const statuses = await feedStatusState.getValue();
    const previous: FetchStatus = statuses[feed.id] ?? { lastAttempt: null, lastSuccess: null, lastError: null };
    const status: FetchStatus = error === null
      ? { lastAttempt: attempt, lastSuccess: attempt, lastError: null }
      : { ...previous, lastAttempt: attempt, lastError: error.slice(0, 500) };
    await feedStatusState.setValue({ ...statuses, [feed.id]: status });
    return error === null ? { ok: true } : { ok: false, error };
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "this address";
  }
}

/** Drops status and cached content of feeds no longer in the list. */
export function forgetRemovedFeeds(): Promise<void> {
  return serially(async () => {
    const ids = new Set((await customFeedsSetting.getValue()).map((f) => f.id));
    const prune = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
    const [statuses, cache] = await Promise.all([feedStatusState.getValue(), feedCacheState.getValue()]);
    if (Object.keys(statuses).some((id) => !ids.has(id))) await feedStatusState.setValue(prune(statuses));
    if (Object.keys(cache).some((id) => !ids.has(id))) await feedCacheState.setValue(prune(cache));
  });
}

/** Refreshes GOV.UK (when live refresh is on, or when forced) and every enabled feed. */
export async function refreshAll(force: boolean): Promise<{ govuk: FetchReport; feeds: Record<string, FetchReport> }> {
  const live = await liveRefreshSetting.getValue();
  const feeds = (await customFeedsSetting.getValue()).filter((f) => f.enabled);
  const [govuk, ...results] = await Promise.all([
    live.enabled || force ? refreshGovuk() : Promise.resolve<FetchReport>({ ok: false, error: "Live refresh is off." }),
    ...feeds.map((f) => refreshFeed(f)),
  ]);
  return { govuk: govuk!, feeds: Object.fromEntries(feeds.map((f, i) => [f.id, results[i]!])) };
}

/** Freshness of the data in use and the last errors, for the popup and options page. */
export async function dataStatus(): Promise<DataStatus> {
  const [official, status, live, feeds, feedStatus] = await Promise.all([
    currentOfficial(), govukStatusState.getValue(), liveRefreshSetting.getValue(), customFeedsSetting.getValue(), feedStatusState.getValue(),
  ]);
  return {
    origin: official.origin,
    release: official.release,
    asOf: official.asOf,
    lastAttempt: status.lastAttempt,
    lastSuccess: status.lastSuccess,
    lastError: status.lastError,
    liveRefresh: live.enabled,
    feedErrors: feeds.flatMap((f) => {
      const error = f.enabled ? feedStatus[f.id]?.lastError : null;
      return error ? [{ id: f.id, name: f.name, error }] : [];
    }),
  };
}
