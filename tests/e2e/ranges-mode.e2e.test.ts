import { beforeAll, describe, expect, it } from "vitest";
import { EDITIONS, liveText } from "../fixtures/pages/react/app.js";
import { ARTIFACTS_DIR } from "./support/browsers";
import { isFirefox, withPage, type TestPage } from "./support/harness";
import { MARKS, errors, sameAsServed, sendToTab, setStorage, useBrowser, waitForNoPopover, waitForPopover } from "./page-helpers";
import { reactFixture } from "./react-fixture";

// Issue 8, the no-page-modification mode (decision 0007) through the real content script: on a page a
// framework manages (a Next.js marker around a hydrated React 19 app that re-renders on a timer) Tidemark
// paints ranges with the CSS Custom Highlight API and writes nothing into the page; hover (hit-testing),
// the keyboard command and the reader's per-site choice all work in Chromium and Firefox.

// Counts any <tidemark-mark> the page ever holds, from the first parse on (the content script comes later).
// Attribute writes on <html> and <body> are counted too (React does not write there after hydration).
const WATCH = `<script>window.tidemarkMarksSeen = 0; window.tidemarkRootWrites = 0;
new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && (n.localName === "tidemark-mark" || n.querySelector?.("tidemark-mark"))) window.tidemarkMarksSeen++; }).observe(document, { childList: true, subtree: true });
new MutationObserver((records) => { window.tidemarkRootWrites += records.length; }).observe(document.documentElement, { attributes: true });
document.addEventListener("DOMContentLoaded", () => new MutationObserver((records) => { window.tidemarkRootWrites += records.length; }).observe(document.body, { attributes: true }));</script>`;

let bundle = "";
let html = "";
beforeAll(async () => {
  const fixture = await reactFixture();
  bundle = fixture.bundle;
  html = fixture.page({ frameworkMarker: true, head: WATCH });
}, 60_000);

type Findings = { mentions: { id: string; text: string }[] };

/** The box of the first occurrence of `phrase` in the element `selector`, found by the page itself. */
function boxOf(page: TestPage, selector: string, phrase: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate(({ selector, phrase }) => {
    const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + phrase.length);
      const b = range.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    }
    return null;
  }, { selector, phrase });
}

/** What the registry holds, read from the page's own world: name → the texts of its non-empty ranges. */
function registry(page: TestPage): Promise<Record<string, string[]>> {
  return page.evaluate(() => Object.fromEntries([...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights]
    .map(([name, set]) => [name, [...set].filter((r) => !r.collapsed).map((r) => r.toString())])));
}

describe.each(["chromium", "firefox"] as const)("no-page-modification mode in %s", (name) => {
  const ctx = useBrowser(name);
  beforeAll(() => {
    ctx.server.route("/react/client.js", (_req, res) => void res.writeHead(200, { "content-type": "text/javascript" }).end(bundle));
    ctx.server.route("/react/next.html", (_req, res) => void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
  });

  it("on a framework page: ranges only, follows re-renders, opens by hover and by the keyboard command", async () => {
    const url = ctx.server.url("/react/next.html");
    await withPage(await ctx.browser.newPage(url), `${name}-ranges-react`, async (page) => {
      await page.waitForFunction(() => (window as unknown as { reactEdition?: number }).reactEdition === 6, undefined, 10_000);
      // The live paragraph's text node is rewritten on every edition: its range collapses and is found again.
      await page.waitForFunction(() => {
        const set = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("tidemark-mention");
        return !!set && [...set].some((r) => !r.collapsed && r.toString() === "small boats" && !!r.startContainer.parentElement?.closest("#live"));
      }, undefined, 10_000);
      const painted = await registry(page);
      expect(painted["tidemark-mention"]!.filter((t) => t === "small boats")).toHaveLength(1);
      const findings = (await sendToTab(ctx.browser, url, { to: "content", type: "getFindings", data: {} })) as Findings;
      expect(findings.mentions.map((m) => m.text)).toContain("small boats");
      expect(await page.evaluate(() => document.getElementById("live")!.textContent)).toBe(`Update: ${liveText(EDITIONS.length - 1)}`);
      expect(await page.evaluate(() => (window as unknown as { tidemarkMarksSeen: number }).tidemarkMarksSeen)).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { tidemarkRootWrites: number }).tidemarkRootWrites)).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll("[data-tidemark], [tabindex], [aria-description]").length)).toBe(0);

      // Hover: the pointer over the painted text opens the popover (hit-testing; there is no element).
      const box = (await boxOf(page, "#live", "small boats"))!;
      await page.mouseMove(box.x + box.width / 2, box.y + box.height / 2);
      await waitForPopover(page);
      expect((await registry(page))["tidemark-open"]).toEqual(["small boats"]);
      // For people to look at (test-results/): the popover has finished fading in by then.
      await new Promise((r) => setTimeout(r, 400));
      await page.screenshot(`${ARTIFACTS_DIR}ranges-mode-${name}.png`);
      // Off the highlight, onto the text above it (the popover opens below the highlight).
      await page.mouseMove(box.x + box.width / 2, Math.max(2, box.y - 30));
      await waitForNoPopover(page);

      // Keyboard: the next-highlight command opens a popover with focus inside it; Escape closes it.
      await sendToTab(ctx.browser, url, { to: "content", type: "step", data: { direction: 1 } });
      await waitForPopover(page);
      await page.waitForFunction(() => document.activeElement?.localName === "tidemark-popover");
      await page.press("Escape");
      await waitForNoPopover(page);
      expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe("tidemark-popover");
      expect(errors(page)).toEqual([]);
      // And none in the extension itself (its background and pages report to Firefox's console service only).
      if (isFirefox(ctx.browser)) expect(await ctx.browser.extensionErrors()).toEqual([]);
    });
  });

  it("the reader's per-site choice repaints a plain page without changing it, and back", async () => {
    const url = ctx.server.url("/pages/page-static.html");
    await withPage(await ctx.browser.newPage(url), `${name}-ranges-choice`, async (page) => {
      await page.waitFor(MARKS);
      const count = await page.evaluate(() => new Set([...document.querySelectorAll("tidemark-mark[data-tidemark]")].map((m) => m.getAttribute("data-id"))).size);
      await setStorage(ctx.browser, { siteHighlightModes: { "127.0.0.1": "ranges" } });
      await page.waitForFunction(() => !document.querySelector("tidemark-mark"), undefined, 5_000);
      await page.waitForFunction(() => ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("tidemark-mention")?.size ?? 0) > 0, undefined, 5_000);
      expect(await sameAsServed(page, "article")).toBe(true);
      // The look's attributes on <html> (marks mode) went with the marks.
      expect(await page.evaluate(() => document.documentElement.getAttributeNames().filter((n) => n.startsWith("data-tidemark")))).toEqual([]);
      const findings = (await sendToTab(ctx.browser, url, { to: "content", type: "getFindings", data: {} })) as Findings & { claims: unknown[] };
      expect(findings.mentions.length + findings.claims.length).toBe(count);
      await setStorage(ctx.browser, { siteHighlightModes: {} });
      await page.waitFor(MARKS);
      expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.size)).toBe(0);
      expect(errors(page)).toEqual([]);
      // And none in the extension itself (its background and pages report to Firefox's console service only).
      if (isFirefox(ctx.browser)) expect(await ctx.browser.extensionErrors()).toEqual([]);
    });
  });
});
