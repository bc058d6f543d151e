import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page as PwPage } from "playwright-core";
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from "puppeteer-core";
import { ARTIFACTS_DIR, E2E_BUILD, browserPath } from "./browsers";

/** The slice of the extension API that tests call inside extension pages (chrome.* or browser.*). */
export interface PageExtensionApi {
  storage: { local: { get(key?: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** One page in either browser, with the few operations our e2e tests need. */
export interface TestPage {
  readonly console: string[];
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  emulateColorScheme(scheme: "light" | "dark"): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** A browser with the e2e build of Tidemark installed. */
export interface ExtensionBrowser {
  readonly name: "chromium" | "firefox";
  readonly extensionOrigin: string;
  newPage(url?: string): Promise<TestPage>;
  /** Opens an extension page (popup.html, options.html) in a tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--disable-features=Translate,MediaRouter",
];

/** Chromium's raw Playwright context with an extension loaded (the bench needs CDP and routing). */
export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionOrigin: string;
  /** Closes the browser and deletes its temporary profile. */
  close(): Promise<void>;
}

/** Launches Debian Chromium (playwright-core) with `extensionDir` loaded, in a fresh temporary profile. */
export async function launchChromiumContext(extensionDir = E2E_BUILD.chromium): Promise<ChromiumWithExtension> {
  const profile = mkdtempSync(join(tmpdir(), "tidemark-chromium-"));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath("chromium"),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  return {
    context,
    extensionOrigin: `chrome-extension://${new URL(worker.url()).host}`,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Launches Debian Chromium (playwright-core) with the e2e build loaded. */
export async function launchChromium(extensionDir = E2E_BUILD.chromium): Promise<ExtensionBrowser> {
  const { context, extensionOrigin, close } = await launchChromiumContext(extensionDir);
  const wrap = (page: PwPage): TestPage => {
    const log: string[] = [];
    page.on("console", (m) => log.push(`[${m.type()}] ${m.text()}`));
    page.on("pageerror", (e) => log.push(`[pageerror] ${e.message}`));
    return {
      console: log,
      goto: async (url) => void (await page.goto(url, { waitUntil: "load" })),
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      waitFor: async (sel, timeout = 10_000) => void (await page.waitForSelector(sel, { timeout, state: "attached" })),
      waitForFunction: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(fn as never, arg, { timeout })),
      click: (sel) => page.click(sel),
      hover: (sel) => page.hover(sel),
      focus: (sel) => page.focus(sel),
      press: (key) => page.keyboard.press(key),
      mouseMove: (x, y) => page.mouse.move(x, y),
      setViewport: (width, height) => page.setViewportSize({ width, height }),
      emulateColorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
      screenshot: async (path) => void (await page.screenshot({ path })),
      close: () => page.close(),
    };
  };
  return {
    name: "chromium",
    extensionOrigin,
    async newPage(url) {
      const page = wrap(await context.newPage());
      if (url) await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = wrap(await context.newPage());
      await page.goto(`${extensionOrigin}/${path}`);
      return page;
    },
    close,
  };
}

// A fixed moz-extension UUID so tests can open extension pages by URL.
const FIREFOX_UUID = "7d1c9a52-3b0e-4c55-9a4e-2f7c5d1e8a11";
const GECKO_ID = "tidemark@tidemark.invalid";

/** Launches Debian Firefox ESR over WebDriver BiDi (puppeteer-core) with the e2e build installed. */
export async function launchFirefox(extensionDir = E2E_BUILD.firefox): Promise<ExtensionBrowser> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: "firefox",
    executablePath: browserPath("firefox"),
    headless: true,
    args: ["--remote-allow-system-access"],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      "datareporting.policy.dataSubmissionEnabled": false,
      "browser.shell.checkDefaultBrowser": false,
    },
  });
  await browser.installExtension(extensionDir);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  const wrap = (page: PpPage): TestPage => {
    const log: string[] = [];
    page.on("console", (m) => log.push(`[${m.type()}] ${m.text()}`));
    page.on("pageerror", (e) => log.push(`[pageerror] ${String(e)}`));
    return {
      console: log,
      goto: async (url) => void (await page.goto(url, { waitUntil: "load" })),
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      waitFor: async (sel, timeout = 10_000) => void (await page.waitForSelector(sel, { timeout })),
      waitForFunction: async (fn, arg, timeout = 10_000) =>
        void (await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg)),
      click: (sel) => page.click(sel),
      hover: (sel) => page.hover(sel),
      focus: (sel) => page.focus(sel),
      press: (key) => page.keyboard.press(key as never),
      mouseMove: (x, y) => page.mouse.move(x, y),
      setViewport: (width, height) => page.setViewport({ width, height }),
      emulateColorScheme: (scheme) => page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]),
      screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
      close: () => page.close(),
    };
  };
  return {
    name: "firefox",
    extensionOrigin,
    async newPage(url) {
      const page = wrap(await browser.newPage());
      if (url) await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const raw = await browser.newPage();
      const page = wrap(raw);
      // goto() on moz-extension:// pages never resolves although the page loads: don't await it.
      void raw.goto(`${extensionOrigin}/${path}`).catch(() => undefined);
      // A wait that starts while about:blank is being replaced can fail with a BiDi protocol
      // error ("right-hand side of 'in' should be an object"); wait again until the deadline.
      const deadline = Date.now() + 15_000;
      for (;;) {
        try {
          await raw.waitForSelector("#app > *", { timeout: Math.max(1, deadline - Date.now()) });
          break;
        } catch (error) {
          let text = "";
          for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) text += ` ${String(e)}`;
          if (Date.now() >= deadline || !/protocol error/i.test(text)) throw error;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      return page;
    },
    close: () => browser.close(),
  };
}

/** Launches the named browser with the e2e build. */
export function launchBrowser(name: "chromium" | "firefox"): Promise<ExtensionBrowser> {
  return name === "chromium" ? launchChromium() : launchFirefox();
}

/** Saves a screenshot and the console log of a page under test-results/ (used on failure). */
export async function saveArtifacts(page: TestPage, label: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const base = join(ARTIFACTS_DIR, label.replace(/[^a-z0-9-]+/gi, "-").slice(0, 120));
  await page.screenshot(`${base}.png`).catch(() => undefined);
  writeFileSync(`${base}.console.log`, page.console.join("\n"));
}

/** Runs `body` on a page; on failure saves its screenshot and console log, then rethrows. */
export async function withPage<T>(
  page: TestPage,
  label: string,
  body: (page: TestPage) => Promise<T>,
): Promise<T> {
  try {
    return await body(page);
  } catch (error) {
    await saveArtifacts(page, label);
    throw error;
  } finally {
    await page.close().catch(() => undefined);
  }
}
