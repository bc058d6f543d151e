import { describe, expect, it } from "vitest";
import { withPage, type PageExtensionApi } from "./support/harness";
import { badgeText, browserAndServer, openPopupFor, storageSet, tabIdOf, textOf } from "./controls-helpers";
import { MARKS, waitForPopover } from "./page-helpers";

const ARTICLE = "/pages/page-static.html";

describe.each(["chromium", "firefox"] as const)("controls: popup in %s", (name) => {
  const ctx = browserAndServer(name);

  const count = (page: Parameters<Parameters<typeof withPage>[2]>[0]) =>
    page.evaluate((sel: string) => document.querySelectorAll(sel).length, MARKS);
  // One highlight may span several mark elements (split across inline elements): count ids.
  const highlights = (page: Parameters<Parameters<typeof withPage>[2]>[0]) =>
    page.evaluate((sel: string) => new Set([...document.querySelectorAll(sel)].map((el) => el.getAttribute("data-id"))).size, MARKS);

  it("the global switch removes and restores highlights live", async () => {
    const { browser, server } = ctx;
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
    const { browser, server } = ctx;
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
    await storageSet(ctx.browser, { siteOverrides: {} });
  });

  it("the badge shows the number of highlights on the tab", async () => {
    const { browser, server } = ctx;
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
    const { browser, server } = ctx;
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

describe.each(["chromium", "firefox"] as const)("controls: keyboard only in %s", (name) => {
  const ctx = browserAndServer(name);

  it("the popup's switches and the options page's controls work from the keyboard", async () => {
    const { browser } = ctx;
    const SPACE = name === "firefox" ? " " : "Space"; // puppeteer names the key " ", Playwright "Space"
    await withPage(await browser.openExtensionPage("popup.html"), `${name}-keyboard-popup`, async (popup) => {
      await popup.waitFor("header input[role=switch]");
      await popup.press("Tab");
      expect(await popup.evaluate(() => document.activeElement?.matches("header input[role=switch]"))).toBe(true);
      await popup.press(SPACE);
      await popup.waitForFunction(() => !(document.querySelector("header input[role=switch]") as HTMLInputElement).checked);
      // Read storage from the popup itself: switching pages would move the keyboard focus.
      await popup.waitForFunction(async () => {
        const g = globalThis as unknown as { browser?: PageExtensionApi; chrome: PageExtensionApi };
        return (await (g.browser ?? g.chrome).storage.local.get("enabled")).enabled === false;
      });
      await popup.press(SPACE);
      await popup.waitForFunction(() => (document.querySelector("header input[role=switch]") as HTMLInputElement).checked);
    });
    await withPage(await browser.openExtensionPage("options.html"), `${name}-keyboard-options`, async (options) => {
      await options.waitFor("#interval");
      // Every control is reachable with Tab, in order, with a visible focus outline.
      const stops: string[] = [];
      for (let i = 0; i < 12; i += 1) {
        await options.press("Tab");
        stops.push(await options.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const outline = el ? getComputedStyle(el).outlineStyle : "none";
          return `${el?.tagName.toLowerCase()}${el?.getAttribute("type") ? `[${el.getAttribute("type")}]` : ""}:${outline}`;
        }));
      }
      expect(stops.slice(0, 5).map((s) => s.split(":")[0])).toEqual(["a", "a", "a", "a", "a"]);
      expect(stops.some((s) => s.startsWith("summary"))).toBe(true);
      expect(stops.every((s) => !s.endsWith(":none"))).toBe(true);
    });
  });
});
