import { storage, type WxtStorageItem } from "#imports";
import * as v from "valibot";
import * as defs from "./setting-defs";
import type { SettingDef } from "./setting-defs";

/**
 * Every stored value with WXT's item API (issue #6), for the background, the popup and the options page.
 * Popup and options write the reader's settings; the background alone writes the data state. The
 * declarations (key, fallback, version, migrations, schema) and the browser's own reads are in
 * setting-defs.ts, which the content script imports instead: it never writes storage, and WXT's storage
 * is left out of it (issue 15).
 *
 * Each item has a fallback, a version and a migrations map from day one (WXT storage docs:
 * https://wxt.dev/storage.html#versioning-with-migrations), plus a valibot schema: a stored
 * value that does not match (corrupt, hand-edited, written by a newer version) reads as the
 * fallback, and `repairSettings()` (run by the background) resets it and records a notice
 * (issue #8).
 */

export * from "./setting-defs";

/** A stored setting: WXT's item API, with every value read checked against a schema. */
export interface Setting<T> extends SettingDef<T> {
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
}

/** One declaration with WXT's item API. */
function stored<T>(def: SettingDef<T>): Setting<T> {
  const { key, fallback, version, schema, migrations, checked } = def;
  // The item is defined on first use, not at import: WXT starts each item's version check (two reads of
  // its stored value) when it is defined. Every getValue/setValue/watch awaits that check first.
  let defined: WxtStorageItem<T, Record<string, unknown>> | null = null;
  const item = () => (defined ??= storage.defineItem<T>(key, { fallback, version, migrations }));
  const valid = (value: T): T => {
    const parsed = v.safeParse(schema, value);
    if (!parsed.success) throw new Error(`Invalid value for ${key}: ${v.summarize(parsed.issues)}`);
    return value;
  };
  return {
    ...def,
    getValue: async () => checked(await item().getValue()),
    setValue: async (value) => item().setValue(valid(value)),
    update: async (change) => {
      const next = valid(change(checked(await item().getValue())));
      await item().setValue(next);
      return next;
    },
    removeValue: () => item().removeValue(),
    watch: (cb) => item().watch((next) => cb(checked(next))),
  };
}

export const enabledSetting = stored(defs.enabledSetting);
export const siteOverridesSetting = stored(defs.siteOverridesSetting);
export const siteHighlightModesSetting = stored(defs.siteHighlightModesSetting);
export const siteListSetting = stored(defs.siteListSetting);
export const hiddenSourcesSetting = stored(defs.hiddenSourcesSetting);
export const liveRefreshSetting = stored(defs.liveRefreshSetting);
export const customFeedsSetting = stored(defs.customFeedsSetting);
export const highlightSetting = stored(defs.highlightSetting);
export const themeSetting = stored(defs.themeSetting);
export const languageSetting = stored(defs.languageSetting);
export const checkClaimsSetting = stored(defs.checkClaimsSetting);
export const govukStatusState = stored(defs.govukStatusState);
export const officialImportState = stored(defs.officialImportState);
export const feedStatusState = stored(defs.feedStatusState);
export const feedCacheState = stored(defs.feedCacheState);
export const noticesState = stored(defs.noticesState);
export const e2eGovukUrlState = stored(defs.e2eGovukUrlState);
export const e2eInspectablePopoverState = stored(defs.e2eInspectablePopoverState);
export const e2eReadOnPageState = stored(defs.e2eReadOnPageState);

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
  // Each item migrated first (WXT migrates an item when it is defined): the content script reads a value
  // stored at an older version as the fallback until then (setting-defs.ts, readSettings).
  await Promise.all(ALL_SETTINGS.map((s) => s.getValue()));
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
