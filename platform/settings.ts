import { browser, storage, type WxtStorageItem } from "#imports";
import * as v from "valibot";

/**
 * Every stored value, declared once (issue #6). Popup and options write the reader's settings;
 * the background alone writes the data state at the end of this file; the content script only
 * reads and `watch()`es.
 *
 * Each item has a fallback, a version and a migrations map from day one (WXT storage docs:
 * https://wxt.dev/storage.html#versioning-with-migrations), plus a valibot schema: a stored
 * value that does not match (corrupt, hand-edited, written by a newer version) reads as the
 * fallback, and `repairSettings()` (run by the background) resets it and records a notice
 * (issue #8). The content script never writes storage.
 */

/** A stored setting: WXT's item API, with every value read checked against a schema. */
export interface Setting<T> {
  readonly key: StorageKey;
  readonly fallback: T;
  readonly version: number;
  readonly schema: v.GenericSchema<T>;
  /** The stored value, or the fallback when it is missing or invalid. */
  getValue(): Promise<T>;
  /** Stores a value; throws when it does not match the schema (a bug in the caller). */
  setValue(value: T): Promise<void>;
  /**
   * Stores `change(current)`, `current` being the value stored now, not one read earlier: a write that
   * follows a permission prompt or a fetch must not bring back what changed meanwhile (issue 14, row 7).
   */
  update(change: (current: T) => T): Promise<T>;
  /** Deletes the stored value so it reads as the fallback. */
  removeValue(): Promise<void>;
  /** Calls `cb` with each new (validated) value; returns the unwatch function. */
  watch(cb: (value: T) => void): () => void;
  /** True when a raw stored value is valid for this setting. */
  isValid(raw: unknown): raw is T;
  /** What a raw stored value reads as: itself when valid, else the fallback. */
  checked(raw: unknown): T;
}

type StorageKey = `local:${string}`;

// A setting's key in browser.storage.local (WXT's "local:" prefix taken off), for the browser's own calls.
const localKey = (s: { key: StorageKey }) => s.key.slice("local:".length);

interface SettingOptions<T> {
  fallback: T;
  version: number;
  schema: v.GenericSchema<T>;
  /** Migrations keyed by target version; each gets the previous version's raw value. */
  migrations?: Record<number, (old: any) => unknown>;
}

/** Declares one setting: a WXT storage item with fallback, version, migrations and a schema. */
function defineSetting<T>(key: StorageKey, options: SettingOptions<T>): Setting<T> {
  const { fallback, version, schema } = options;
  // Always pass a migrations map: WXT only checks the stored version when one is given. The item is
  // defined on first use, not at import: WXT starts each item's version check (two reads of its stored
  // value) when it is defined, and the content script, which imports this module on every page, uses
  // six of these settings. Every getValue/setValue/watch still awaits the item's version check first.
  let defined: WxtStorageItem<T, Record<string, unknown>> | null = null;
  const item = () =>
    (defined ??= storage.defineItem<T>(key, { fallback, version, migrations: options.migrations ?? {} }));
  const isValid = (raw: unknown): raw is T => v.safeParse(schema, raw).success;
  const checked = (raw: unknown): T => (isValid(raw) ? raw : fallback);
  return {
    key,
    fallback,
    version,
    schema,
    isValid,
    checked,
    getValue: async () => checked(await item().getValue()),
    setValue: async (value) => {
      const parsed = v.safeParse(schema, value);
      if (!parsed.success) throw new Error(`Invalid value for ${key}: ${v.summarize(parsed.issues)}`);
      await item().setValue(value);
    },
    update: async (change) => {
      const next = change(checked(await item().getValue()));
      const parsed = v.safeParse(schema, next);
      if (!parsed.success) throw new Error(`Invalid value for ${key}: ${v.summarize(parsed.issues)}`);
      await item().setValue(next);
      return next;
    },
    removeValue: () => item().removeValue(),
    watch: (cb) => item().watch((next) => cb(checked(next))),
  };
}

type Values<S extends readonly Setting<unknown>[]> = { -readonly [K in keyof S]: S[K] extends Setting<infer T> ? T : never };

/**
 * Reads several settings in one storage round trip (the content script's start-up), each checked
 * against its schema like `getValue`. WXT's `getValue` first waits for the item's version check (one
 * more round trip); here the stored versions are read in the same request, and a setting stored at
 * another version than its current one is read through its item, which migrates it first.
 */
