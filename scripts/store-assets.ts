// `npm run store:assets [-- --no-build]`: renders the store pictures (issue 16) from the e2e build in real
// Chromium, on our fixture articles served on 127.0.0.1, in English and in French (a browser started in that
// language, so the popup and options follow it) and in light and dark:
//   store/screenshots/<lang>/{popover,popup,options}-<scheme>.png   1280×800 (Chrome Web Store and AMO)
//   store/promo/tile-<lang>.png                                     440×280 (Chrome Web Store small tile)
// Nothing is drawn by hand: the popover, popup and options are the extension's own pages; the popup shot
// places the popup's real render over the article it reports on, where the browser opens it; the tile is an
// HTML page made here from the icon and the manifest's description. Every file is checked for its size.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { fakeGovuk, storageSet, tabIdOf, toBackground } from "../tests/e2e/controls-helpers";
import { launchChromium, type ChromiumExtensionBrowser } from "../tests/e2e/support/harness";
import { startServer, type TestServer } from "../tests/e2e/support/server";
import { pngSize, STORE_IMAGES, type StoreLanguage } from "./store/images";

const ROOT = new URL("../", import.meta.url).pathname;
const FIXTURES = `${ROOT}tests/fixtures/`;
const SCHEMES = ["light", "dark"] as const;
/** One article per language with a checked claim near the top (fixtures written for Tidemark's tests). */
const ARTICLES: Record<StoreLanguage, string> = {
  en: "/articles/en-h1-2025-record-half-year.html",
  fr: "/articles/fr-premier-semestre-2025-record.html",
};
const CLAIM = "tidemark-mark[data-tidemark=claim]";

async function main(): Promise<void> {
  if (!process.argv.includes("--no-build")) {
    console.log("Building the e2e build (npm run build:e2e)…");
    const build = spawnSync("npm", ["run", "-s", "build:e2e"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    if (build.status !== 0) throw new Error("npm run build:e2e failed");
  }
  const server = await startServer(FIXTURES);
  server.route("/static/site.css", (_req, res) => {
    res.writeHead(200, { "content-type": "text/css" });
    res.end(readFileSync(`${ROOT}scripts/store/news-site.css`));
  });
  const govuk = fakeGovuk(server);
  govuk.serve("2026-08-21");
  try {
    for (const lang of ["en", "fr"] as const) await shoot(lang, server, govuk.contentUrl);
  } finally {
    await server.close();
  }
  const wrong = STORE_IMAGES.map((img) => ({ img, size: pngSize(readFileSync(`${ROOT}${img.path}`)) }))
    .filter(({ img, size }) => size[0] !== img.width || size[1] !== img.height);
  for (const img of STORE_IMAGES) console.log(`  ${img.path}  ${img.width}×${img.height}`);
  if (wrong.length) throw new Error(`wrong sizes: ${wrong.map((w) => `${w.img.path} is ${w.size.join("×")}`).join(", ")}`);
  console.log(`${STORE_IMAGES.length} store images written, each at its exact size.`);
}

/** Every picture of one language, from a Chromium started in that language. */
async function shoot(lang: StoreLanguage, server: TestServer, govukUrl: string): Promise<void> {
  // --lang and LANGUAGE together, as on a French Linux desktop (see tests/e2e/locales.e2e.test.ts).
  const browser = await launchChromium({ args: [`--lang=${lang}`], env: { LANGUAGE: lang } });
  try {
    await storageSet(browser, { e2eGovukUrl: govukUrl });
    await toBackground(browser, "refreshNow");
    const url = server.url(ARTICLES[lang]);
    const article = await browser.context.newPage();
    await article.setViewportSize({ width: 1280, height: 800 });
    const dir = `${ROOT}store/screenshots/${lang}/`;
    mkdirSync(dir, { recursive: true });
    for (const scheme of SCHEMES) {
      // The article afresh in each scheme, its claims checked.
      await article.emulateMedia({ colorScheme: scheme });
      await article.goto(url, { waitUntil: "load" });
      await article.waitForFunction((sel) => [...document.querySelectorAll(sel)].some((c) => c.getAttribute("data-verdict") !== "pending"), CLAIM);
      await settle(article);
      // Popup: its real render, placed where the browser opens it, over the article it reports on.
      const tab = await tabIdOf(browser, url);
      const page = await article.screenshot();
      const popup = await popupShot(browser, tab, scheme);
      await compose(browser, `${dir}popup-${scheme}.png`, 1280, 800, popupOverPage(page, popup, scheme));
      // Popover: the first checked claim, focused as a keyboard reader would (in the tab in front).
      // Scrolled to the byline, as when reading on, so the card below the claim has room.
      await article.bringToFront();
      const claim = `${CLAIM}:not([data-verdict=pending])`;
      await article.evaluate(() => window.scrollTo(0, document.querySelector(".byline")!.getBoundingClientRect().top + scrollY - 12));
      await article.focus(claim);
      await article.waitForFunction(() => !!document.querySelector("tidemark-popover")?.shadowRoot?.querySelector(".tm-fresh"));
      await settle(article, 400);
      await article.screenshot({ path: `${dir}popover-${scheme}.png` });
      // Options: the page as it opens.
      const options = await browser.context.newPage();
      await options.setViewportSize({ width: 1280, height: 800 });
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`${browser.extensionOrigin}/options.html`);
      await options.waitForSelector("[data-testid=options-freshness]");
      await settle(options);
      await options.screenshot({ path: `${dir}options-${scheme}.png` });
      await options.close();
    }
    mkdirSync(`${ROOT}store/promo/`, { recursive: true });
    await compose(browser, `${ROOT}store/promo/tile-${lang}.png`, 440, 280, tile(lang));
  } finally {
    await browser.close();
  }
}

/** The popup as the browser shows it: its page at the popup's width, as tall as its content. */
async function popupShot(browser: ChromiumExtensionBrowser, tab: number, scheme: "light" | "dark"): Promise<Buffer> {
  const popup = await browser.context.newPage();
  try {
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`${browser.extensionOrigin}/popup.html?tab=${tab}`);
    await popup.waitForSelector("[data-reveal]");
    await popup.waitForSelector("[data-testid=freshness]");
    await settle(popup);
    // A browser sizes the popup to its content, up to 600 px high: measure it in a short viewport.
    await popup.setViewportSize({ width: 360, height: 100 });
    const height = await popup.evaluate(() => Math.min(600, document.documentElement.scrollHeight));
    await popup.setViewportSize({ width: 360, height });
    await settle(popup);
    return await popup.screenshot({ clip: { x: 0, y: 0, width: 360, height } });
  } finally {
    await popup.close();
  }
}

