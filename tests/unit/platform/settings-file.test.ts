import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { READER_SETTINGS, customFeedsSetting, enabledSetting, siteListSetting, themeSetting } from "../../../platform/settings";
import { applySettings, exportSettings, parseSettingsFile, settingsFileText } from "../../../platform/settings-file";

describe("settings export and import", () => {
  beforeEach(() => fakeBrowser.reset());

  it("round-trips every reader setting", async () => {
    await enabledSetting.setValue(false);
    await themeSetting.setValue("dark");
    await siteListSetting.setValue({ added: ["nice-matin.com"], removed: [], everySite: false });
    await customFeedsSetting.setValue([{ id: "feed-abcdef12", url: "https://example.org/f.json", name: "F", enabled: true, addedAt: "2026-11-01T10:00:00.000Z" }]);
    const text = settingsFileText(await exportSettings(new Date("2026-11-27T00:00:00Z")));
    expect(JSON.parse(text)).toMatchObject({ format: "tidemark-settings", version: 1, exportedAt: "2026-11-27T00:00:00.000Z" });
    fakeBrowser.reset();
    expect(await themeSetting.getValue()).toBe("auto");
    const parsed = parseSettingsFile(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) await applySettings(parsed.settings);
    expect(await enabledSetting.getValue()).toBe(false);
    expect(await themeSetting.getValue()).toBe("dark");
    expect((await siteListSetting.getValue()).added).toEqual(["nice-matin.com"]);
    expect(await customFeedsSetting.getValue()).toHaveLength(1);
    expect(Object.keys(JSON.parse(text).settings).sort()).toEqual(Object.keys(READER_SETTINGS).sort());
  });

  it("keeps settings absent from the file", async () => {
    await themeSetting.setValue("dark");
    const parsed = parseSettingsFile(JSON.stringify({ format: "tidemark-settings", version: 1, settings: { enabled: false } }));
    if (!parsed.ok) throw new Error(parsed.error);
    await applySettings(parsed.settings);
    expect(await themeSetting.getValue()).toBe("dark");
    expect(await enabledSetting.getValue()).toBe(false);
  });

  const file = (settings: unknown, extra: object = {}) => JSON.stringify({ format: "tidemark-settings", version: 1, settings, ...extra });
  it.each([
    ["not JSON", "hello", /not JSON/],
    ["an array", "[]", /not a Tidemark settings file/],
    ["another format", JSON.stringify({ format: "other", version: 1, settings: {} }), /"format" is not "tidemark-settings"/],
    ["a newer version", file({}, { version: 2 }), /newer Tidemark/],
    ["a bad version", file({}, { version: "1" }), /version is missing or invalid/],
    ["no settings", JSON.stringify({ format: "tidemark-settings", version: 1 }), /has no settings/],
    ["an unknown setting", file({ enabled: true, evil: 1 }), /unknown setting “evil”/],
    ["a prototype key", '{"format":"tidemark-settings","version":1,"settings":{"__proto__":{"x":1}}}', /./],
    ["a bad value", file({ theme: "neon" }), /^Theme: /],
    ["a javascript: feed URL", file({ customFeeds: [{ id: "feed-abcdef12", url: "javascript:alert(1)", name: "F", enabled: true, addedAt: "2026-11-01T10:00:00.000Z" }] }), /^Custom feeds: /],
    ["an invalid host", file({ sites: { added: ["<script>"], removed: [], everySite: false } }), /^Site list: /],
    ["a huge file", file({ hiddenSources: ["x".repeat(600_000)] }), /too large/],
  ])("refuses %s and changes nothing", async (_label, text, message) => {
    await themeSetting.setValue("light");
    const parsed = parseSettingsFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
    expect(await themeSetting.getValue()).toBe("light");
  });
});