export async function readSettings<const S extends readonly Setting<unknown>[]>(settings: S): Promise<Values<S>> {
  // The browser's own call: WXT's getItems parses and groups each key first, a cost paid on every page load.
  const stored: Record<string, unknown> = await browser.storage.local.get(settings.flatMap((s) => [localKey(s), `${localKey(s)}$`]));
  const values = settings.map(async (s): Promise<unknown> => {
    const raw = stored[localKey(s)];
    if (raw == null) return s.fallback;
    const meta = stored[`${localKey(s)}$`] as { v?: unknown } | null | undefined;
    if ((meta?.v ?? 1) !== s.version) return s.getValue();
    return s.checked(raw);
  });
  return (await Promise.all(values)) as Values<S>;
}

/**
 * Follows several settings with one storage listener, calling `cb(i, value)` with each changed setting's new
 * value, checked like `watch()`'s (the fallback when it is removed or invalid). `watch()` on each would define
 * each item, and WXT starts a version check (a storage read) for each item it defines, then adds a listener
 * per item: eight reads and eight listeners on every page the content script runs on (issue 15).
 */
export function watchSettings(settings: readonly Setting<unknown>[], cb: (index: number, value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) =>
    settings.forEach((s, i) => {
      const change = changes[localKey(s)];
      // Like WXT's watch: a write of the same value is not a change.
      if (change && JSON.stringify(change.newValue) !== JSON.stringify(change.oldValue)) {
        cb(i, s.checked(change.newValue));
      }
    });
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}

// ── Schemas shared by several settings ──────────────────────────────────────────────────────

/** ISO 8601 timestamp as written by `new Date().toISOString()`. */
const Timestamp = v.pipe(v.string(), v.isoTimestamp());
/** A host name as users type it and as `URL.hostname` gives it: lower case, dots, no port. */
export const HostSchema = v.pipe(
  v.string(),
  v.maxLength(253),
  v.regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/),
);
const HostList = v.pipe(v.array(HostSchema), v.maxLength(500));
/** Keys of per-site switches: host names, plus loopback hosts in the e2e build. */
const SiteKeySchema = v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9][a-z0-9.-]*$/));

// ── Reader's settings (popup and options write; content script watches) ─────────────────────

/** Global on/off switch for highlighting. */
export const enabledSetting = defineSetting<boolean>("local:enabled", {
  fallback: true,
  version: 1,
  schema: v.boolean(),
});

/** Per-site on/off, keyed by host name as listed in the site list; absent means "on". */
export const siteOverridesSetting = defineSetting<Record<string, boolean>>("local:siteOverrides", {
  fallback: {},
  version: 1,
  schema: v.record(SiteKeySchema, v.boolean()),
});

/** How highlights are drawn on a site, when the reader chose (absent: automatic, decision 0007). */
export const SITE_HIGHLIGHT_MODES = ["marks", "ranges"] as const;
export type SiteHighlightChoice = (typeof SITE_HIGHLIGHT_MODES)[number];
/**
 * Per-site highlighting mode, keyed like the per-site switches: "marks" wraps the text in elements,
 * "ranges" never changes the page (CSS Custom Highlight API). New in issue 8: a new key, so no
 * migration; a missing value means automatic (ranges on framework-managed pages).
 */
export const siteHighlightModesSetting = defineSetting<Record<string, SiteHighlightChoice>>("local:siteHighlightModes", {
  fallback: {},
  version: 1,
  schema: v.pipe(v.record(SiteKeySchema, v.picklist(SITE_HIGHLIGHT_MODES)), v.check((r) => Object.keys(r).length <= 500, "Too many sites")),
});

/**
 * Where Tidemark runs: the built-in list (core/sites.ts, the one list) minus `removed`, plus
 * `added` (each added host has its optional host permission and a registered content script),
 * or every site when the reader opted in explicitly.
 */
export interface SiteList {
  added: string[];
  removed: string[];
  everySite: boolean;
}
export const siteListSetting = defineSetting<SiteList>("local:sites", {
  fallback: { added: [], removed: [], everySite: false },
  version: 1,
  schema: v.object({ added: HostList, removed: HostList, everySite: v.boolean() }),
});

/** Source ids the reader has hidden from popovers; new sources are shown by default. */
export const hiddenSourcesSetting = defineSetting<string[]>("local:hiddenSources", {
  fallback: [],
  version: 1,
  schema: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(500)),
});

/** Allowed refresh intervals in hours: 6 h is the shortest, since GOV.UK publishes at most daily. */
export const REFRESH_INTERVALS_HOURS = [6, 12, 24, 168] as const;
export type RefreshIntervalHours = (typeof REFRESH_INTERVALS_HOURS)[number];
/** Live refresh of official data from GOV.UK and of custom feeds. */
export interface LiveRefresh {
  enabled: boolean;
  intervalHours: RefreshIntervalHours;
}
export const liveRefreshSetting = defineSetting<LiveRefresh>("local:liveRefresh", {
  fallback: { enabled: true, intervalHours: 24 },
  version: 1,
  schema: v.object({ enabled: v.boolean(), intervalHours: v.picklist(REFRESH_INTERVALS_HOURS) }),
});

