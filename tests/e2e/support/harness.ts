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
  /** Runs a script's source in the page's main world, past its CSP (used to inject axe-core). */
  addScript(source: string): Promise<void>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Chromium: any time. Firefox (no media emulation over BiDi): only the scheme it was launched with. */
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
  /**
   * Resolves when a tab opened after this call shows a URL matching `url` (call it before the action
   * that opens the tab). How the tab's request is answered is up to the launch (route or proxy).
   */
  waitForNewTab(url: RegExp, timeoutMs?: number): Promise<OpenedTab>;
  close(): Promise<void>;
}

/** A tab the page under test opened (a link with target=_blank). */
export interface OpenedTab {
  readonly url: string;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--disable-features=Translate,MediaRouter",
];

/** The Chromium browser with its Playwright context, for tests that need more (network events, CDP). */
export interface ChromiumExtensionBrowser extends ExtensionBrowser {
  readonly name: "chromium";
  readonly context: BrowserContext;
}

/** Options for launchChromium: another build, or a proxy every request goes through (loopback included). */
export interface ChromiumOptions {
  extensionDir?: string;
  /** "127.0.0.1:PORT" of a recording proxy; `<-loopback>` makes loopback requests use it too. */
  proxy?: string;
  /** More command-line switches, e.g. `--lang=fr` for a French browser (needs Debian's chromium-l10n). */
  args?: string[];
  /**
   * More environment variables. On Linux, Chromium's interface language (i18n.getUILanguage, getMessage)
   * comes from LANGUAGE/LANG; `--lang` alone only changes how the manifest is resolved at load.
   */
  env?: Record<string, string>;
}

/** Launches Debian Chromium (playwright-core) with the e2e build loaded. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumExtensionBrowser> {
  const extensionDir = options.extensionDir ?? E2E_BUILD.chromium;
  const profile = mkdtempSync(join(tmpdir(), "tidemark-chromium-"));
  const proxyArgs = options.proxy ? [`--proxy-server=http://${options.proxy}`, "--proxy-bypass-list=<-loopback>"] : [];
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath("chromium"),
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS, ...proxyArgs, ...(options.args ?? [])],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  const wrap = (page: PwPage): TestPage => {
    const log: string[] = [];
    page.on("console", (m) => log.push(`[${m.type()}] ${m.text()}`));
    page.on("pageerror", (e) => log.push(`[pageerror] ${e.message}`));
    return {
      console: log,
      goto: async (url) => void (await page.goto(url, { waitUntil: "load" })),
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      addScript: async (source) => void (await page.evaluate(`${source}\n;undefined`)),
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
    context,
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
    async waitForNewTab(url, timeout = 10_000) {
      const tab = await context.waitForEvent("page", { timeout });
      // The new page can still be about:blank when the event fires.
      await tab.waitForURL(url, { timeout, waitUntil: "commit" });
      return { url: tab.url(), close: () => tab.close() };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// A fixed moz-extension UUID so tests can open extension pages by URL.
const FIREFOX_UUID = "7d1c9a52-3b0e-4c55-9a4e-2f7c5d1e8a11";
const GECKO_ID = "tidemark@tidemark.invalid";

/** Extra launch settings for Firefox. */
export interface FirefoxOptions {
  /** "127.0.0.1:PORT" of a recording proxy that every request goes through, loopback included. */
  proxy?: string;
  /** More about:config prefs (they win over the harness's own). */
  prefs?: Record<string, string | number | boolean>;
  /** More environment variables for the Firefox process. */
  env?: Record<string, string>;
}

/** Prefs that send every request (http, https as CONNECT, loopback too) through the proxy at `address`. */
export function firefoxProxyPrefs(address: string): Record<string, string | number | boolean> {
  const [host, port] = address.split(":") as [string, string];
  return {
    "network.proxy.type": 1,
    "network.proxy.http": host,
    "network.proxy.http_port": Number(port),
    "network.proxy.ssl": host,
    "network.proxy.ssl_port": Number(port),
    "network.proxy.share_proxy_settings": false,
    "network.proxy.allow_hijacking_localhost": true,
    "network.proxy.no_proxies_on": "",
  };
}

/** The Firefox browser, with what only it can tell. */
export interface FirefoxExtensionBrowser extends ExtensionBrowser {
  readonly name: "firefox";
  /**
   * Uncaught errors and unhandled rejections of the extension's code since launch (its pages, background,
   * content scripts), read from the browser's console service: over BiDi Firefox sends no console events
   * for moz-extension pages, so their TestPage.console stays empty. (console.error calls made in the
   * extension process never reach the parent's console service: not included. Nor is Firefox's
   * "… after context unloaded", which closing a tab mid-call causes.)
   */
  extensionErrors(): Promise<string[]>;
}

