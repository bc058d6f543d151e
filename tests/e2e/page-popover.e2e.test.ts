import { mkdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS_DIR } from "./support/browsers";
import { withPage, type TestPage } from "./support/harness";
import { MARKS, errors, popoverText, setStorage, useBrowser, waitForPopover } from "./page-helpers";

/** Waits until the open popover shows a card (not its loading state). */
function waitForCard(page: TestPage): Promise<void> {
  return page.waitForFunction(() => !!document.querySelector("tidemark-popover")?.shadowRoot?.querySelector(".tm-fresh"), undefined, 10_000);
}

describe.each(["chromium", "firefox"] as const)("in-page: popover content in %s", (name) => {
  const ctx = useBrowser(name);
  beforeAll(() => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });

  it("a mention's popover shows the figures as of the article's date, the latest data, sources and freshness", async () => {
    await withPage(await ctx.browser.newPage(ctx.server.url("/pages/page-static.html")), `${name}-popover-mention`, async (page) => {
      await page.waitFor("#p1 " + MARKS);
      await page.hover("#p1 " + MARKS);
      await waitForPopover(page);
      await waitForCard(page);
      const text = (await popoverText(page))!;
      // The article is dated 8 July 2025: the data it could quote runs to 7 July 2025.
      expect(text).toContain("2025 so far");
      expect(text).toContain("Whole of 2025");
      expect(text).toContain("41,472");
      expect(text).toMatch(/Home Office data to \d+ \w+ 20\d\d/);
      const links = await page.evaluate(() =>
        [...document.querySelector("tidemark-popover")!.shadowRoot!.querySelectorAll(".tm-sources a")].map((a) => [a.getAttribute("target"), a.getAttribute("href")]));
      expect(links.length).toBeGreaterThan(0);
      for (const [target, href] of links) {
        expect(target).toBe("_blank");
        expect(href).toMatch(/^https:\/\//);
      }
      expect(errors(page)).toEqual([]);
    });
  });

  it("a claim carries a verdict and its popover explains it", async () => {
    await withPage(await ctx.browser.newPage(ctx.server.url("/pages/page-static.html")), `${name}-popover-claim`, async (page) => {
      await page.waitForFunction(() => {
        const claim = document.querySelector("#p7 tidemark-mark[data-tidemark=claim]");
        return claim && claim.getAttribute("data-verdict") !== "pending";
      });
      const verdict = await page.evaluate(() => document.querySelector("#p7 tidemark-mark[data-tidemark=claim]")!.getAttribute("data-verdict"));
      expect(["matches", "close", "differs", "disputed", "unverifiable"]).toContain(verdict);
      await page.focus("#p7 tidemark-mark[data-tidemark=claim]");
      await waitForCard(page);
      const claim = await page.evaluate(() => document.querySelector("tidemark-popover")!.shadowRoot!.querySelector(".tm-claim")?.textContent);
      expect(claim).toContain("Nearly 20,000");
    });
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`screenshot of the popover, ${scheme}`, async () => {
      // Chromium follows prefers-color-scheme ("auto"); puppeteer's Firefox (BiDi) cannot emulate it, so
      // there the theme comes from the options, as a reader would set it.
      if (name === "firefox") await setStorage(ctx.browser, { theme: scheme });
      await withPage(await ctx.browser.newPage(), `${name}-popover-${scheme}`, async (page) => {
        await page.setViewport(1100, 1000);
        if (name === "chromium") await page.emulateColorScheme(scheme);
        await page.goto(ctx.server.url(`/pages/page-static.html?scheme=${scheme}`));
        await page.waitFor("#p7 tidemark-mark[data-tidemark=claim]");
        await page.focus("#p7 tidemark-mark[data-tidemark=claim]");
        await waitForCard(page);
        await new Promise((r) => setTimeout(r, 300));
        const theme = await page.evaluate(() => document.querySelector("tidemark-popover")!.getAttribute("data-theme"));
        expect(theme).toBe(name === "firefox" ? scheme : "auto");
        await page.screenshot(`${ARTIFACTS_DIR}popover-${name}-${scheme}.png`);
      }).finally(() => (name === "firefox" ? setStorage(ctx.browser, { theme: "auto" }) : undefined));
    });
  }

  it("narrow screens get a bottom sheet", async () => {
    await withPage(await ctx.browser.newPage(), `${name}-popover-sheet`, async (page) => {
      await page.setViewport(390, 800);
      await page.goto(ctx.server.url("/pages/page-static.html"));
      await page.waitFor("#p1 " + MARKS);
      await page.click("#p1 " + MARKS);
      await waitForCard(page);
      await new Promise((r) => setTimeout(r, 400)); // let the sheet's entry animation finish
      const layout = await page.evaluate(() => {
        const host = document.querySelector("tidemark-popover")!;
        const r = host.shadowRoot!.querySelector(".tm-panel")!.getBoundingClientRect();
        return { layout: host.getAttribute("data-layout"), bottom: Math.round(r.bottom), width: Math.round(r.width), vh: innerHeight, vw: innerWidth };
      });
      expect(layout.layout).toBe("sheet");
      expect(layout.bottom).toBe(layout.vh);
      expect(layout.width).toBe(layout.vw);
      await page.screenshot(`${ARTIFACTS_DIR}popover-${name}-sheet.png`);
    });
  });
});
