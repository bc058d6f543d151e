import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import {
  ALL_SETTINGS, enabledSetting, highlightSetting, noticesState, readSettings, repairSettings, siteListSetting, siteOverridesSetting,
  watchSettings,
} from "../../../platform/settings";

describe("settings", () => {
  beforeEach(() => fakeBrowser.reset());

  it("every setting reads as its fallback when nothing is stored", async () => {
    for (const s of ALL_SETTINGS) expect(await s.getValue()).toEqual(s.fallback);
  });

  it("every fallback is valid for its own schema", () => {
    for (const s of ALL_SETTINGS) expect(s.isValid(s.fallback), s.key).toBe(true);
  });

  it("a stored value that does not match the schema reads as the fallback", async () => {
    await fakeBrowser.storage.local.set({ sites: { added: ["<script>"], removed: [], everySite: false } });
    expect(await siteListSetting.getValue()).toEqual(siteListSetting.fallback);
    await fakeBrowser.storage.local.set({ highlight: "neon" });
    expect(await highlightSetting.getValue()).toEqual({ style: "underline", palette: "amber" });
  });

  it("readSettings reads what getValue reads, in one request", async () => {
    expect(await readSettings(ALL_SETTINGS)).toEqual(ALL_SETTINGS.map((s) => s.fallback));
    await fakeBrowser.storage.local.set({ enabled: false, highlight: "neon", siteOverrides: { "example.com": false } });
    const expected = await Promise.all(ALL_SETTINGS.map((s) => s.getValue()));
    expect(await readSettings(ALL_SETTINGS)).toEqual(expected);
    expect(await readSettings([enabledSetting, highlightSetting, siteOverridesSetting] as const))
      .toEqual([false, { style: "underline", palette: "amber" }, { "example.com": false }]);
  });

  it("readSettings reads a value stored at another version as the item does", async () => {
    await fakeBrowser.storage.local.set({ enabled: false, enabled$: { v: 2 } });
    // WXT refuses to migrate a downgrade and reads the value as stored; readSettings checks it against the schema.
    expect(await readSettings([enabledSetting] as const)).toEqual([await enabledSetting.getValue()]);
  });

  it("setValue refuses an invalid value", async () => {
    await expect(siteOverridesSetting.setValue({ "Not A Host!": true })).rejects.toThrow(/siteOverrides/);
  });

  it("watch delivers validated values", async () => {
    const seen: boolean[] = [];
    const unwatch = enabledSetting.watch((v) => seen.push(v));
    await enabledSetting.setValue(false);
    await fakeBrowser.storage.local.set({ enabled: "yes" });
    unwatch();
    expect(seen).toEqual([false, true]);
  });

  it("watchSettings follows several settings with one listener, each value checked like watch()'s", async () => {
    const seen: [number, unknown][] = [];
    const unwatch = watchSettings([enabledSetting, highlightSetting] as const, (i, v) => seen.push([i, v]));
    await enabledSetting.setValue(false);
    await highlightSetting.setValue({ style: "outline", palette: "teal" });
    await fakeBrowser.storage.local.set({ highlight: "neon" }); // invalid: the fallback
    await fakeBrowser.storage.local.set({ enabled: false }); // the same value again: not a change
    await fakeBrowser.storage.local.set({ siteOverrides: { "example.com": false } }); // not followed here
    await fakeBrowser.storage.local.remove("enabled"); // removed: the fallback
    unwatch();
    await enabledSetting.setValue(false);
    expect(seen).toEqual([
      [0, false],
      [1, { style: "outline", palette: "teal" }],
      [1, highlightSetting.fallback],
      [0, true],
    ]);
  });

  it("repairSettings resets corrupt values and leaves a notice for reader settings", async () => {
    await fakeBrowser.storage.local.set({ sites: 42, enabled: false, feedCache: "x" });
    const reset = await repairSettings();
    expect(reset.sort()).toEqual(["local:feedCache", "local:sites"]);
    expect(await fakeBrowser.storage.local.get("sites")).toEqual({});
    expect(await enabledSetting.getValue()).toBe(false);
    expect(await noticesState.getValue()).toEqual(["Site list could not be read and was reset to its default."]);
  });

  it("reads a value stored by the foundation build (version 1, no version metadata)", async () => {
    await fakeBrowser.storage.local.set({ enabled: false });
    expect(await enabledSetting.getValue()).toBe(false);
  });

  it("every setting is at version 1 with a migrations map (no earlier versions exist yet)", () => {
    for (const s of ALL_SETTINGS) expect(s.version, s.key).toBe(1);
  });

  it("a value from a newer Tidemark that this version cannot read falls back and is repaired", async () => {
    await fakeBrowser.storage.local.set({ highlight: { style: "wavy", palette: "amber", width: 3 }, highlight$: { v: 2 } });
    expect(await highlightSetting.getValue()).toEqual(highlightSetting.fallback);
    expect(await repairSettings()).toContain("local:highlight");
  });
});