export const isFirefox = (browser: ExtensionBrowser): browser is FirefoxExtensionBrowser => browser.name === "firefox";

/** Runs in Firefox's parent process (needs --remote-allow-system-access): the errors whose source is `origin`. */
const CONSOLE_ERRORS = (origin: string) => `(() => {
  const origin = ${JSON.stringify(origin)};
  const out = [];
  const notError = Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag;
  // ExtensionCommon.sys.mjs reports calls still pending when a test closes their tab: not the code's error.
  const teardown = / after context unloaded/;
  for (const m of Services.console.getMessageArray() ?? []) {
    if (m instanceof Ci.nsIScriptError && !(m.flags & notError) && m.sourceName.startsWith(origin) && !teardown.test(m.errorMessage)) {
      out.push("[error] " + m.sourceName + ": " + m.errorMessage);
    }
  }
  return JSON.stringify(out);
})()`;

type BidiSend = (method: string, params: object) => Promise<{ result: Record<string, unknown> }>;

/** Launches Debian Firefox ESR over WebDriver BiDi (puppeteer-core) with the e2e build installed. */
export async function launchFirefox(
  extensionDir = E2E_BUILD.firefox,
  colorScheme: "light" | "dark" = "light",
  options: FirefoxOptions = {},
): Promise<FirefoxExtensionBrowser> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: "firefox",
    executablePath: browserPath("firefox"),
    headless: true,
    args: ["--remote-allow-system-access"],
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // puppeteer's emulateMediaFeatures needs CDP, which Firefox lacks: the scheme is a launch-time pref
      // (0 = dark, 1 = light).
      "layout.css.prefers-color-scheme.content-override": colorScheme === "dark" ? 0 : 1,
      "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      "datareporting.policy.dataSubmissionEnabled": false,
      "browser.shell.checkDefaultBrowser": false,
      ...(options.proxy ? firefoxProxyPrefs(options.proxy) : {}),
      ...options.prefs,
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
      addScript: async (source) => void (await page.evaluate(`${source}\n;undefined`)),
      waitFor: async (sel, timeout = 10_000) => void (await page.waitForSelector(sel, { timeout })),
      waitForFunction: async (fn, arg, timeout = 10_000) =>
        void (await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg)),
      click: (sel) => page.click(sel),
      hover: (sel) => page.hover(sel),
      focus: (sel) => page.focus(sel),
      press: (key) => page.keyboard.press(key as never),
      mouseMove: (x, y) => page.mouse.move(x, y),
      setViewport: (width, height) => page.setViewport({ width, height }),
      emulateColorScheme: async (scheme) => {
        if (scheme !== colorScheme) {
          throw new Error(`Firefox was launched in ${colorScheme}: use launchBrowser("firefox", { colorScheme: "${scheme}" })`);
        }
      },
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
    async waitForNewTab(url, timeout = 10_000) {
      const before = new Set(browser.targets());
      // A load that failed (e.g. refused by a test proxy) shows about:neterror?…&u=<url>: the tab's URL is <url>.
      const shown = (t: { url(): string }) =>
        t.url().startsWith("about:neterror?") ? new URLSearchParams(t.url().split("?")[1]).get("u") ?? t.url() : t.url();
      const target = await browser.waitForTarget((t) => !before.has(t) && t.type() === "page" && url.test(shown(t)), { timeout });
      const tab = await target.page();
      return { url: shown(target), close: async () => void (await tab?.close()) };
    },
    async extensionErrors() {
      // puppeteer has no API for Firefox's chrome scope: send the BiDi commands on its connection.
      const connection = (browser as unknown as { connection: { send: BidiSend } }).connection;
      const tree = await connection.send("browsingContext.getTree", { "moz:scope": "chrome", maxDepth: 0 });
      const context = (tree.result.contexts as { context: string }[])[0]!.context;
      const answer = await connection.send("script.evaluate", { expression: CONSOLE_ERRORS(extensionOrigin), target: { context }, awaitPromise: false });
      const result = answer.result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
      if (result.type !== "success") throw new Error(`reading Firefox's console failed: ${result.exceptionDetails?.text}`);
      return JSON.parse(result.result!.value!) as string[];
    },
    close: () => browser.close(),
  };
}

/** Launches the named browser with the e2e build. */
export function launchBrowser(
  name: "chromium" | "firefox",
  options: { colorScheme?: "light" | "dark" } = {},
): Promise<ChromiumExtensionBrowser | FirefoxExtensionBrowser> {
  return name === "chromium" ? launchChromium() : launchFirefox(E2E_BUILD.firefox, options.colorScheme);
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
