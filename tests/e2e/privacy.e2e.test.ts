import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Request } from "playwright-core";
import { MARKS, waitForPopover } from "./page-helpers";
import { browserPath } from "./support/browsers";
import { launchChromium, type ChromiumExtensionBrowser, type PageExtensionApi } from "./support/harness";
import { startRecordingProxy, type ProxiedRequest, type RecordingProxy } from "./support/recording-proxy";
import { startServer, type TestServer } from "./support/server";

// Issue 8, "Privacy and permissions": every network request made while browsing the fixture pages is
// recorded twice — by Playwright (which tells a page's requests from the service worker's) and by a
// forward proxy that sees everything the browser sends from launch on, before any test hook attaches.
// The content script must make none: a page's requests with Tidemark equal its requests without it.
// The background (and the extension's own pages) may contact only enabled sources.

const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;
/** Every fixture page, including those other issues add; pages that must get highlights are waited for. */
const PAGES = (readdirSync(`${FIXTURES}pages`, { recursive: true }) as string[])
  .filter((f) => f.endsWith(".html") && !f.includes("iframe-child")).sort();
const HIGHLIGHTED = new Set(["basic-article.html", "page-static.html", "hostile/strict-csp.html", "hostile/rtl.html"]);

/** Origins the background may contact: GOV.UK while live refresh is on, and enabled custom feeds. */
function enabledSourceOrigins(stored: Record<string, unknown>): Set<string> {
  const origins = new Set<string>();
  const live = stored.liveRefresh as { enabled?: unknown } | undefined;
  if (live?.enabled !== false) {
    // GOVUK_CONTENT_URL and GOVUK_ASSET_ORIGINS (platform/govuk.ts); the e2e build may point at a fake.
    origins.add("https://www.gov.uk").add("https://assets.publishing.service.gov.uk");
    if (typeof stored.e2eGovukUrl === "string") origins.add(new URL(stored.e2eGovukUrl).origin);
  }
  const feeds = stored.customFeeds;
  if (Array.isArray(feeds)) {
    for (const feed of feeds as { url?: unknown; enabled?: unknown }[]) {
      if (feed.enabled === true && typeof feed.url === "string") origins.add(new URL(feed.url).origin);
    }
  }
  return origins;
}

interface Seen { url: string; by: "page" | "extension-page" | "service-worker" }

/**
 * Chromium's own background traffic (network time, sign-in, update checks) that the launch flags do not
 * turn off. Tidemark contacts none of these hosts; a request to one that carries the extension's Origin
 * header, or that Playwright attributes to the service worker, still fails the test.
 */
const BROWSER_OWN_HOSTS = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)$/;

const isNetwork = (url: string) => /^(https?|wss?):/.test(url);
const withoutFavicon = (url: string) => !url.endsWith("/favicon.ico");

