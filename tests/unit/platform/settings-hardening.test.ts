import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import * as settingsModule from "../../../platform/settings";

// Issue 8, "Privacy and permissions": corrupt or unknown stored settings reset to defaults with a notice
// and no crash; migrations tested from every earlier version.
const { ALL_SETTINGS, READER_SETTINGS, SETTING_LABELS, noticesState, repairSettings } = settingsModule;

/** Values a profile can hold after a crash, a hand edit, another extension's bug or an older/newer build. */
const CORRUPT: [string, unknown][] = [
  ["a string", "<img src=x onerror=alert(1)>"],
  ["a number", 42],
  ["NaN-like", "NaN"],
  ["an empty array", []],
  ["an array of junk", [null, 1, "x", { a: 1 }]],
  ["an object with a polluting key", JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}')],
  ["deep nesting", JSON.parse(`${"[".repeat(500)}${"]".repeat(500)}`)],
  ["a huge array", Array.from({ length: 5_000 }, (_, i) => `host${i}.example`)],
  ["false", false],
];

const readerKeys = Object.keys(READER_SETTINGS) as (keyof typeof READER_SETTINGS)[];
const storageKey = (key: string) => key.replace(/^local:/, "");

/** Imports the settings module afresh, so WXT runs its migrations against what is stored now. */
async function freshSettings(): Promise<typeof settingsModule> {
  vi.resetModules();
  return import("../../../platform/settings");
}

describe("corrupt stored settings", () => {
  beforeEach(() => fakeBrowser.reset());

  const cases = readerKeys.flatMap((name) =>
    CORRUPT.filter(([, value]) => !READER_SETTINGS[name].isValid(value)).map(([label, value]) => [name, label, value] as const));

  it.each(cases)("%s holding %s reads as its default, and repair resets it with a notice", async (name, _label, value) => {
    const setting = READER_SETTINGS[name];
    await fakeBrowser.storage.local.set({ [storageKey(setting.key)]: value });
    expect(await setting.getValue()).toEqual(setting.fallback);
    expect(await repairSettings()).toEqual([setting.key]);
    expect(await fakeBrowser.storage.local.get(storageKey(setting.key))).toEqual({});
    expect(await noticesState.getValue()).toEqual([`${SETTING_LABELS[name]} could not be read and was reset to its default.`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("every setting corrupt at once: each reset, repair is idempotent, notices are capped", async () => {
    const all: Record<string, unknown> = {};
    for (const s of ALL_SETTINGS) all[storageKey(s.key)] = { "Not a key!": "yes" };
    await fakeBrowser.storage.local.set(all);
    expect((await repairSettings()).sort()).toEqual(ALL_SETTINGS.map((s) => s.key).sort());
    for (const s of ALL_SETTINGS) expect(await s.getValue(), s.key).toEqual(s.key === noticesState.key ? expect.any(Array) : s.fallback);
    expect((await noticesState.getValue()).length).toBe(readerKeys.length);
    expect(await repairSettings()).toEqual([]);
    // 30 more resets: the notice list stays within its schema's 20.
    for (let i = 0; i < 3; i++) {
      await fakeBrowser.storage.local.set(Object.fromEntries(readerKeys.map((k) => [storageKey(READER_SETTINGS[k].key), 7])));
      await repairSettings();
    }
    const notices = await noticesState.getValue();
    expect(notices.length).toBe(20);
    expect(noticesState.isValid(notices)).toBe(true);
  });

  it("unknown keys (other versions, other code) are left alone and crash nothing", async () => {
    await fakeBrowser.storage.local.set({ legacyColour: "red", "enabled$$": 1, "": "x", "__proto__": { v: 2 } });
    expect(await repairSettings()).toEqual([]);
    for (const s of ALL_SETTINGS) expect(await s.getValue(), s.key).toEqual(s.fallback);
  });
});

describe("stored versions", () => {
  beforeEach(() => fakeBrowser.reset());

  it("a value written by a newer Tidemark (version meta ahead) does not crash: valid values stay, others reset", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({
      enabled: false, enabled$: { v: 99 },
      theme: "sepia", theme$: { v: 99 }, // a value only a newer version knows
    });
    const s = await freshSettings();
    expect(await s.enabledSetting.getValue()).toBe(false);
    expect(await s.themeSetting.getValue()).toBe("auto");
    expect(await s.repairSettings()).toEqual(["local:theme"]);
    // WXT logs the downgrade once per item instead of throwing.
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining("local:enabled"), expect.stringContaining("local:theme"),
    ]);
  });

  it("garbage version metadata is ignored", async () => {
    await fakeBrowser.storage.local.set({ checkClaims: false, checkClaims$: "x", language: "fr", language$: { v: "two" } });
    const s = await freshSettings();
    expect(await s.checkClaimsSetting.getValue()).toBe(false);
    expect(await s.languageSetting.getValue()).toBe("fr");
  });

  /**
   * Stored values from every earlier version of each setting, and what they must migrate to. A setting
   * whose version goes up must add its old shape here: the test below fails until it does.
   */
  const EARLIER: Record<string, { version: number; stored: unknown; expected: unknown }[]> = {
    // The foundation (0.1.0) stored `enabled` as a bare boolean without version metadata: it reads as v1.
    "local:enabled": [],
  };

  it.each(ALL_SETTINGS.map((s) => [s.key, s] as const))("%s: every earlier version has a migration fixture", async (key, setting) => {
    const fixtures = EARLIER[key] ?? [];
    expect(fixtures.map((f) => f.version).sort()).toEqual(Array.from({ length: setting.version - 1 }, (_, i) => i + 1));
    for (const { version, stored, expected } of fixtures) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ [storageKey(key)]: stored, [`${storageKey(key)}$`]: { v: version } });
      const s = await freshSettings();
      const fresh = s.ALL_SETTINGS.find((x) => x.key === key)!;
      expect(await fresh.getValue()).toEqual(expected);
      expect(fresh.isValid(await fresh.getValue())).toBe(true);
    }
  });

  it("the foundation's storage (bare `enabled`, no metadata) still reads", async () => {
    await fakeBrowser.storage.local.set({ enabled: false });
    const s = await freshSettings();
    expect(await s.enabledSetting.getValue()).toBe(false);
    expect(await s.repairSettings()).toEqual([]);
  });
});