/** Renders an HTML page at exactly width×height and saves it. */
async function compose(browser: ChromiumExtensionBrowser, path: string, width: number, height: number, html: string): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize({ width, height });
    await page.setContent(html, { waitUntil: "load" });
    await page.screenshot({ path, clip: { x: 0, y: 0, width, height } });
  } finally {
    await page.close();
  }
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString("base64")}`;

/** The article with the popup hanging from the toolbar's top right corner, as Chromium draws it. */
function popupOverPage(page: Buffer, popup: Buffer, scheme: "light" | "dark"): string {
  const edge = scheme === "dark" ? "rgba(255,255,255,.18)" : "rgba(0,0,0,.18)";
  return `<!doctype html><html><body style="margin:0;width:1280px;height:800px;overflow:hidden;position:relative">
<img src="${dataUrl(page)}" style="position:absolute;left:0;top:0;width:1280px;height:800px" alt="">
<img src="${dataUrl(popup)}" style="position:absolute;top:6px;right:14px;width:360px;border-radius:8px;box-shadow:0 10px 30px rgba(0,0,0,.35),0 0 0 1px ${edge}" alt="">
</body></html>`;
}

/** The small promotional tile: icon, name and the manifest's description in that language. */
function tile(lang: StoreLanguage): string {
  const icon = readFileSync(`${ROOT}assets/icon.svg`, "utf8");
  const messages = JSON.parse(readFileSync(`${ROOT}public/_locales/${lang}/messages.json`, "utf8")) as Record<string, { message: string }>;
  const sample = lang === "fr" ? ["Plus de ", "41\u202f000 personnes", " ont traversé la Manche en 2025."] : ["", "Nearly 20,000 people", " crossed the Channel between January and June 2025."];
  return `<!doctype html><html lang="${lang}"><body style="margin:0;width:440px;height:280px;overflow:hidden;background:linear-gradient(160deg,#1d4f6e 0%,#21608a 55%,#2a7ab8 100%);color:#fff;font-family:'DejaVu Sans',Arial,sans-serif">
<div style="display:flex;align-items:center;gap:16px;padding:30px 30px 0">
  <div style="width:76px;height:76px;flex:none;filter:drop-shadow(0 2px 8px rgba(0,0,0,.5))">${icon.replace("<svg ", '<svg width="76" height="76" ')}</div>
  <div style="font:700 40px/1 'DejaVu Serif',Georgia,serif;letter-spacing:-.01em">${messages.extName!.message}</div>
</div>
<p style="margin:18px 30px 0;font-size:16px;line-height:1.4">${nonBreakingHyphens(messages.extDescription!.message)}</p>
<p style="margin:14px 30px 0;padding:8px 12px;background:#fff;color:#1b1b1b;border-radius:6px;font:14px/1.35 'DejaVu Serif',Georgia,serif">${sample[0]}<span style="border-bottom:3px solid #f4c542;padding-bottom:1px">${sample[1]}</span>${sample[2]} <span style="color:#1a7f37;font-weight:700">✓</span></p>
</body></html>`;
}

/** "small-boat" never split at its hyphen across two lines of the tile. */
const nonBreakingHyphens = (text: string) => text.replace(/(\w)-(\w)/g, "$1\u2011$2");

/** Waits for fonts and two frames, then `extraMs` (animations), before a screenshot. */
async function settle(page: Page, extraMs = 150): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
  await page.waitForTimeout(extraMs);
}

main().catch((error: unknown) => {
  console.error(`store:assets: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});