describe("privacy: network requests while browsing (Chromium)", () => {
  let server: TestServer;
  let proxy: RecordingProxy;
  let browser: ChromiumExtensionBrowser;
  const seen: Seen[] = [];
  // Two feed hosts (separate origins): one feed enabled, one disabled. Only the first may be contacted.
  let enabledFeed: TestServer;
  let disabledFeed: TestServer;
  const feedHits = { enabled: 0, disabled: 0 };

  beforeAll(async () => {
    server = await startServer(FIXTURES);
    enabledFeed = await startServer(FIXTURES);
    disabledFeed = await startServer(FIXTURES);
    enabledFeed.route("/feed.json", async (req, res) => {
      feedHits.enabled += 1;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(await readFile(`${FIXTURES}feeds/good-feed.json`));
    });
    disabledFeed.route("/feed.json", (_req, res) => {
      feedHits.disabled += 1;
      res.writeHead(500).end();
    });
    proxy = await startRecordingProxy();
    browser = await launchChromium({ proxy: proxy.address });
    browser.context.on("request", (request: Request) => {
      if (!isNetwork(request.url())) return;
      if (request.serviceWorker()) return void seen.push({ url: request.url(), by: "service-worker" });
      let frameUrl = "";
      try { frameUrl = request.frame().url(); } catch { /* navigation before its frame exists: a page's */ }
      seen.push({ url: request.url(), by: frameUrl.startsWith(browser.extensionOrigin) ? "extension-page" : "page" });
    });
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await Promise.all([server?.close(), enabledFeed?.close(), disabledFeed?.close()]);
  });

  /** The requests each fixture page makes in a Chromium without Tidemark (same pages, same server). */
  async function controlRun(): Promise<Set<string>> {
    const plain = await chromium.launch({ executablePath: browserPath("chromium"), headless: true, args: ["--no-sandbox", "--disable-gpu"] });
    const urls = new Set<string>();
    try {
      const page = await plain.newPage();
      page.on("request", (r) => { if (isNetwork(r.url())) urls.add(r.url()); });
      for (const file of PAGES) await page.goto(server.url(`/pages/${file}`), { waitUntil: "load" });
    } finally {
      await plain.close();
    }
    return urls;
  }

  it(`browses ${PAGES.length} fixture pages, opens the popup and options: the content script makes no request and the background contacts only enabled sources`, async () => {
    const page = await browser.newPage();
    for (const file of PAGES) {
      await page.goto(server.url(`/pages/${file}`));
      if (HIGHLIGHTED.has(file)) {
        try {
          await page.waitFor(MARKS);
          // Open a popover too: its card comes from the background.
          await page.focus(MARKS);
          await waitForPopover(page);
        } catch (error) {
          throw new Error(`${file}: ${String(error)}`);
        }
      }
    }
    await page.close();
    for (const path of ["popup.html", "options.html"]) {
      const ext = await browser.openExtensionPage(path);
      await ext.waitFor("#app > *");
      await ext.close();
    }
    // Save one enabled and one disabled feed, then ask the background to refresh everything now.
    const options = await browser.openExtensionPage("options.html");
    const report = await options.evaluate(async (urls: string[]) => {
      const api = (globalThis as unknown as { chrome: PageExtensionApi }).chrome;
      const feed = (id: string, url: string | undefined, enabled: boolean) =>
        ({ id, url, name: id, enabled, addedAt: "2026-01-01T00:00:00.000Z" });
      await api.storage.local.set({ customFeeds: [feed("feed-enabled1", urls[0], true), feed("feed-disabled1", urls[1], false)] });
      return api.runtime.sendMessage({ to: "background", type: "refreshNow", data: {} });
    }, [enabledFeed.url("/feed.json"), disabledFeed.url("/feed.json")]);
    await options.close();
    expect(report).toMatchObject({ feeds: { "feed-enabled1": { ok: true } } });
    // Saving the list may trigger its own refresh: at least one fetch of the enabled feed, none of the other.
    expect(feedHits.enabled).toBeGreaterThanOrEqual(1);
    expect(feedHits.disabled).toBe(0);
    const worker = browser.context.serviceWorkers()[0]!;
    const stored = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } })
        .chrome.storage.local.get(null));
    const allowed = enabledSourceOrigins(stored);

    // The content script: a page's requests with Tidemark are the page's requests without it.
    const control = await controlRun();
    const extraPageRequests = seen.filter((s) => s.by === "page" && withoutFavicon(s.url) && !control.has(s.url));
    expect(extraPageRequests).toEqual([]);

    // The background and the extension's pages: only enabled sources.
    const extensionRequests = seen.filter((s) => s.by !== "page" && !allowed.has(new URL(s.url).origin));
    expect(extensionRequests).toEqual([]);

    // Everything the browser sent, from launch on: a page's own request, or an enabled source.
    const pageUrls = new Set(seen.filter((s) => s.by === "page").map((s) => s.url));
    const browserOwn = (r: ProxiedRequest) =>
      BROWSER_OWN_HOSTS.test(new URL(r.url).hostname) && !r.origin?.startsWith(browser.extensionOrigin);
    const unexplained = proxy.requests.filter(
      (r) => withoutFavicon(r.url) && !pageUrls.has(r.url) && !browserOwn(r) && !allowed.has(new URL(r.url).origin),
    );
    expect(unexplained).toEqual([]);
    // The recorder works: it saw the fixture pages.
    expect(proxy.requests.some((r) => r.url === server.url("/pages/basic-article.html"))).toBe(true);
  });
});