/** A feed the reader added: what to fetch. Its fetch status is `feedStatusState` (background-written). */
export interface CustomFeed {
  /** Stable id, made when the feed is added (`feed-` + random). */
  id: string;
  url: string;
  /** The reader's name for the feed, or the feed's own title. */
  name: string;
  enabled: boolean;
  addedAt: string;
}
export const FeedIdSchema = v.pipe(v.string(), v.regex(/^feed-[a-z0-9]{6,32}$/));
export const CustomFeedSchema = v.object({
  id: FeedIdSchema,
  // https, or http on loopback (usable only by the e2e build; fetchLimited enforces that).
  url: v.pipe(
    v.string(),
    v.maxLength(2048),
    v.check((s) => /^https:\/\/[^/@\s]+(\/|$)/.test(s) || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(s), "must be an https address"),
    v.url(),
  ),
  name: v.pipe(v.string(), v.maxLength(120)),
  enabled: v.boolean(),
  addedAt: Timestamp,
});
export const customFeedsSetting = defineSetting<CustomFeed[]>("local:customFeeds", {
  fallback: [],
  version: 1,
  schema: v.pipe(v.array(CustomFeedSchema), v.maxLength(50)),
});

/** How highlights look on the page. Palettes are fixed pairs checked for contrast in light and dark. */
export const HIGHLIGHT_STYLES = ["underline", "background", "outline"] as const;
export const HIGHLIGHT_PALETTES = ["amber", "teal", "violet", "rose"] as const;
export interface HighlightLook {
  style: (typeof HIGHLIGHT_STYLES)[number];
  palette: (typeof HIGHLIGHT_PALETTES)[number];
}
export const highlightSetting = defineSetting<HighlightLook>("local:highlight", {
  fallback: { style: "underline", palette: "amber" },
  version: 1,
  schema: v.object({ style: v.picklist(HIGHLIGHT_STYLES), palette: v.picklist(HIGHLIGHT_PALETTES) }),
});

