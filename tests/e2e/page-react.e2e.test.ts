import { beforeAll, describe, expect, it } from "vitest";
import { EDITIONS, liveText } from "../fixtures/pages/react/app.js";
import { isFirefox, withPage } from "./support/harness";
import { MARKS, errors, useBrowser } from "./page-helpers";
import { reactFixture } from "./react-fixture";

let bundle = "";
let html = "";
beforeAll(async () => {
  // Server render in Node, client bundle with Vite: a real React 19 SSR + hydration page, built per run.
  // No framework marker: Tidemark wraps the text here (marks), the harder case for a framework.
  const fixture = await reactFixture();
  bundle = fixture.bundle;
  html = fixture.page();
}, 60_000);

describe.each(["chromium", "firefox"] as const)("in-page: React SSR + hydration in %s", (name) => {
  const ctx = useBrowser(name);
  beforeAll(() => {
    ctx.server.route("/react/client.js", (_req, res) => void res.writeHead(200, { "content-type": "text/javascript" }).end(bundle));
    ctx.server.route("/react/article.html", (_req, res) => void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
  });

  it("hydrates without errors, survives re-renders without ghost text, keeps its highlight", async () => {
    await withPage(await ctx.browser.newPage(ctx.server.url("/react/article.html")), `${name}-react`, async (page) => {
      await page.waitFor("#live " + MARKS);
      const last = EDITIONS.length - 1;
      // The highlight is in place before React's re-renders end, so they run over it.
      expect(await page.evaluate(() => (window as unknown as { reactEdition?: number }).reactEdition ?? 0)).toBeLessThan(last);
      await page.waitForFunction((n) => (window as unknown as { reactEdition?: number }).reactEdition === n, last, 10_000);
      await page.waitForFunction(() => document.querySelector("#live tidemark-mark")?.textContent === "small boats");
      const live = await page.evaluate(() => document.getElementById("live")!.textContent);
      expect(live).toBe(`Update: ${liveText(last)}`);
      expect(errors(page)).toEqual([]);
      // And none in the extension itself (its background and pages report to Firefox's console service only).
      if (isFirefox(ctx.browser)) expect(await ctx.browser.extensionErrors()).toEqual([]);
    });
  });
});
