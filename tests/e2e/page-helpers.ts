import { afterAll, beforeAll } from "vitest";
import { launchBrowser, type ExtensionBrowser, type PageExtensionApi, type TestPage } from "./support/harness";
import { startServer, type TestServer } from "./support/server";

/** Shared steps of the in-page end-to-end tests (issue #5). */

export const MARKS = "tidemark-mark[data-tidemark]";

const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;

/** Starts the fixture server and the named browser for one describe block; closes both after it. */
export function useBrowser(name: "chromium" | "firefox"): { browser: ExtensionBrowser; server: TestServer } {
  const ctx = {} as { browser: ExtensionBrowser; server: TestServer };
  beforeAll(async () => {
    ctx.server = await startServer(FIXTURES);
    ctx.browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/** Writes extension storage from an extension page (the popup), as the popup and options would. */
export async function setStorage(browser: ExtensionBrowser, items: Record<string, unknown>): Promise<void> {
  const page = await browser.openExtensionPage("popup.html");
  try {
    await page.evaluate(async (values) => {
      const g = globalThis as unknown as { browser?: PageExtensionApi; chrome: PageExtensionApi };
      await (g.browser ?? g.chrome).storage.local.set(values);
    }, items);
  } finally {
    await page.close();
  }
}

/** Sends a message to the content script of the tab showing `url` (as the popup and background do). */
export async function sendToTab(browser: ExtensionBrowser | TestPage, url: string, message: unknown): Promise<unknown> {
  const page = "newPage" in browser ? await browser.openExtensionPage("popup.html") : browser;
  try {
    return await page.evaluate(async ({ url, message }) => {
      type Tabs = { query(q: object): Promise<{ id: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
      const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
      const tabs = (g.browser ?? g.chrome).tabs;
      const tab = (await tabs.query({})).find((t) => t.url === url);
      if (!tab) throw new Error(`no tab with ${url}`);
      return tabs.sendMessage(tab.id, message);
    }, { url, message });
  } finally {
    if (page !== browser) await page.close();
  }
}

/** The highlights on the page: text and documented attributes, in document order. */
export function marks(page: TestPage): Promise<{ text: string; kind: string | null; topic: string | null; verdict: string | null; id: string | null }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("tidemark-mark[data-tidemark]")].map((el) => ({
      text: el.textContent ?? "",
      kind: el.getAttribute("data-tidemark"),
      topic: el.getAttribute("data-topic"),
      verdict: el.getAttribute("data-verdict"),
      id: el.getAttribute("data-id"),
    })),
  );
}

/** The open popover's text, or null when none is open. */
export function popoverText(page: TestPage): Promise<string | null> {
  return page.evaluate(() => {
    const panel = document.querySelector("tidemark-popover")?.shadowRoot?.querySelector(".tm-panel");
    return panel && (panel as HTMLElement).isConnected ? panel.textContent : null;
  });
}

/** Waits until a popover is open (its panel exists). */
export function waitForPopover(page: TestPage, timeoutMs = 5_000): Promise<void> {
  return page.waitForFunction(() => !!document.querySelector("tidemark-popover")?.shadowRoot?.querySelector(".tm-panel"), undefined, timeoutMs);
}

/** Waits until no popover is open. */
export function waitForNoPopover(page: TestPage, timeoutMs = 5_000): Promise<void> {
  return page.waitForFunction(() => !document.querySelector("tidemark-popover")?.shadowRoot?.querySelector(".tm-panel"), undefined, timeoutMs);
}

/** True when the page's element matching `selector` equals the same element as served (nothing left behind). */
export function sameAsServed(page: TestPage, selector: string): Promise<boolean> {
  return page.evaluate(async (sel) => {
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), "text/html");
    const a = served.querySelector(sel);
    const b = document.querySelector(sel);
    return !!a && !!b && a.isEqualNode(b);
  }, selector);
}

/** Console lines that are errors (ours or the page's). */
export function errors(page: TestPage): string[] {
  return page.console.filter((line) => line.startsWith("[error]") || line.startsWith("[pageerror]"));
}
