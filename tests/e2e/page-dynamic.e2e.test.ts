import { describe, expect, it } from "vitest";
import { withPage } from "./support/harness";
import { MARKS, errors, marks, popoverText, sendToTab, useBrowser, waitForPopover } from "./page-helpers";

describe.each(["chromium", "firefox"] as const)("in-page: dynamic and hostile pages in %s", (name) => {
  const ctx = useBrowser(name);

  it("live blog: every new entry is highlighted within 200 ms", async () => {
    await withPage(await ctx.browser.newPage(ctx.server.url("/pages/page-live.html")), `${name}-live`, async (page) => {
      await page.waitForFunction(() => Object.keys((window as unknown as { markedTimes: object }).markedTimes).length >= 6, undefined, 10_000);
      const delays = await page.evaluate(() => {
        const w = window as unknown as { entryTimes: Record<string, number>; markedTimes: Record<string, number> };
        return Object.keys(w.entryTimes).map((id) => Math.round(w.markedTimes[id]! - w.entryTimes[id]!));
      });
      expect(delays).toHaveLength(6);
      for (const d of delays) expect(d).toBeLessThan(200);
      expect(errors(page)).toEqual([]);
    });
  });

  it("single-page app: a route change re-runs on the new article, and back restores the first", async () => {
    await withPage(await ctx.browser.newPage(ctx.server.url("/pages/page-spa.html")), `${name}-spa`, async (page) => {
      await page.waitFor("article[data-route=one] " + MARKS);
      await page.click("a[data-route=two]");
      await page.waitFor("article[data-route=two] " + MARKS);
      const texts = (await marks(page)).map((m) => m.text);
      expect(texts).toEqual(expect.arrayContaining(["small boats", "Channel crossings"]));
      await page.click("a[data-route=three]");
      await page.waitForFunction(() => document.querySelector("article[data-route=three]") && !document.querySelector("tidemark-mark"));
      await page.evaluate(() => history.back());
      await page.waitFor("article[data-route=two] " + MARKS);
      expect(errors(page)).toEqual([]);
    });
  });

  it("framework re-renders: no ghost text, highlights come back, no console errors", async () => {
    await withPage(await ctx.browser.newPage(ctx.server.url("/pages/page-rerender.html")), `${name}-rerender`, async (page) => {
      await page.waitForFunction(() => (window as unknown as { renders: number }).renders >= 6, undefined, 10_000);
      await page.waitForFunction(() => document.querySelectorAll("#whole tidemark-mark, #parts tidemark-mark").length === 2);
      const state = await page.evaluate(() => {
        const w = window as unknown as { expected(): { whole: string; parts: string } };
        return {
          whole: document.getElementById("whole")!.textContent,
          parts: document.getElementById("parts")!.textContent,
          expected: w.expected(),
        };
      });
      expect(state.whole).toBe(state.expected.whole);
      expect(state.parts).toBe(state.expected.parts);
      expect(errors(page)).toEqual([]);
    });
  });

  it("hostile CSS: highlights stay visible and the popover is above every z-index", async () => {
    await withPage(await ctx.browser.newPage(ctx.server.url("/pages/page-hostile.html")), `${name}-hostile`, async (page) => {
      await page.waitFor("#p1 " + MARKS);
      const look = await page.evaluate(() => {
        const el = document.querySelector("#p1 tidemark-mark")!;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return { display: style.display, width: rect.width, siteMark: document.querySelectorAll("mark tidemark-mark").length };
      });
      expect(look.display).toBe("inline");
      expect(look.width).toBeGreaterThan(10);
      expect(look.siteMark).toBe(0);
      await page.focus("#p1 tidemark-mark");
      await waitForPopover(page);
      const onTop = await page.evaluate(() => {
        const host = document.querySelector("tidemark-popover")!;
        const panel = host.shadowRoot!.querySelector(".tm-panel")!.getBoundingClientRect();
        const hit = document.elementFromPoint(panel.left + panel.width / 2, panel.top + 20);
        return { hit: hit?.localName, width: panel.width };
      });
      expect(onTop).toEqual({ hit: "tidemark-popover", width: expect.any(Number) });
      expect(onTop.width).toBeGreaterThan(200);
    });
  });

  it("French page: highlights and a popover in French", async () => {
    await withPage(await ctx.browser.newPage(ctx.server.url("/pages/page-fr.html")), `${name}-fr`, async (page) => {
      await page.waitFor("#p1 " + MARKS);
      expect((await marks(page))[0]!.text).toBe("petites embarcations");
      await page.focus("#p1 tidemark-mark");
      await waitForPopover(page);
      await page.waitForFunction(() => {
        const panel = document.querySelector("tidemark-popover")?.shadowRoot?.querySelector(".tm-panel");
        return panel?.getAttribute("lang") === "fr" && !/Chargement/.test(panel.textContent ?? "");
      });
      await page.waitForFunction(() => !!document.querySelector("tidemark-popover")?.shadowRoot?.querySelector(".tm-fresh"));
      const text = (await popoverText(page))!;
      expect(text).toContain("jusqu’ici");
      expect(text).toMatch(/Données du Home Office jusqu’au \d+/);
      expect(text).toContain("Copier avec la source");
    });
  });

  it("keyboard shortcut: the background's step command focuses and opens the next highlight", async () => {
    const url = ctx.server.url("/pages/page-static.html");
    await withPage(await ctx.browser.newPage(url), `${name}-step`, async (page) => {
      await page.waitFor(MARKS);
      // One extension page sends every command, as the background would.
      const sender = await ctx.browser.openExtensionPage("popup.html");
      try {
      await sendToTab(sender, url, { to: "content", type: "step", data: { direction: 1 } });
      await waitForPopover(page);
      const first = await page.evaluate(() => document.activeElement?.getAttribute("data-id"));
      const ids = (await marks(page)).map((m) => m.id);
      expect(first).toBe(ids[0]);
      await sendToTab(sender, url, { to: "content", type: "step", data: { direction: 1 } });
      await page.waitForFunction((id) => document.activeElement?.getAttribute("data-id") === id, ids.find((id) => id !== ids[0]));
      await sendToTab(sender, url, { to: "content", type: "step", data: { direction: -1 } });
      await page.waitForFunction((id) => document.activeElement?.getAttribute("data-id") === id, ids[0]);
      const findings = await sendToTab(sender, url, { to: "content", type: "getFindings", data: {} }) as { mentions: unknown[]; claims: unknown[] };
      expect(findings.mentions.length + findings.claims.length).toBe(new Set(ids).size);
      } finally {
        await sender.close();
      }
    });
  });
});
