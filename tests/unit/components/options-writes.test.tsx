// @vitest-environment jsdom
import { render } from "preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { OptionsApp } from "../../../entrypoints/options/App";
import { customFeedsSetting, siteListSetting, type CustomFeed } from "../../../platform/settings";

// Issue 14, row 7: the options page writes functions of the value stored now, not of the value it
// rendered. "Allow access" waits for a feed refresh (up to 15 s) and used to save the list it had
// captured before it: a feed removed meanwhile (in another window, or by the reader) came back.

const FEED: CustomFeed = { id: "feed-stalewrite1", url: "https://feeds.example/f.json", name: "Feed", enabled: true, addedAt: "2026-11-01T00:00:00.000Z" };
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => unknown): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await tick(5);
  if (!check()) throw new Error("timed out");
}

describe("options page writes", () => {
  let finishRefresh: () => void;
  let root: HTMLElement;
  beforeEach(async () => {
    fakeBrowser.reset();
    const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
    let granted = false;
    b.permissions!.contains = vi.fn(async () => granted);
    b.permissions!.request = vi.fn(async () => (granted = true));
    b.permissions!.remove = vi.fn(async () => true);
    // Options › About shows the version from the manifest.
    b.runtime!.getManifest = vi.fn(() => ({ version: "0.1.0" }));
    // The background: dataStatus answers at once; refreshFeed only when the test says so.
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const type = (message as { type: string }).type;
      if (type === "refreshFeed") return new Promise((resolve) => (finishRefresh = () => resolve({ ok: true })));
      if (type === "dataStatus") return Promise.resolve(null);
      return undefined;
    });
    root = document.createElement("div");
    document.body.replaceChildren(root);
  });
  // Unmount, then let Preact's scheduled effects run while the test's window still exists.
  afterEach(async () => {
    render(null, root);
    await tick(150); // Preact falls back to a 100 ms timer for effects after paint
  });

  it("“Allow access” does not bring back a feed removed while its refresh was running", async () => {
    await customFeedsSetting.setValue([FEED]);
    render(<OptionsApp />, root);
    await until(() => [...root.querySelectorAll("button")].some((b) => b.textContent === "Allow access"));
    [...root.querySelectorAll("button")].find((b) => b.textContent === "Allow access")!.click();
    await until(() => typeof finishRefresh === "function");
    // Meanwhile the feed is removed (another options window, or the reader's own click).
    await customFeedsSetting.setValue([]);
    finishRefresh();
    await tick(50);
    expect(await customFeedsSetting.getValue()).toEqual([]);
  });

  it("adding a site keeps a site list change made while the permission prompt was open", async () => {
    let answerPrompt: (granted: boolean) => void = () => undefined;
    (fakeBrowser as unknown as { permissions: { request: unknown } }).permissions.request = vi.fn(() => new Promise((r) => (answerPrompt = r)));
    render(<OptionsApp />, root);
    await until(() => root.querySelector("#site-input"));
    root.querySelector<HTMLInputElement>("#site-input")!.value = "nice-matin.com";
    root.querySelector<HTMLFormElement>("#site-input")!.form!.requestSubmit();
    await tick(10);
    await siteListSetting.setValue({ added: [], removed: ["bbc.co.uk"], everySite: false });
    answerPrompt(true);
    await tick(50);
    expect(await siteListSetting.getValue()).toEqual({ added: ["nice-matin.com"], removed: ["bbc.co.uk"], everySite: false });
  });
});
