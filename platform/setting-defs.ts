import { browser } from "#imports";
import * as v from "valibot";

/**
 * Every stored value, declared once (issue #6): its key, fallback, version, migrations and valibot schema,
 * and the browser's own reads of them. A stored value that does not match its schema (corrupt, hand-edited,
 * written by a newer version) reads as the fallback, and `repairSettings()` (settings.ts, run by the
 * background) resets it and records a notice (issue #8).
 *
 * This module does not import WXT's storage: the content script, which runs on every news page, only reads
 * and follows settings, and takes them from here (issue 15: @wxt-dev/storage and its lock were 3.1 KB of its
 * 20 KB gzipped, parsed and run on every page). `settings.ts` gives each of these declarations WXT's item API
 * (getValue, setValue, update, watch, migrations) for the background, the popup and the options page.
 */

/** A stored value's declaration: what it is called, what it reads as, and how a raw value is checked. */
export interface SettingDef<T> {
  readonly key: StorageKey;
  readonly fallback: T;
  readonly version: number;
  readonly schema: v.GenericSchema<T>;
  /** Migrations keyed by target version; each gets the previous version's raw value. */
  readonly migrations: Record<number, (old: any) => unknown>;
  /** True when a raw stored value is valid for this setting. */
  isValid(raw: unknown): raw is T;
  /** What a raw stored value reads as: itself when valid, else the fallback. */
  checked(raw: unknown): T;
}

export type StorageKey = `local:${string}`;

// A setting's key in browser.storage.local (WXT's "local:" prefix taken off), for the browser's own calls.
const localKey = (s: { key: StorageKey }) => s.key.slice("local:".length);

interface SettingOptions<T> {
  fallback: T;
  version: number;
  schema: v.GenericSchema<T>;
  /** Migrations keyed by target version; each gets the previous version's raw value. */
  migrations?: Record<number, (old: any) => unknown>;
}

/**
 * Declares one stored value. Always with a migrations map: WXT only checks the stored version when one is
 * given. Marked free of side effects so that a bundle keeps only the declarations it uses (the content
 * script uses ten of nineteen).
 */
/* @__NO_SIDE_EFFECTS__ */
function declareSetting<T>(key: StorageKey, options: SettingOptions<T>): SettingDef<T> {
  const { fallback, version, schema } = options;
  const isValid = (raw: unknown): raw is T => v.safeParse(schema, raw).success;
  return { key, fallback, version, schema, migrations: options.migrations ?? {}, isValid, checked: (raw) => (isValid(raw) ? raw : fallback) };
}

type Values<S extends readonly SettingDef<unknown>[]> = { -readonly [K in keyof S]: S[K] extends SettingDef<infer T> ? T : never };

/**
 * Reads several settings in one storage round trip (the content script's start-up), each checked against
 * its schema like WXT's `getValue`, whose item first waits for its version check (one more round trip).
 * A value stored at another version reads as the schema allows: WXT's item reads a newer version's value
 * as stored (it only refuses to migrate it), and an older version's is migrated by the background when it
 * starts (`repairSettings`); the migrated value then reaches `watchSettings`.
 */
export async function readSettings<const S extends readonly SettingDef<unknown>[]>(settings: S): Promise<Values<S>> {
  // The browser's own call: WXT's getItems parses and groups each key first, a cost paid on every page load.
  const stored: Record<string, unknown> = await browser.storage.local.get(settings.map(localKey));
  return settings.map((s) => s.checked(stored[localKey(s)] ?? s.fallback)) as Values<S>;
}

/**
 * Follows several settings with one storage listener, calling `cb(i, value)` with each changed setting's new
 * value, checked like `watch()`'s (the fallback when it is removed or invalid). `watch()` on each would define
 * each item, and WXT starts a version check (a storage read) for each item it defines, then adds a listener
 * per item: eight reads and eight listeners on every page the content script runs on (issue 15).
 */
