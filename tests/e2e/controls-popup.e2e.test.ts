import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, withPage, type ExtensionBrowser } from "./support/harness";
import { startServer, type TestServer } from "./support/server";
import { FIXTURES, badgeText, openPopupFor, storageSet, tabIdOf, textOf } from "./controls-helpers";
import { MARKS, waitForPopover } from "./page-helpers";

const ARTICLE = "/pages/page-static.html";

describe.each(["chromium", "firefox"] as const)("controls: popup in %s", (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(FIXTURES);
    browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const count = (page: Parameters<Parameters<typeof withPage>[2]>[0]) =>
    page.evaluate((sel: string) => document.querySelectorAll(sel).length, MARKS);
  // One highlight may span several mark elements (split across inline elements): count ids.
  const highlights = (page: Parameters<Parameters<typeof withPage>[2]>[0]) =>
    page.evaluate((sel: string) => new Set([...document.querySelectorAll(sel)].map((el) => el.getAttribute("data-id"))).size, MARKS);

  it("the global switch removes and restores highlights live", async () => {
    const url = server.url(ARTICLE);
    await withPage(await browser.newPage(url), `${name}-popup-global`, async (article) => {
      await article.waitFor(MARKS);
      const before = await count(article);
      expect(before).toBeGreaterThan(0);
      await withPage(await openPopupFor(browser, url), `${name}-popup-global-popup`, async (popup) => {
        await popup.waitFor("[data-reveal]");
        await popup.click("header input[role=switch]");
        await article.waitForFunction((sel: string) => document.querySelectorAll(sel).length === 0, MARKS);
        await popup.click("header input[role=switch]");
        await article.waitForFunction((n: number) => document.querySelectorAll("tidemark-mark[data-tidemark]").length === n, before);
      });
    });
  });

  it("the per-site switch turns this site off and on", async () => {
    const url = server.url(ARTICLE);
    await withPage(await browser.newPage(url), `${name}-popup-site`, async (article) => {
      await article.waitFor(MARKS);
      await withPage(await openPopupFor(browser, url), `${name}-popup-site-popup`, async (popup) => {
        const label = await popup.evaluate(() => document.querySelectorAll("header label.switch")[1]?.textContent ?? "");
        expect(label).toContain("127.0.0.1");
        await popup.click("header label.switch:nth-of-type(2) input");
        await article.waitForFunction((sel: string) => document.querySelectorAll(sel).length === 0, MARKS);
        await popup.click("header label.switch:nth-of-type(2) input");
        await article.waitFor(MARKS);
      });
    });
    await storageSet(browser, { siteOverrides: {} });
  });

  it("the badge shows the number of highlights on the tab", async () => {
    const url = server.url(ARTICLE);
    await withPage(await browser.newPage(url), `${name}-popup-badge`, async (article) => {
      await article.waitFor(MARKS);
      const n = await highlights(article);
      const id = await tabIdOf(browser, url);
      let text = "";
      for (let i = 0; i < 50 && text !== String(n); i += 1) {
        text = await badgeText(browser, id);
        if (text !== String(n)) await new Promise((r) => setTimeout(r, 100));
      }
      expect(text).toBe(String(n));
    });
  });

  it("lists findings by topic; clicking one scrolls to it and opens its popover", async () => {
    const url = server.url(ARTICLE);
    await withPage(await browser.newPage(url), `${name}-popup-reveal`, async (article) => {
      await article.setViewport(1280, 300);
      await article.waitFor(MARKS);
      await withPage(await openPopupFor(browser, url), `${name}-popup-reveal-popup`, async (popup) => {
        await popup.waitFor("[data-reveal]");
        expect(await textOf(popup, ".found")).toMatch(/On this page/);
        const ids = await popup.evaluate(() => [...document.querySelectorAll("[data-reveal]")].map((b) => b.getAttribute("data-reveal")!));
        const last = ids[ids.length - 1]!;
        await popup.click(`[data-reveal="${last}"]`);
        await waitForPopover(article);
        // Scrolling may be smooth: wait until the highlight is in the viewport.
        await article.waitForFunction((id: string) => {
          const r = document.querySelector(`tidemark-mark[data-id="${id}"]`)?.getBoundingClientRect();
          return !!r && r.top >= 0 && r.bottom <= innerHeight;
        }, last);
      });
    });
  });
});
