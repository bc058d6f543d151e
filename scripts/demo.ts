// `npm run demo [-- --headless]`: builds the e2e build, serves the demo pages on 127.0.0.1 and opens
// Chromium with Tidemark loaded. With a display it opens a normal window on an index of the pages;
// with --headless (or no display) it screenshots each page into demo-output/ and prints what Tidemark found.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { browserPath, E2E_BUILD } from "../tests/e2e/support/browsers";
import { startServer } from "../tests/e2e/support/server";

const FIXTURES = new URL("../tests/fixtures/", import.meta.url).pathname;
const OUT = new URL("../demo-output/", import.meta.url).pathname;
const headless = process.argv.includes("--headless") || !process.env.DISPLAY;

/** The demo pages: our hand-written fixture pages, in a stable order. */
function demoPages(): string[] {
  const list = (dir: string) =>
    readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith(".html")).sort().map((f) => `/${dir}/${f}`);
  return [...list("pages"), ...list("articles").slice(0, 12)];
}

/** What the extension left on a page, read from its documented attributes. */
function summarise(): { mentions: Record<string, number>; claims: { text: string; verdict: string }[] } {
  const mentions: Record<string, number> = {};
  const claims: { text: string; verdict: string }[] = [];
  for (const el of document.querySelectorAll<HTMLElement>("[data-tidemark]")) {
    if (el.dataset.tidemark === "claim") claims.push({ text: el.textContent ?? "", verdict: el.dataset.verdict ?? "?" });
    else mentions[el.dataset.topic ?? "?"] = (mentions[el.dataset.topic ?? "?"] ?? 0) + 1;
  }
  return { mentions, claims };
}

async function main(): Promise<void> {
  console.log("Building the e2e build (npm run build:e2e)…");
  const build = spawnSync("npm", ["run", "-s", "build:e2e"], { stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error("npm run build:e2e failed");
  const server = await startServer(FIXTURES);
  const pages = demoPages();
  server.route("/", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    const items = pages.map((p) => `<li><a href="${p}">${p.split("/").pop()}</a></li>`).join("");
    res.end(`<!doctype html><html lang="en"><title>Tidemark demo</title><body style="font:16px system-ui;margin:2rem">` +
      `<h1>Tidemark demo pages</h1><p>Fictional articles written for Tidemark's tests. Hover or focus a highlight.</p><ul>${items}</ul></body></html>`);
  });
  const ext = E2E_BUILD.chromium;
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "tidemark-demo-")), {
    executablePath: browserPath("chromium"),
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, "--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  if (!headless) {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url("/"));
    console.log(`Chromium is open on ${server.url("/")}. Close the window to stop.`);
    await new Promise<void>((done) => context.on("close", () => done()));
    await server.close();
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(server.url(path), { waitUntil: "load" });
    await page.waitForSelector("[data-tidemark]", { timeout: 3000, state: "attached" }).catch(() => undefined);
    await page.waitForTimeout(300); // let verdicts arrive from the background
    const found = await page.evaluate(summarise);
    const shot = join(OUT, `${path.replace(/^\//, "").replace(/[/.]/g, "_")}.png`);
    await page.screenshot({ path: shot, fullPage: false });
    const topics = Object.entries(found.mentions).map(([t, n]) => `${t} ${n}`).join(", ") || "none";
    console.log(`\n${path}\n  mentions: ${topics}\n  screenshot: ${shot}`);
    for (const c of found.claims) console.log(`  claim [${c.verdict}] ${c.text}`);
  }
  await context.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