export function watchSettings(settings: readonly SettingDef<unknown>[], cb: (index: number, value: unknown) => void): () => void {
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
export const enabledSetting = declareSetting<boolean>("local:enabled", {
  fallback: true,
  version: 1,
  schema: v.boolean(),
});

/** Per-site on/off, keyed by host name as listed in the site list; absent means "on". */
export const siteOverridesSetting = declareSetting<Record<string, boolean>>("local:siteOverrides", {
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
export const siteHighlightModesSetting = declareSetting<Record<string, SiteHighlightChoice>>("local:siteHighlightModes", {
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
export const siteListSetting = declareSetting<SiteList>("local:sites", {
  fallback: { added: [], removed: [], everySite: false },
  version: 1,
  schema: v.object({ added: HostList, removed: HostList, everySite: v.boolean() }),
});

/** Source ids the reader has hidden from popovers; new sources are shown by default. */
export const hiddenSourcesSetting = declareSetting<string[]>("local:hiddenSources", {
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
export const liveRefreshSetting = declareSetting<LiveRefresh>("local:liveRefresh", {
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
export const customFeedsSetting = declareSetting<CustomFeed[]>("local:customFeeds", {
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
export const highlightSetting = declareSetting<HighlightLook>("local:highlight", {
  fallback: { style: "underline", palette: "amber" },
  version: 1,
  schema: v.object({ style: v.picklist(HIGHLIGHT_STYLES), palette: v.picklist(HIGHLIGHT_PALETTES) }),
});

/** Colour theme of the popup, options page and popovers; "auto" follows the system. */
export const THEMES = ["auto", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const themeSetting = declareSetting<Theme>("local:theme", {
  fallback: "auto",
  version: 1,
  schema: v.picklist(THEMES),
});

/** Interface language; "auto" follows the browser's UI language (French if it starts with "fr"). */
export const LANGUAGES = ["auto", "en", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSetting = declareSetting<Language>("local:language", {
  fallback: "auto",
  version: 1,
  schema: v.picklist(LANGUAGES),
});

/** "Check the article's numbers": compare figures claimed in the article with official data. */
export const checkClaimsSetting = declareSetting<boolean>("local:checkClaims", {
  fallback: true,
  version: 1,
  schema: v.boolean(),
});

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
export const govukStatusState = declareSetting<FetchStatus>("local:govukStatus", {
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
export const officialImportState = declareSetting<OfficialImport | null>("local:officialImport", {
  fallback: null,
  version: 1,
  schema: v.nullable(
    v.object({ release: IsoDate, asOf: IsoDate, fetchedAt: Timestamp, sourceUrl: v.string(), series: v.unknown() }),
  ) as v.GenericSchema<OfficialImport | null>,
});

/** Status of each custom feed, keyed by feed id. */
export const feedStatusState = declareSetting<Record<string, FetchStatus>>("local:feedStatus", {
  fallback: {},
  version: 1,
  schema: v.record(FeedIdSchema, FetchStatusSchema),
});

/** Last good content of each custom feed, keyed by feed id; validated again when read. */
export interface FeedCacheEntry {
  fetchedAt: string;
  feed: unknown;
}
export const feedCacheState = declareSetting<Record<string, FeedCacheEntry>>("local:feedCache", {
  fallback: {},
  version: 1,
  schema: v.record(FeedIdSchema, v.object({ fetchedAt: Timestamp, feed: v.unknown() })) as v.GenericSchema<
    Record<string, FeedCacheEntry>
  >,
});

/** Notices for the reader, e.g. "Your site list was unreadable and has been reset." */
export const noticesState = declareSetting<string[]>("local:notices", {
  fallback: [],
  version: 1,
  schema: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(20)),
});

/**
 * Test hook, read only by the e2e build (`import.meta.env.MODE === "e2e"`): the Content API
 * address of a fake GOV.UK on 127.0.0.1. Release builds never read it.
 */
export const e2eGovukUrlState = declareSetting<string | null>("local:e2eGovukUrl", {
  fallback: null,
  version: 1,
  schema: v.nullable(v.pipe(v.string(), v.regex(/^http:\/\/(127\.0\.0\.1|localhost):\d+\//))),
});

/**
 * Test hook, read only by the e2e build: the popover host is `<tidemark-popover>` with an open shadow
 * root, so end-to-end tests can look inside the card. Release builds (and the e2e build while this is
 * false) use a host name drawn at random per page and a closed shadow root (issue 14, row 5).
 */
export const e2eInspectablePopoverState = declareSetting<boolean>("local:e2eInspectablePopover", {
  fallback: true,
  version: 1,
  schema: v.boolean(),
});

/**
 * E2E build only: when true, the content script does not ask the background to read a page's text, and
 * reads it itself with the reader kit, as it does when the background cannot answer (issue 15). Release
 * builds never read it.
 */
export const e2eReadOnPageState = declareSetting<boolean>("local:e2eReadOnPage", {
  fallback: false,
  version: 1,
  schema: v.boolean(),
});
