import {
  checkClaimsSetting, enabledSetting, highlightSetting, languageSetting, readSettings, siteHighlightModesSetting, siteListSetting,
  siteOverridesSetting, themeSetting, watchSettings,
} from "../../platform/setting-defs";
import { isActiveOn, siteKey } from "../../platform/site-list";

/**
 * The content script's settings (issue 14, row 5): read in one storage round trip at start, then followed
 * with one storage listener (`watchSettings`, issue 15). One set of defaults (each setting's own fallback,
 * until the read returns) and one rule for "is Tidemark on here" (`isActiveOn`, the one the popup and
 * options use).
 */

const ITEMS = {
  enabled: enabledSetting,
  siteOverrides: siteOverridesSetting,
  sites: siteListSetting,
  siteHighlightModes: siteHighlightModesSetting,
  theme: themeSetting,
  language: languageSetting,
  checkClaims: checkClaimsSetting,
  highlight: highlightSetting,
} as const;

/** The settings the content script uses, by name. */
export type ContentSettings = { -readonly [K in keyof typeof ITEMS]: (typeof ITEMS)[K]["fallback"] };
export type ContentSettingName = keyof ContentSettings;

const NAMES = Object.keys(ITEMS) as ContentSettingName[];

export class SettingsStore {
  private readonly values = Object.fromEntries(NAMES.map((k) => [k, ITEMS[k].fallback])) as ContentSettings;
  private readonly listeners = new Set<(changed: ContentSettingName) => void>();
  private unwatch: (() => void) | null = null;

  /** Reads every setting in one request (started at once, so it can run while the page is gated). */
  static load(): Promise<SettingsStore> {
    const store = new SettingsStore();
    return readSettings(NAMES.map((k) => ITEMS[k])).then((read) => {
      NAMES.forEach((k, i) => Object.assign(store.values, { [k]: read[i] }));
      return store;
    });
  }

  /** The current value of a setting. */
  get<K extends ContentSettingName>(name: K): ContentSettings[K] {
    return this.values[name];
  }

  /** True when Tidemark should highlight on a page with this host name (the global and per-site switches, the site list). */
  activeOn(hostname: string): boolean {
    return isActiveOn(hostname, this.values);
  }

  /** This host's per-site key: the listed site ("bbc.co.uk" for www.bbc.co.uk), else the host itself. */
  siteOf(hostname: string): string {
    return siteKey(hostname, this.values.sites) ?? hostname.toLowerCase();
  }

  /** Starts following changes; `listener` hears the name of each setting that changed, after it is stored here. */
  follow(listener: (changed: ContentSettingName) => void): void {
    this.listeners.add(listener);
    this.unwatch ??= watchSettings(NAMES.map((k) => ITEMS[k]), (i, value) => {
      const name = NAMES[i]!;
      Object.assign(this.values, { [name]: value });
      for (const l of this.listeners) l(name);
    });
  }

  /** Stops following. */
  destroy(): void {
    this.unwatch?.();
    this.unwatch = null;
    this.listeners.clear();
  }
}