/** Colour theme of the popup, options page and popovers; "auto" follows the system. */
export const THEMES = ["auto", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const themeSetting = defineSetting<Theme>("local:theme", {
  fallback: "auto",
  version: 1,
  schema: v.picklist(THEMES),
});

/** Interface language; "auto" follows the browser's UI language (French if it starts with "fr"). */
export const LANGUAGES = ["auto", "en", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSetting = defineSetting<Language>("local:language", {
  fallback: "auto",
  version: 1,
  schema: v.picklist(LANGUAGES),
});

/** "Check the article's numbers": compare figures claimed in the article with official data. */
export const checkClaimsSetting = defineSetting<boolean>("local:checkClaims", {
  fallback: true,
  version: 1,
  schema: v.boolean(),
});

/** The reader's settings, in the order the export file lists them. */
export const READER_SETTINGS = {
  enabled: enabledSetting,
  siteOverrides: siteOverridesSetting,
  siteHighlightModes: siteHighlightModesSetting,
  sites: siteListSetting,
  hiddenSources: hiddenSourcesSetting,
  liveRefresh: liveRefreshSetting,
  customFeeds: customFeedsSetting,
  highlight: highlightSetting,
  theme: themeSetting,
  language: languageSetting,
  checkClaims: checkClaimsSetting,
} as const;
export type ReaderSettings = { [K in keyof typeof READER_SETTINGS]: (typeof READER_SETTINGS)[K]["fallback"] };

// ── Data state (the background alone writes; popup and options read) ────────────────────────

/** Outcome of the last attempt to fetch something remote. */
export interface FetchStatus {
  lastAttempt: string | null;
  lastSuccess: string | null;
  /** A sentence for the reader, from the last failed attempt; null after a success. */
  lastError: string | null;
}
const FetchStatusSchema = v.object({
  lastAttempt: v.nullable(Timestamp),
  lastSuccess: v.nullable(Timestamp),
  lastError: v.nullable(v.pipe(v.string(), v.maxLength(500))),
});
const NO_FETCH: FetchStatus = { lastAttempt: null, lastSuccess: null, lastError: null };

/** Status of the GOV.UK refresh. */
export const govukStatusState = defineSetting<FetchStatus>("local:govukStatus", {
  fallback: NO_FETCH,
  version: 1,
  schema: FetchStatusSchema,
});

/**
 * The newest validated official data imported from GOV.UK (replaces the bundled series when
 * newer). `series` is checked again with the data layer's schema when read.
 */
export interface OfficialImport {
  /** Release date of the spreadsheet (YYYY-MM-DD). */
  release: string;
  /** Last date the data covers (YYYY-MM-DD). */
  asOf: string;
  fetchedAt: string;
  /** The attachment the series came from. */
  sourceUrl: string;
  series: unknown;
}
const IsoDate = v.pipe(v.string(), v.isoDate());
export const officialImportState = defineSetting<OfficialImport | null>("local:officialImport", {
  fallback: null,
  version: 1,
  schema: v.nullable(
    v.object({ release: IsoDate, asOf: IsoDate, fetchedAt: Timestamp, sourceUrl: v.string(), series: v.unknown() }),
  ) as v.GenericSchema<OfficialImport | null>,
});

/** Status of each custom feed, keyed by feed id. */
export const feedStatusState = defineSetting<Record<string, FetchStatus>>("local:feedStatus", {
  fallback: {},
  version: 1,
  schema: v.record(FeedIdSchema, FetchStatusSchema),
});

/** Last good content of each custom feed, keyed by feed id; validated again when read. */
export interface FeedCacheEntry {
  fetchedAt: string;
  feed: unknown;
}
export const feedCacheState = defineSetting<Record<string, FeedCacheEntry>>("local:feedCache", {
  fallback: {},
  version: 1,
  schema: v.record(FeedIdSchema, v.object({ fetchedAt: Timestamp, feed: v.unknown() })) as v.GenericSchema<
    Record<string, FeedCacheEntry>
  >,
});

/** Notices for the reader, e.g. "Your site list was unreadable and has been reset." */
export const noticesState = defineSetting<string[]>("local:notices", {
  fallback: [],
  version: 1,
  schema: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(20)),
});

/**
 * Test hook, read only by the e2e build (`import.meta.env.MODE === "e2e"`): the Content API
 * address of a fake GOV.UK on 127.0.0.1. Release builds never read it.
 */
export const e2eGovukUrlState = defineSetting<string | null>("local:e2eGovukUrl", {
  fallback: null,
  version: 1,
  schema: v.nullable(v.pipe(v.string(), v.regex(/^http:\/\/(127\.0\.0\.1|localhost):\d+\//))),
});

/**
 * Test hook, read only by the e2e build: the popover host is `<tidemark-popover>` with an open shadow
 * root, so end-to-end tests can look inside the card. Release builds (and the e2e build while this is
 * false) use a host name drawn at random per page and a closed shadow root (issue 14, row 5).
 */
export const e2eInspectablePopoverState = defineSetting<boolean>("local:e2eInspectablePopover", {
  fallback: true,
  version: 1,
  schema: v.boolean(),
});

/**
 * E2E build only: when true, the content script does not ask the background to read a page's text, and
 * reads it itself with the reader kit, as it does when the background cannot answer (issue 15). Release
 * builds never read it.
 */
export const e2eReadOnPageState = defineSetting<boolean>("local:e2eReadOnPage", {
  fallback: false,
  version: 1,
  schema: v.boolean(),
});

/** Every declared item, for repair and tests. */
export const ALL_SETTINGS: readonly Setting<unknown>[] = [
  ...Object.values(READER_SETTINGS),
  govukStatusState,
  officialImportState,
  feedStatusState,
  feedCacheState,
  noticesState,
  e2eGovukUrlState,
  e2eInspectablePopoverState,
  e2eReadOnPageState,
] as Setting<unknown>[];

/** What each reader setting is called in notices and the export file's errors. */
export const SETTING_LABELS: Record<keyof ReaderSettings, string> = {
  enabled: "Highlighting on/off",
  siteOverrides: "Per-site switches",
  siteHighlightModes: "How to highlight on each site",
  sites: "Site list",
  hiddenSources: "Sources shown in popovers",
  liveRefresh: "Live refresh",
  customFeeds: "Custom feeds",
  highlight: "Highlight style",
  theme: "Theme",
  language: "Language",
  checkClaims: "Check the article's numbers",
};

/**
 * Resets every stored value that does not match its schema and records a notice for each
 * reader setting reset (issue #8: corrupt settings reset to defaults with a notice, no crash).
 * Called by the background at start-up; returns the keys reset.
 */
export async function repairSettings(): Promise<string[]> {
  const reset: string[] = [];
  const labels = new Map<string, string>(
    Object.entries(READER_SETTINGS).map(([name, s]) => [s.key, SETTING_LABELS[name as keyof ReaderSettings]]),
  );
  for (const setting of ALL_SETTINGS) {
    const raw = await storage.getItem(setting.key);
    if (raw == null || setting.isValid(raw)) continue;
    await setting.removeValue();
    reset.push(setting.key);
  }
  const notices = reset.flatMap((key) => {
    const label = labels.get(key);
    return label ? [`${label} could not be read and was reset to its default.`] : [];
  });
  if (notices.length) await noticesState.setValue([...(await noticesState.getValue()), ...notices].slice(-20));
  return reset;
}
