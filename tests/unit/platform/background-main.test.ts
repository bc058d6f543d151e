import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { startBackground } from "../../../platform/background-main";
import { fakeBackgroundApis } from "./fake-background";
import { liveRefreshSetting, noticesState } from "../../../platform/settings";

/** Polls until `check` returns a truthy value (background work is fire-and-forget). */
async function until<T>(check: () => Promise<T>): Promise<T> {
  for (let i = 0; i < 100; i += 1) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("timed out");
}

describe("background start-up", () => {
  beforeEach(() => {
    fakeBackgroundApis(false);
    vi.stubGlobal("fetch", vi.fn(async () => { throw new TypeError("offline in tests"); }));
  });

  it("schedules the refresh alarm from the setting and follows its changes", async () => {
    startBackground();
    const alarm = await until(async () => fakeBrowser.alarms.get("tidemark-refresh"));
    expect(alarm).toMatchObject({ periodInMinutes: 24 * 60 });
    // Never checked yet: the first check is due a minute after start, not a day later.
    expect(alarm!.scheduledTime - Date.now()).toBeLessThanOrEqual(60_000);
    await liveRefreshSetting.setValue({ enabled: true, intervalHours: 6 });
    await until(async () => (await fakeBrowser.alarms.get("tidemark-refresh"))?.periodInMinutes === 360);
    await liveRefreshSetting.setValue({ enabled: false, intervalHours: 6 });
    await until(async () => !(await fakeBrowser.alarms.get("tidemark-refresh")));
  });

  it("resets corrupt settings at start-up and leaves a notice", async () => {
    await fakeBrowser.storage.local.set({ liveRefresh: { enabled: "yes" } });
    startBackground();
    const notices = await until(async () => (await noticesState.getValue()).length > 0 && noticesState.getValue());
    expect(notices).toEqual(["Live refresh could not be read and was reset to its default."]);
  });
});
