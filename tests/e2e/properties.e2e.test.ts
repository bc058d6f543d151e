import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleForBrowser } from "./support/bundle";
import { launchBrowser, withPage, type ExtensionBrowser } from "./support/harness";
import { startServer, type TestServer } from "./support/server";

// The highlighter properties of the unit suite (tests/properties/), bundled with esbuild and run in real
// Chromium: a smaller run (issue 8), for what jsdom may get wrong (Range, TreeWalker, bidi text), and
// the ranges properties against the native CSS Custom Highlight API.
const RUNS = 300;
const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;

describe("highlighter properties in Chromium", () => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let bundle: string;
  beforeAll(async () => {
    bundle = await bundleForBrowser(new URL("../properties/highlighter-properties.ts", import.meta.url).pathname, "TidemarkProperties");
    server = await startServer(FIXTURES);
    // A page the content script ignores (no mention), so only the properties write to it.
    server.route("/blank.html", (_req, res) => void res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>blank</title><body></body>"));
    browser = await launchBrowser("chromium");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(`all nine properties (five for marks, four for ranges) hold for ${RUNS} generated pages each`, async () => {
    await withPage(await browser.newPage(server.url("/blank.html")), "chromium-properties", async (page) => {
      await page.addScript(bundle);
      const failures = await page.evaluate((runs) => {
        const api = (globalThis as unknown as { TidemarkProperties: { checkAll(doc: Document, n: number): unknown[] } }).TidemarkProperties;
        return api.checkAll(document, runs);
      }, RUNS);
      expect(failures).toEqual([]);
    });
  });
});
