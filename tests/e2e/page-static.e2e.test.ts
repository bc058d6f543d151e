import { describe, expect, it } from "vitest";
import { withPage } from "./support/harness";
import { MARKS, errors, marks, popoverText, sameAsServed, setStorage, waitForNoPopover, useBrowser, waitForPopover } from "./page-helpers";

describe.each(["chromium", "firefox"] as const)("in-page: static article in %s", (name) => {
  const ctx = useBrowser(name);

  it("highlights mentions in the article only, with the documented attributes", async () => {
    await withPage(await ctx.browser.newPage(ctx.server.url("/pages/page-static.html")), `${name}-static-marks`, async (page) => {
      await page.waitFor(MARKS);
      const found = await marks(page);
      expect(found.length).toBeGreaterThanOrEqual(3);
      for (const m of found) {
        expect(["mention", "claim"]).toContain(m.kind);
        expect(m.topic).toMatch(/^[a-z-]+$/);
        if (m.kind === "claim") expect(m.verdict).toBeTruthy();
      }
      const outside = await page.evaluate(() => ({
        excluded: document.querySelectorAll("code tidemark-mark, form tidemark-mark, [aria-hidden=true] tidemark-mark, aside tidemark-mark, h1 tidemark-mark").length,
        nested: document.querySelectorAll("tidemark-mark tidemark-mark").length,
        p3: document.querySelector("#p3 tidemark-mark")?.textContent,
        input: (document.querySelector("input[name=q]") as HTMLInputElement).value,
      }));
      expect(outside).toEqual({ excluded: 0, nested: 0, p3: "Channel crossings", input: "small boats" });
      expect(errors(page)).toEqual([]);
    });
  });

  it("reads the page itself with the reader kit when the background does not, and draws the same highlights (issue 15)", async () => {
    const seen = async (label: string) => {
      let found: Awaited<ReturnType<typeof marks>> = [];
      await withPage(await ctx.browser.newPage(ctx.server.url("/pages/page-static.html")), `${name}-static-${label}`, async (page) => {
        await page.waitFor(MARKS);
        // Claims come after mentions, and their verdicts after that: wait until every claim has one.
        await page.waitForFunction(() => document.querySelectorAll("tidemark-mark[data-verdict=pending]").length === 0, undefined, 10_000);
        found = (await marks(page)).map((m) => ({ ...m, id: null }));
        expect(errors(page)).toEqual([]);
      });
      return found;
    };
    const byBackground = await seen("read-away");
    await setStorage(ctx.browser, { e2eReadOnPage: true });
    try {
      const onPage = await seen("read-here");
      expect(onPage.some((m) => m.kind === "claim")).toBe(true);
      expect(onPage).toEqual(byBackground);
    } finally {
      await setStorage(ctx.browser, { e2eReadOnPage: false });
    }
  });

  it("opens a popover on hover, keeps it while hovered, closes after leaving", async () => {
    await withPage(await ctx.browser.newPage(ctx.server.url("/pages/page-static.html")), `${name}-static-hover`, async (page) => {
      await page.waitFor("#p1 tidemark-mark");
      await page.hover("#p1 tidemark-mark");
      await waitForPopover(page);
      expect(await popoverText(page)).toMatch(/Tidemark/);
      const expanded = await page.evaluate(() => document.querySelector("#p1 tidemark-mark")?.getAttribute("aria-expanded"));
      expect(expanded).toBe("true");
      // WCAG 1.4.13 hoverable: moving onto the popover keeps it open.
      const panel = await page.evaluate(() => {
        const r = document.querySelector("tidemark-popover")!.shadowRoot!.querySelector(".tm-panel")!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + 40 };
      });
      await page.mouseMove(panel.x, panel.y);
      await new Promise((r) => setTimeout(r, 700));
      expect(await popoverText(page)).not.toBeNull();
      await page.mouseMove(5, 880);
      await waitForNoPopover(page);
    });
  });

  it("opens on keyboard focus, Tab enters it, Escape closes and returns focus to the highlight", async () => {
    await withPage(await ctx.browser.newPage(ctx.server.url("/pages/page-static.html")), `${name}-static-focus`, async (page) => {
      await page.waitFor("#p6 tidemark-mark");
      await page.focus("#p6 tidemark-mark");
      await waitForPopover(page);
      // Tab moves into the popover, so its links and buttons are reachable from the keyboard.
      await page.press("Tab");
      const inside = await page.evaluate(() => document.querySelector("tidemark-popover")!.shadowRoot!.activeElement?.localName);
      expect(inside).toBe("button");
      await page.press("Escape");
      await waitForNoPopover(page);
      const focused = await page.evaluate(() => document.activeElement?.closest("#p6") !== null && document.activeElement?.localName);
      expect(focused).toBe("tidemark-mark");
    });
  });

  it("turning Tidemark off puts the article back exactly as served", async () => {
    await withPage(await ctx.browser.newPage(ctx.server.url("/pages/page-static.html")), `${name}-static-off`, async (page) => {
      await page.waitFor(MARKS);
      expect(await sameAsServed(page, "article")).toBe(false);
      await setStorage(ctx.browser, { enabled: false });
      try {
        await page.waitForFunction(() => !document.querySelector("tidemark-mark"));
        expect(await sameAsServed(page, "article")).toBe(true);
      } finally {
        await setStorage(ctx.browser, { enabled: true });
      }
      await page.waitFor(MARKS);
    });
  });
});
