import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MARKS, errors, setStorage, waitForPopover } from "./page-helpers";
import { launchBrowser, withPage, type ExtensionBrowser, type TestPage } from "./support/harness";
import { startServer, type TestServer } from "./support/server";

// Issue 8, "Pages": pages that try hard to break an extension that writes into them. Each must keep
// working (no page error, its own scripts still see what they expect) and get its highlights; turning
// Tidemark off must give back the page's text exactly. Fixtures: tests/fixtures/pages/hostile/.

const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;
const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'";
const HUGE_PARAGRAPHS = 33_334; // × 3 text nodes each = 100,002 text nodes
const HUGE_MENTION_EVERY = 200; // one paragraph in 200 says "small boats": 167 mentions

/** A page of 100,000 text nodes, generated at test time (≈ 2.6 MB; not committed). */
function hugePage(): string {
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Small boats: the archive</title>',
    '<meta property="article:published_time" content="2025-07-08T09:30:00+01:00"></head><body><h1>The Dover archive</h1><article>',
    "<p>The Home Office archive of migrants and asylum claims.</p>"];
  for (let i = 0; i < HUGE_PARAGRAPHS; i++) {
    const words = i % HUGE_MENTION_EVERY === 0 ? "people crossed in small boats" : "weather at Dover";
    parts.push(`<p>Entry ${i}: <i>${words}</i> today.</p>`);
  }
  parts.push("</article></body></html>");
  return parts.join("");
}

/** Page errors and console errors, without the browser's own favicon 404. */
function errorsIn(page: TestPage): string[] {
  return errors(page).filter((l) => !/favicon|Failed to load resource/.test(l));
}

const countMarks = () => document.querySelectorAll("tidemark-mark[data-tidemark]").length;

