import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errors, MARKS, setStorage, useBrowser } from "./page-helpers";
import { isFirefox, withPage } from "./support/harness";

// Issue 8: corrupt stored settings must not crash anything. Every reader setting is overwritten with junk
// in the running extension; the popup, the options page and the content script keep working, reading
// each junk value as its default. (The start-up repair that deletes them and leaves notices is covered by
// tests/unit/platform/settings-hardening.test.ts: restarting an unpacked MV3 extension with
// runtime.reload() leaves it blocked in headless Chromium.) Chromium and Firefox; the junk is written
// from an extension page, as the popup and options write settings.
const JUNK: Record<string, unknown> = {
  enabled: "yes", siteOverrides: "everywhere", sites: 42, hiddenSources: { a: 1 }, liveRefresh: null,
  customFeeds: [{ url: "javascript:alert(1)" }], highlight: "neon", siteHighlightModes: { "127.0.0.1": "paint" }, theme: 7, language: ["fr"], checkClaims: "no",
};

describe.each(["chromium", "firefox"] as const)("corrupt settings in the built extension (%s)", (name) => {
  const ctx = useBrowser(name);

  it("junk in every setting: popup, options and highlights keep working on defaults", async () => {
    await setStorage(ctx.browser, JUNK);
    for (const path of ["popup.html", "options.html"]) {
      await withPage(await ctx.browser.openExtensionPage(path), `${name}-corrupt-${path}`, async (ext) => {
        await ext.waitFor("#app > *");
        // The popup's global switch reads "yes" as its default: on.
        if (path === "popup.html") {
          expect(await ext.evaluate(() => (document.querySelector("input[role=switch]") as HTMLInputElement | null)?.checked)).toBe(true);
        }
        expect(errors(ext)).toEqual([]);
      });
    }
    await withPage(await ctx.browser.newPage(ctx.server.url("/pages/page-static.html")), `${name}-corrupt-article`, async (article) => {
      await article.waitFor(MARKS);
      expect(errors(article)).toEqual([]);
    });
    // Firefox shows no console of extension pages over BiDi: its console service has their errors instead.
    if (isFirefox(ctx.browser)) expect(await ctx.browser.extensionErrors()).toEqual([]);
  });
});
