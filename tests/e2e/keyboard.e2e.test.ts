import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPopupFor } from "./controls-helpers";
import { loadOfficialData } from "./hardening-helpers";
import { MARKS, waitForPopover } from "./page-helpers";
import { launchChromium, withPage, type ChromiumExtensionBrowser, type TestPage } from "./support/harness";
import { startServer, type TestServer } from "./support/server";

// Issue 8, "Accessibility": a keyboard-only path popup → page → popover → source link. No click, no hover:
// Tab, Enter and Escape only. Chromium (Playwright can tell a new tab opened); the source link's tab is
// answered by a stub, so nothing leaves 127.0.0.1.

const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;
const ARTICLE = "/pages/page-static.html";

/** Presses Tab until `matches` holds for the focused element (looking inside open shadow roots). */
async function tabUntil(page: TestPage, what: "reveal" | "source-link", max = 40): Promise<string[]> {
  const visited: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.press("Tab");
    const focused = await page.evaluate((kind) => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el) return { hit: false, label: "(none)" };
      const label = `${el.localName}${el.getAttribute("data-reveal") ? `[data-reveal=${el.getAttribute("data-reveal")}]` : ""}${el.getAttribute("href") ? `[href=${el.getAttribute("href")}]` : ""}`;
      const hit = kind === "reveal"
        ? el.hasAttribute("data-reveal")
        : el.localName === "a" && !!el.closest(".tm-sources") && el.getAttribute("target") === "_blank";
      return { hit, label };
    }, what);
    visited.push(focused.label);
    if (focused.hit) return visited;
  }
  throw new Error(`Tab never reached ${what}; focus went through: ${visited.join(" → ")}`);
}

describe("keyboard only: popup → page → popover → source link (Chromium)", () => {
  let browser: ChromiumExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(FIXTURES);
    browser = await launchChromium();
    // Source links point at real publishers: answer them locally instead of going out.
    await browser.context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>source</title>" }));
    await loadOfficialData(browser, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("reaches a source link and opens it in a new tab with the keyboard alone", async () => {
    const url = server.url(ARTICLE);
    await withPage(await browser.newPage(url), "chromium-keyboard-article", async (article) => {
      await article.waitFor(MARKS);
      // 1. Popup: Tab to the first finding, Enter.
      await withPage(await openPopupFor(browser, url), "chromium-keyboard-popup", async (popup) => {
        await popup.waitFor("[data-reveal]");
        await tabUntil(popup, "reveal");
        await popup.press("Enter");
        // 2. Page: the highlight is focused and its popover open.
        await waitForPopover(article);
        const focused = await article.evaluate(() => document.activeElement?.matches("tidemark-mark[data-tidemark]") ?? false);
        expect(focused).toBe(true);
      });
      // 3. Popover: Tab moves into it and on to a source link; Enter opens the source in a new tab.
      await article.waitForFunction(() => !!document.querySelector("tidemark-popover")?.shadowRoot?.querySelector(".tm-sources a"));
      await tabUntil(article, "source-link");
      const opened = browser.context.waitForEvent("page");
      await article.press("Enter");
      const tab = await opened;
      expect(tab.url()).toMatch(/^https:\/\//);
      await tab.close();
      // 4. Escape closes the popover and gives focus back to the highlight.
      await article.press("Escape");
      await article.waitForFunction(() => !document.querySelector("tidemark-popover")?.shadowRoot?.querySelector(".tm-panel"));
      expect(await article.evaluate(() => document.activeElement?.matches("tidemark-mark[data-tidemark]") ?? false)).toBe(true);
    });
  });
});