describe.each(["chromium", "firefox"] as const)("hostile pages in %s", (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  const setEnabled = (on: boolean) => setStorage(browser, { enabled: on });

  /** Highlights appear; off restores the page's text exactly; on brings them back. */
  async function roundTrip(page: TestPage): Promise<void> {
    await page.waitFor(MARKS);
    const withMarks = await page.evaluate(() => document.body.textContent);
    await setEnabled(false);
    await page.waitForFunction(() => document.querySelectorAll("tidemark-mark[data-tidemark]").length === 0);
    expect(await page.evaluate(() => document.body.textContent)).toBe(withMarks);
    await setEnabled(true);
    await page.waitFor(MARKS);
  }

  beforeAll(async () => {
    server = await startServer(FIXTURES);
    server.route("/pages/hostile/strict-csp.html", async (_req, res) => {
      const { readFile } = await import("node:fs/promises");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": STRICT_CSP });
      res.end(await readFile(`${FIXTURES}pages/hostile/strict-csp.html`));
    });
    const huge = hugePage();
    server.route("/pages/hostile/huge.html", (_req, res) => void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(huge));
    browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("strict CSP (header): highlights, a styled popover, no CSP violation", async () => {
    await withPage(await browser.newPage(server.url("/pages/hostile/strict-csp.html")), `${name}-csp`, async (page) => {
      await roundTrip(page);
      await page.focus(MARKS);
      await waitForPopover(page);
      const popover = await page.evaluate(() => {
        const root = document.querySelector("tidemark-popover")!.shadowRoot!;
        const panel = root.querySelector(".tm-panel")!;
        return {
          // Popover.css sets these; the UA default would be "static" and "block".
          position: getComputedStyle(panel).position,
          display: getComputedStyle(panel).display,
          how: { adopted: root.adoptedStyleSheets.length, styleElements: root.querySelectorAll("style").length },
        };
      });
      console.log(`${name} strict CSP popover styling:`, JSON.stringify(popover.how));
      expect({ position: popover.position, display: popover.display }).toEqual({ position: "fixed", display: "flex" });
      expect(await page.evaluate(() => (window as unknown as { cspViolations: unknown[] }).cspViolations)).toEqual([]);
      expect(errorsIn(page)).toEqual([]);
    });
  });

  it("document.write while parsing: the written paragraphs are highlighted", async () => {
    await withPage(await browser.newPage(server.url("/pages/hostile/document-write.html")), `${name}-docwrite`, async (page) => {
      await roundTrip(page);
      expect(await page.evaluate(() => document.querySelector("#story p [data-tidemark]")?.textContent)).toMatch(/small boats/i);
      expect(errorsIn(page)).toEqual([]);
    });
  });

  it("iframes: the top frame only (decision 0008)", async () => {
    await withPage(await browser.newPage(server.url("/pages/hostile/iframes.html")), `${name}-iframes`, async (page) => {
      await page.waitFor(MARKS);
      // Both frames are same-origin and loaded: had the content script run there, it would have marked them
      // by now, since the top frame (loaded after them) already has its highlights.
      const inFrames = await page.evaluate(() =>
        [...document.querySelectorAll("iframe")].map((f) => ({
          loaded: !!f.contentDocument?.body?.textContent?.includes("small boats"),
          marks: f.contentDocument?.querySelectorAll("tidemark-mark[data-tidemark]").length ?? -1,
        })));
      expect(inFrames).toEqual([{ loaded: true, marks: 0 }, { loaded: true, marks: 0 }]);
      expect(errorsIn(page)).toEqual([]);
    });
  });

  it("open shadow roots: the page's component keeps its content; light DOM is highlighted", async () => {
    await withPage(await browser.newPage(server.url("/pages/hostile/shadow-dom.html")), `${name}-shadow`, async (page) => {
      await roundTrip(page);
      const factbox = await page.evaluate(() => document.querySelector("gazette-factbox")?.shadowRoot?.textContent);
      expect(factbox).toBe("Fact box: small boats have crossed on more than 100 days this year.");
      expect(errorsIn(page)).toEqual([]);
    });
  });

  it("right-to-left paragraphs: mentions inside them are highlighted, direction and text kept", async () => {
    await withPage(await browser.newPage(server.url("/pages/hostile/rtl.html")), `${name}-rtl`, async (page) => {
      await roundTrip(page);
      const found = await page.evaluate(() => ({
        inBdi: document.querySelector("p[dir=rtl] bdi [data-tidemark]") !== null,
        inQuote: document.querySelector("blockquote[dir=rtl] [data-tidemark]") !== null,
        direction: getComputedStyle(document.querySelector("blockquote [data-tidemark]")!).direction,
      }));
      expect(found).toEqual({ inBdi: true, inQuote: true, direction: "rtl" });
      // The popover opens next to a highlight in a right-to-left line, inside the viewport.
      await page.focus("blockquote tidemark-mark[data-tidemark]");
      await waitForPopover(page);
      const inView = await page.evaluate(() => {
        const r = document.querySelector("tidemark-popover")!.shadowRoot!.querySelector(".tm-panel")!.getBoundingClientRect();
        return r.width > 0 && r.left >= 0 && r.right <= innerWidth && r.top >= 0;
      });
      expect(inView).toBe(true);
      expect(errorsIn(page)).toEqual([]);
    });
  });

  it("a site that uses and styles <mark>: its marks untouched, its styles do not reach ours", async () => {
    await withPage(await browser.newPage(server.url("/pages/hostile/site-mark.html")), `${name}-site-mark`, async (page) => {
      await roundTrip(page);
      const seen = await page.evaluate(() => {
        const ours = document.querySelector("tidemark-mark[data-tidemark]")!;
        const style = getComputedStyle(ours);
        return {
          siteMarks: (window as unknown as { siteMarks(): number }).siteMarks(),
          tag: ours.localName,
          display: style.display,
          transform: style.transform,
          insideSiteMark: document.querySelector("mark [data-tidemark]") !== null,
        };
      });
      expect(seen).toEqual({ siteMarks: 2, tag: "tidemark-mark", display: "inline", transform: "none", insideSiteMark: true });
      expect(errorsIn(page)).toEqual([]);
    });
  });

  it("a framework that re-renders on a timer: highlights come back after every re-render, no ghost text", async () => {
    await withPage(await browser.newPage(server.url("/pages/hostile/rerender-timer.html")), `${name}-rerender`, async (page) => {
      // The page re-renders six times, 300 ms apart; wait for the last render and its restored highlight.
      await page.waitForFunction(() => document.getElementById("app")?.dataset.renders === "6" &&
        document.querySelector("#app p:first-child [data-tidemark]") !== null);
      const text = await page.evaluate(() => [...document.querySelectorAll("#app p")].map((p) => p.textContent));
      expect(text).toEqual([
        "Update 6: more people crossed in small boats this morning.",
        "The Home Office said smugglers had launched boats carrying migrants before dawn.",
      ]);
      expect(errorsIn(page)).toEqual([]);
    });
  });

  it("100,000 text nodes: every mention highlighted, text back exactly when off", async () => {
    await withPage(await browser.newPage(server.url("/pages/hostile/huge.html")), `${name}-huge`, async (page) => {
      const expected = Math.ceil(HUGE_PARAGRAPHS / HUGE_MENTION_EVERY);
      await page.waitForFunction((n) => document.querySelectorAll("tidemark-mark[data-tidemark]").length >= n, expected, 30_000);
      expect(await page.evaluate(countMarks)).toBe(expected);
      const textNodes = await page.evaluate(() => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let n = 0;
        while (w.nextNode()) n++;
        return n;
      });
      expect(textNodes).toBeGreaterThanOrEqual(100_000);
      await roundTrip(page);
      expect(errorsIn(page)).toEqual([]);
    });
  });
});
