import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchBrowser, withPage, type ExtensionBrowser, type TestPage } from "./support/harness";
import { startServer, type TestServer } from "./support/server";
import { FIXTURES, browserAndServer, fakeGovuk, storageGet, storageSet, textOf, toBackground } from "./controls-helpers";
import { popoverText, waitForPopover } from "./page-helpers";

/** Types the URL into the options page's feed form and submits it. */
async function checkFeed(page: TestPage, url: string): Promise<void> {
  await page.evaluate((u: string) => {
    const input = document.querySelector("#feed-url") as HTMLInputElement;
    input.value = u;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, url);
  await page.click("form.row button[type=submit]");
}

describe.each(["chromium", "firefox"] as const)("controls: live data and feeds in %s", (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let govuk: ReturnType<typeof fakeGovuk>;
  beforeAll(async () => {
    server = await startServer(FIXTURES);
    govuk = fakeGovuk(server);
    const good = readFileSync(`${FIXTURES}feeds/good-feed.json`);
    const json = (body: Buffer | string, status = 200, type = "application/json") => (_req: unknown, res: import("node:http").ServerResponse) => {
      res.writeHead(status, { "content-type": type });
      res.end(body);
    };
    server.route("/feeds/good.json", json(good));
    server.route("/feeds/500.json", json("server error", 500, "text/plain"));
    server.route("/feeds/bad.json", json(readFileSync(`${FIXTURES}feeds/bad-json.json`)));
    server.route("/feeds/wrong.json", json(readFileSync(`${FIXTURES}feeds/wrong-schema.json`)));
    server.route("/feeds/impersonating.json", json(readFileSync(`${FIXTURES}feeds/impersonating.json`)));
    server.route("/feeds/script.html", json(readFileSync(`${FIXTURES}feeds/html-with-script.html`), 200, "text/html"));
    server.route("/feeds/script-as-json.json", json(readFileSync(`${FIXTURES}feeds/html-with-script.html`)));
    // 6 MB of valid-looking JSON, without a content-length (chunked): the cap must count bytes.
    server.route("/feeds/huge.json", (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = `${" ".repeat(1024 * 1024 - 1)}\n`;
      res.write("[");
      for (let i = 0; i < 6; i += 1) res.write(chunk);
      res.end("]");
    });
    let flaky = true;
    server.route("/feeds/flaky.json", (_req, res) => {
      res.writeHead(flaky ? 200 : 500, { "content-type": "application/json" });
      res.end(flaky ? good : "{}");
      flaky = false;
    });
    browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    await storageSet(browser, { e2eGovukUrl: govuk.contentUrl, customFeeds: [], feedCache: {}, feedStatus: {} });
  });

  it("a refresh from a fake GOV.UK is checked and shown; an older or the same release never replaces newer data", async () => {
    await storageSet(browser, { officialImport: null, govukStatus: { lastAttempt: null, lastSuccess: null, lastError: null } });
    // This build bundles the 21 Aug 2026 release (data to 20 Aug 2026), the newest we hold.
    await withPage(await browser.openExtensionPage("popup.html"), `${name}-govuk-before`, async (popup) => {
      await popup.waitFor("[data-testid=freshness]");
      expect(await textOf(popup, "[data-testid=freshness]")).toBe("Home Office data to 20 Aug 2026 · not checked online yet");
    });
    govuk.serve("2025-12-31");
    expect(await toBackground(browser, "refreshNow")).toMatchObject({ govuk: { ok: true } });
    await withPage(await browser.openExtensionPage("popup.html"), `${name}-govuk-old`, async (popup) => {
      await popup.waitFor("[data-testid=freshness]");
      expect(await textOf(popup, "[data-testid=freshness]")).toBe("Home Office data to 20 Aug 2026 · checked just now");
    });
    govuk.serve("2026-08-21");
    expect(await toBackground(browser, "refreshNow")).toMatchObject({ govuk: { ok: true } });
    expect((await storageGet(browser, ["officialImport"])).officialImport ?? null).toBeNull();
    expect(await toBackground(browser, "dataStatus")).toMatchObject({ origin: "bundled", asOf: "2026-08-20", release: "2026-08-21", lastError: null });
  });

  it("a failing GOV.UK keeps the last good data and shows the error in popup and options", async () => {
    govuk.serve("2026-08-21");
    await toBackground(browser, "refreshNow");
    govuk.serve("error500");
    expect(await toBackground(browser, "refreshNow")).toMatchObject({ govuk: { ok: false, error: expect.stringMatching(/HTTP 500/) } });
    await withPage(await browser.openExtensionPage("popup.html"), `${name}-govuk-500-popup`, async (popup) => {
      await popup.waitFor("[data-testid=refresh-error]");
      expect(await textOf(popup, "[data-testid=freshness]")).toMatch(/data to 20 Aug 2026/);
      expect(await textOf(popup, "[data-testid=refresh-error]")).toMatch(/HTTP 500.*last good data is still used/);
    });
    await withPage(await browser.openExtensionPage("options.html"), `${name}-govuk-500-options`, async (options) => {
      await options.waitFor("[data-testid=govuk-error]");
      expect(await textOf(options, "[data-testid=govuk-error]")).toMatch(/HTTP 500/);
      expect(await textOf(options, "[data-testid=options-freshness]")).toMatch(/20 Aug 2026/);
    });
    govuk.serve("2026-08-21");
  });

  it("the options page checks, previews and saves a feed from 127.0.0.1; the background fetches it", async () => {
    await withPage(await browser.openExtensionPage("options.html"), `${name}-feed-add`, async (options) => {
      await options.waitFor("#feed-url");
      await checkFeed(options, server.url("/feeds/good.json"));
      await options.waitFor("[data-testid=feed-preview]");
      expect(await textOf(options, "[data-testid=feed-preview]")).toMatch(/Test feed: Channel figures.*1 figure from 1 source.*4,242 people/s);
      await options.click("[data-testid=feed-preview] button");
      await options.waitFor("[data-feed]");
      await options.waitForFunction(() => /Last fetched/.test(document.querySelector("[data-feed]")?.textContent ?? ""));
    });
    const { customFeeds, feedCache } = await storageGet(browser, ["customFeeds", "feedCache"]);
    const [feed] = customFeeds as { id: string; url: string; enabled: boolean }[];
    expect(feed).toMatchObject({ url: server.url("/feeds/good.json"), enabled: true });
    expect((feedCache as Record<string, { feed: { title: string } }>)[feed!.id]?.feed.title).toBe("Test feed: Channel figures");
  });

  it.each([
    ["/feeds/500.json", /HTTP 500/],
    ["/feeds/bad.json", /not valid JSON/],
    ["/feeds/huge.json", /more than 5 MB/],
    ["/feeds/wrong.json", /figures\[0\]\.value: must not be negative/],
    ["/feeds/impersonating.json", /built-in source/],
    ["/feeds/script.html", /sent text\/html, expected/],
    ["/feeds/script-as-json.json", /HTML or XML, not JSON/],
  ])("a bad feed (%s) is refused with a clear error and nothing is saved", async (path, message) => {
    await withPage(await browser.openExtensionPage("options.html"), `${name}-feed-bad-${path}`, async (options) => {
      await options.waitFor("#feed-url");
      await checkFeed(options, server.url(path));
      await options.waitFor("[data-testid=feed-error]", 20_000);
      expect(await textOf(options, "[data-testid=feed-error]")).toMatch(message);
      expect(await options.evaluate(() => document.querySelector("[data-testid=feed-preview]"))).toBeNull();
    });
    expect((await storageGet(browser, ["customFeeds"])).customFeeds).toEqual([]);
  });

  it("a saved feed that starts failing keeps its last good copy and shows the error", async () => {
    const url = server.url("/feeds/flaky.json");
    const id = "feed-flaky000001";
    await storageSet(browser, { customFeeds: [{ id, url, name: "Flaky", enabled: true, addedAt: new Date().toISOString() }] });
    // The background fetches a newly added feed at once (first answer: good).
    let cache: Record<string, unknown> = {};
    for (let i = 0; i < 50 && !cache[id]; i += 1) {
      cache = (await storageGet(browser, ["feedCache"])).feedCache as Record<string, unknown> ?? {};
      if (!cache[id]) await new Promise((r) => setTimeout(r, 100));
    }
    expect(cache[id]).toBeTruthy();
    expect(await toBackground(browser, "refreshFeed", { id })).toMatchObject({ ok: false, error: expect.stringMatching(/HTTP 500/) });
    expect(((await storageGet(browser, ["feedCache"])).feedCache as Record<string, unknown>)[id]).toEqual(cache[id]);
    await withPage(await browser.openExtensionPage("popup.html"), `${name}-feed-flaky-popup`, async (popup) => {
      await popup.waitForFunction(() => /Feed “Flaky”: .*HTTP 500/.test(document.querySelector(".freshness")?.textContent ?? ""));
    });
    await withPage(await browser.openExtensionPage("options.html"), `${name}-feed-flaky-options`, async (options) => {
      await options.waitFor("[data-testid=feed-status-error]");
      expect(await textOf(options, "[data-testid=feed-status-error]")).toMatch(/HTTP 500.*last good copy is still used/);
    });
  });
});

describe.each(["chromium", "firefox"] as const)("controls: a feed's figure in a popover in %s", (name) => {
  const ctx = browserAndServer(name);

  it("after the options page adds a feed, a popover on the topic shows its figure, naming the feed", async () => {
    const { browser, server } = ctx;
    await withPage(await browser.openExtensionPage("options.html"), `${name}-feed-popover-options`, async (options) => {
      await options.waitFor("#feed-url");
      await checkFeed(options, server.url("/feeds/good-feed.json"));
      await options.waitFor("[data-testid=feed-preview]");
      await options.click("[data-testid=feed-preview] button");
      await options.waitForFunction(() => /Last fetched/.test(document.querySelector("[data-feed]")?.textContent ?? ""));
    });
    await withPage(await browser.newPage(server.url("/feeds/feed-article.html")), `${name}-feed-popover-page`, async (page) => {
      await page.waitFor('tidemark-mark[data-topic="smuggling"]');
      await page.hover('tidemark-mark[data-topic="smuggling"]');
      await waitForPopover(page);
      await page.waitForFunction(() => /4,242/.test(document.querySelector("tidemark-popover")?.shadowRoot?.textContent ?? ""));
      expect(await popoverText(page)).toMatch(/via feed “Test feed: Channel figures”/);
    });
  });
});
