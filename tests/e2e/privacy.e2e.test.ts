import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Request } from "playwright-core";
import puppeteer from "puppeteer-core";
import { inExtension, storageSet, toBackground } from "./controls-helpers";
import { MARKS, waitForPopover } from "./page-helpers";
import { browserPath, E2E_BUILD } from "./support/browsers";
import { firefoxProxyPrefs, launchChromium, launchFirefox, type ExtensionBrowser, type PageExtensionApi } from "./support/harness";
import { startRecordingProxy, type ProxiedRequest, type RecordingProxy } from "./support/recording-proxy";
import { startServer, type TestServer } from "./support/server";

// Issue 8, "Privacy and permissions": every network request made while browsing the fixture pages is
// recorded by a forward proxy that sees everything the browser sends from launch on, before any test
// hook attaches. The content script must make none: a page's requests with Tidemark equal its requests
// without it. The background (and the extension's own pages) may contact only enabled sources.
// Chromium: Playwright also tells a page's requests from the service worker's. Firefox: BiDi does not
// attribute a content script's requests to its tab, so the proxy alone judges: requests to the fixture
// server are compared with a Firefox without Tidemark, and every other request must be to an enabled source.

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

/**
 * Firefox's own background traffic off: Remote Settings skips its syncs only when "running tests" with
 * the dummy server (services/settings/Utils.sys.mjs). The variable also makes Firefox crash rather than
 * connect to a public address itself, so nothing public can bypass the proxy (private ranges still could).
 */
const QUIET_FIREFOX = {
  prefs: { "services.settings.server": "data:,#remote-settings-dummy/v1" },
  env: { MOZ_DISABLE_NONLOCAL_CONNECTIONS: "1" },
};

const isNetwork = (url: string) => /^(https?|wss?):/.test(url);
const withoutFavicon = (url: string) => !url.endsWith("/favicon.ico");

describe.each(["chromium", "firefox"] as const)("privacy: network requests while browsing (%s)", (name) => {
  let server: TestServer;
  let proxy: RecordingProxy;
  let browser: ExtensionBrowser;
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
    if (name === "firefox") {
      browser = await launchFirefox(E2E_BUILD.firefox, "light", { proxy: proxy.address, ...QUIET_FIREFOX });
      return;
    }
    const chromiumBrowser = await launchChromium({ proxy: proxy.address });
    browser = chromiumBrowser;
    chromiumBrowser.context.on("request", (request: Request) => {
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
  async function chromiumControlRun(): Promise<Set<string>> {
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

  /** What a Firefox without Tidemark sends through a recording proxy while showing the same pages. */
  async function firefoxControlRun(): Promise<Set<string>> {
    const recorder = await startRecordingProxy();
    const plain = await puppeteer.launch({
      browser: "firefox", executablePath: browserPath("firefox"), headless: true,
      env: { ...process.env, ...QUIET_FIREFOX.env },
      extraPrefsFirefox: { ...firefoxProxyPrefs(recorder.address), ...QUIET_FIREFOX.prefs },
    });
    try {
      const page = await plain.newPage();
      for (const file of PAGES) await page.goto(server.url(`/pages/${file}`), { waitUntil: "load" });
    } finally {
      await plain.close();
      await recorder.close();
    }
    return new Set(recorder.requests.map((r) => r.url));
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
    const feed = (id: string, url: string, enabled: boolean) => ({ id, url, name: id, enabled, addedAt: "2026-01-01T00:00:00.000Z" });
    await storageSet(browser, { customFeeds: [feed("feed-enabled1", enabledFeed.url("/feed.json"), true), feed("feed-disabled1", disabledFeed.url("/feed.json"), false)] });
    const report = await toBackground(browser, "refreshNow");
    expect(report).toMatchObject({ feeds: { "feed-enabled1": { ok: true } } });
    // Saving the list may trigger its own refresh: at least one fetch of the enabled feed, none of the other.
    expect(feedHits.enabled).toBeGreaterThanOrEqual(1);
    expect(feedHits.disabled).toBe(0);
    const stored = await inExtension(browser, async () => {
      const g = globalThis as unknown as { browser?: PageExtensionApi; chrome: PageExtensionApi };
      return (g.browser ?? g.chrome).storage.local.get(null);
    }, undefined);
    const allowed = enabledSourceOrigins(stored);

    if (name === "chromium") {
      // The content script: a page's requests with Tidemark are the page's requests without it.
      const control = await chromiumControlRun();
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
    } else {
      // Everything Firefox sent, from launch on (its own traffic is off): a request Firefox without
      // Tidemark also sends for these pages, or one to an enabled source. The fixture server's origin is
      // never a source, so a content script's request to it counts as extra too.
      const control = await firefoxControlRun();
      const unexplained = proxy.requests.filter(
        (r) => withoutFavicon(r.url) && !control.has(r.url) && !allowed.has(new URL(r.url).origin),
      );
      expect(unexplained).toEqual([]);
    }
    // The recorder works: it saw the fixture pages.
    expect(proxy.requests.some((r) => r.url === server.url("/pages/basic-article.html"))).toBe(true);
  });
});
