import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleForBrowser } from "./support/bundle";
import { launchBrowser, withPage, type ExtensionBrowser } from "./support/harness";
import { startServer, type TestServer } from "./support/server";

// The no-page-modification mode (dom/custom-highlight.ts, decision 0007) in real engines: ranges drawn
// with the CSS Custom Highlight API on a Next.js-marked page, no DOM mutation, hover hit-testing by
// caret position and range boxes. The page has no migration context, so Tidemark's own content script
// leaves it alone and only the probe touches it.
const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framework page</title></head>
<body><div id="__next"><article><p>Pictures of <b>small</b> boats on the beach, and more small boats at sea.</p></article></div></body></html>`;

describe.each(["chromium", "firefox"] as const)("custom highlights in %s", (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let bundle: string;
  beforeAll(async () => {
    bundle = await bundleForBrowser(new URL("./browser/custom-highlight-probe.ts", import.meta.url).pathname, "TidemarkRangesProbe");
    server = await startServer(FIXTURES);
    server.route("/framework.html", (_req, res) => void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE));
    browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("draws without touching the DOM, hit-tests by point, clears to nothing", async () => {
    await withPage(await browser.newPage(server.url("/framework.html")), `${name}-custom-highlight`, async (page) => {
      await page.addScript(bundle);
      const result = await page.evaluate(() =>
        (globalThis as unknown as { TidemarkRangesProbe: { probe(): Record<string, unknown> } }).TidemarkRangesProbe.probe());
      expect(result).toMatchObject({
        framework: "Next.js", mode: "ranges", drawn: 2, registered: 3, mutations: 0, unchanged: true, hit: "h0", miss: null,
      });
      expect(result.anchorWidth).toBeGreaterThan(0);
      const after = await page.evaluate(() => {
        (globalThis as unknown as { tidemarkRanges: { clear(): void } }).tidemarkRanges.clear();
        return CSS.highlights.size;
      });
      expect(after).toBe(0);
    });
  });
});
