import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, withPage, type ExtensionBrowser } from "./support/harness";
import { startServer, type TestServer } from "./support/server";
import { FIXTURES, fakeGovuk, storageSet, tabIdOf, toBackground } from "./controls-helpers";
import { MARKS } from "./page-helpers";

// Screenshots of the popup and options page, light and dark, in test-results/ for review
// (good ones are copied to docs/screenshots/). Chromium only: the images are for people.
const OUT = new URL("../../test-results/screenshots/", import.meta.url).pathname;

describe("controls: screenshots (chromium)", () => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await startServer(FIXTURES);
    const govuk = fakeGovuk(server);
    govuk.serve("2026-08-21");
    browser = await launchBrowser("chromium");
    await storageSet(browser, {
      e2eGovukUrl: govuk.contentUrl,
      // One chosen highlight mode, so the options page shows its list (not the fixture page's host).
      siteHighlightModes: { "lemonde.fr": "ranges" },
      customFeeds: [{ id: "feed-screenshot01", url: server.url("/feeds/good-feed.json"), name: "Test feed: Channel figures", enabled: true, addedAt: new Date().toISOString() }],
    });
    await toBackground(browser, "refreshNow");
    await toBackground(browser, "refreshFeed", { id: "feed-screenshot01" });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(["light", "dark"] as const)("popup and options in %s", async (scheme) => {
    const url = server.url("/pages/page-static.html");
    await withPage(await browser.newPage(url), `screens-${scheme}`, async (article) => {
      await article.waitFor(MARKS);
      const id = await tabIdOf(browser, url);
      await withPage(await browser.openExtensionPage(`popup.html?tab=${id}`), `screens-popup-${scheme}`, async (popup) => {
        await popup.emulateColorScheme(scheme);
        await popup.setViewport(360, 560);
        await popup.waitFor("[data-reveal]");
        await popup.waitFor("[data-testid=freshness]");
        await popup.screenshot(`${OUT}popup-${scheme}.png`);
      });
      await withPage(await browser.openExtensionPage("options.html"), `screens-options-${scheme}`, async (options) => {
        await options.emulateColorScheme(scheme);
        await options.setViewport(900, 3000);
        await options.waitFor("[data-testid=options-freshness]");
        await options.screenshot(`${OUT}options-${scheme}.png`);
        expect(await options.evaluate(() => document.title)).toMatch(/Tidemark/);
      });
    });
  });
});
