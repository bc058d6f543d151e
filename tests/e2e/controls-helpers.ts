import { readFileSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser, type ExtensionBrowser, type TestPage } from "./support/harness";
import { startServer, type TestServer } from "./support/server";

/** Shared steps of the controls end-to-end tests (issue #6). */

export const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;

/**
 * For a describe block: a fixture server (with `routes` added) and a browser with the e2e build,
 * started before its tests and closed after. Read `.browser` and `.server` inside tests.
 */
export function browserAndServer(name: "chromium" | "firefox", routes?: (server: TestServer) => void): { browser: ExtensionBrowser; server: TestServer } {
  const ctx = {} as { browser: ExtensionBrowser; server: TestServer };
  beforeAll(async () => {
    ctx.server = await startServer(FIXTURES);
    routes?.(ctx.server);
    ctx.browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

type Api = {
  storage: { local: { get(k?: string | string[] | null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; clear(): Promise<void> } };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
};

// One extension page per browser for API calls: opening many in a row races in Firefox's BiDi.
const helperPages = new WeakMap<ExtensionBrowser, Promise<TestPage>>();

/** Runs `fn` with the extension API inside an extension page kept open for these calls. */
export async function inExtension<R, A>(browser: ExtensionBrowser, fn: (arg: A) => Promise<R>, arg: A): Promise<R> {
  let page = helperPages.get(browser);
  if (!page) {
    page = browser.openExtensionPage("options.html");
    helperPages.set(browser, page);
  }
  return (await page).evaluate(fn as never, arg);
}

/** The id of the tab showing `url`. */
export function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  return inExtension(browser, async (u: string) => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const tab = (await (g.browser ?? g.chrome).tabs.query({})).find((t) => t.url === u);
    if (!tab) throw new Error(`no tab shows ${u}`);
    return tab.id;
  }, url);
}

/** Reads extension storage. */
export function storageGet(browser: ExtensionBrowser, keys: string[]): Promise<Record<string, unknown>> {
  return inExtension(browser, async (k: string[]) => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).storage.local.get(k);
  }, keys);
}

/** Writes extension storage. */
export function storageSet(browser: ExtensionBrowser, items: Record<string, unknown>): Promise<void> {
  return inExtension(browser, async (v: Record<string, unknown>) => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    await (g.browser ?? g.chrome).storage.local.set(v);
  }, items);
}

/** Sends a typed message to the background from an extension page. */
export function toBackground(browser: ExtensionBrowser, type: string, data: unknown = {}): Promise<unknown> {
  return inExtension(browser, async (m: { type: string; data: unknown }) => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).runtime.sendMessage({ to: "background", ...m });
  }, { type, data });
}

/** The toolbar badge text of a tab (MV3 `action`, MV2 `browserAction`). */
export function badgeText(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return inExtension(browser, async (id: number) => {
    type Action = { getBadgeText(d: { tabId: number }): Promise<string> };
    const g = globalThis as unknown as { browser?: { action?: Action; browserAction?: Action }; chrome: { action?: Action } };
    const api = g.browser ?? g.chrome;
    return ((api as { action?: Action }).action ?? (api as { browserAction?: Action }).browserAction)!.getBadgeText({ tabId: id });
  }, tabId);
}

/** Opens the popup in a tab, pointed at the tab showing `url` (`?tab=`), as if opened over that page. */
export async function openPopupFor(browser: ExtensionBrowser, url: string): Promise<TestPage> {
  const id = await tabIdOf(browser, url);
  const page = await browser.openExtensionPage(`popup.html?tab=${id}`);
  await page.waitFor("main.popup");
  return page;
}

/** Text content of the first element matching `selector`, or null. */
export function textOf(page: TestPage, selector: string): Promise<string | null> {
  return page.evaluate((sel: string) => document.querySelector(sel)?.textContent ?? null, selector);
}

/** Serves a fake GOV.UK: the Content API item pointing at `/media/<ods>`; switch the release with the returned setter. */
export function fakeGovuk(server: TestServer): { contentUrl: string; serve(release: "2025-12-31" | "2026-08-21" | "error500"): void } {
  const template = readFileSync(`${FIXTURES}govuk/content-api.json`, "utf8");
  let current: string = "2025-12-31";
  const path = "/api/content/government/publications/migrants-detected-crossing-the-english-channel-in-small-boats";
  server.route(path, (_req, res) => {
    if (current === "error500") {
      res.writeHead(500, { "content-type": "text/plain" });
      return void res.end("boom");
    }
    const file = `small-boats-time-series-${current}.ods`;
    const body = template.replaceAll("{{ORIGIN}}", server.origin).replaceAll("{{ODS_FILE}}", file)
      .replaceAll("{{PUBLIC_UPDATED_AT}}", `${current}T09:30:00.000+00:00`);
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    res.end(body);
  });
  for (const release of ["2025-12-31", "2026-08-21"]) {
    const file = `small-boats-time-series-${release}.ods`;
    server.route(`/media/${file}`, (_req, res) => {
      res.writeHead(200, { "content-type": "application/vnd.oasis.opendocument.spreadsheet" });
      res.end(readFileSync(`${FIXTURES}govuk/${file}`));
    });
  }
  return { contentUrl: server.url(path), serve: (release) => void (current = release) };
}
