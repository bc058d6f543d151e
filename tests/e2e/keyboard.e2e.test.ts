import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPopupFor } from "./controls-helpers";
import { loadOfficialData } from "./hardening-helpers";
import { MARKS, waitForPopover } from "./page-helpers";
import { E2E_BUILD } from "./support/browsers";
import { launchChromium, launchFirefox, withPage, type ExtensionBrowser, type TestPage } from "./support/harness";
import { startRecordingProxy, type RecordingProxy } from "./support/recording-proxy";
import { startServer, type TestServer } from "./support/server";

// Issue 8, "Accessibility": a keyboard-only path popup → page → popover → source link. No click, no hover:
// Tab, Enter and Escape only, in Chromium and Firefox. Nothing leaves 127.0.0.1: Chromium answers the
// source link's tab with a stub; Firefox sends it to a recording proxy that refuses it (no TLS stub).

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

describe.each(["chromium", "firefox"] as const)("keyboard only: popup → page → popover → source link (%s)", (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let proxy: RecordingProxy | undefined;
  beforeAll(async () => {
    server = await startServer(FIXTURES);
    if (name === "chromium") {
      const chromium = await launchChromium();
      // Source links point at real publishers: answer them locally instead of going out.
      await chromium.context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>source</title>" }));
      browser = chromium;
    } else {
      proxy = await startRecordingProxy();
      browser = await launchFirefox(E2E_BUILD.firefox, "light", { proxy: proxy.address });
    }
    await loadOfficialData(browser, server);
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.close();
  });

  it("reaches a source link and opens it in a new tab with the keyboard alone", async () => {
    const url = server.url(ARTICLE);
    await withPage(await browser.newPage(url), `${name}-keyboard-article`, async (article) => {
      await article.waitFor(MARKS);
      // 1. Popup: Tab to the first finding, Enter.
      await withPage(await openPopupFor(browser, url), `${name}-keyboard-popup`, async (popup) => {
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
      const visited = await tabUntil(article, "source-link");
      const href = /\[href=([^\]]+)\]$/.exec(visited.at(-1)!)![1]!;
      const opened = browser.waitForNewTab(/^https:\/\//);
      await article.press("Enter");
      const tab = await opened;
      expect(tab.url).toBe(href);
      await tab.close();
      // Firefox: the proxy saw the tab ask for the source's host (and refused it).
      if (proxy) expect(proxy.requests.map((r) => r.url)).toContain(`https://${new URL(href).host}:443`);
      // 4. Escape closes the popover and gives focus back to the highlight.
      await article.press("Escape");
      await article.waitForFunction(() => !document.querySelector("tidemark-popover")?.shadowRoot?.querySelector(".tm-panel"));
      expect(await article.evaluate(() => document.activeElement?.matches("tidemark-mark[data-tidemark]") ?? false)).toBe(true);
    });
  });
});
