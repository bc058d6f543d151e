// `npm run bench`: what Tidemark costs a news page, in real Chromium, against four baselines (issue 7).
// Usage: npm run bench -- [--runs N] [--json] [--smoke] [--no-build] [--pages article,liveblog,...]
//   pages: article, liveblog, nomention, appending (issue 7); punctuation, money, appended (issue 14, hostile)
//   --runs N    runs per case (default 5; each case on a freshly loaded page)
//   --json      print one JSON object (one entry per page) instead of the table
//   --smoke     one run, page 4 appends for 2 s, BENCHMARKS.md untouched, no thresholds (CI)
//   --no-build  use the builds already in .output (npm test builds them just before)
//   --naive-cap-ms N  stop naive mark.js after N ms (default 3000; it then reports a lower bound)
//   --cpu N     the slow-laptop pairing's CPU throttling rate (default 4, issue 15; 1 leaves it out)
// Writes BENCHMARKS.md unless --smoke. Targets are reported, never asserted: the exit code is 0
// whenever the bench itself ran.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { hostilePages, isHostile } from "../bench/hostile";
import { generatePages, type BenchPage, type PageId } from "../bench/pages";
import {
  benchmarksMarkdown, jsonReport, markdownSlowTable, markdownTable, markdownTargets, targets, type Environment, type PageSamples,
} from "../bench/report";
import { routeBaselineHost, runBaseline, runControl, runExtension, setDrawMode, type BaselineInput, type BaselineName } from "../bench/runner";
import { PAGE_KIT, READER_KIT, contentScriptSize } from "../bench/size";
import { benchTerms } from "../bench/terms";
import { E2E_BUILD } from "../tests/e2e/support/browsers";
import { launchChromium } from "../tests/e2e/support/harness";
import { startServer } from "../tests/e2e/support/server";

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const smoke = flag("--smoke");
const json = flag("--json");
const runs = smoke ? 1 : Number(option("--runs") ?? 5);
const only = option("--pages")?.split(",") as PageId[] | undefined;
const cpuRate = Number(option("--cpu") ?? 4);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a positive integer, got ${option("--runs")}`);
// With --json, stdout carries only the JSON object: progress goes to stderr.
const log = (line: string) => process.stderr.write(`${line}\n`);

function build(label: string, args: string[], env: Record<string, string> = {}): void {
  log(`building ${label}…`);
  const result = spawnSync("npx", ["wxt", "build", ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  if (result.status !== 0) {
    process.stderr.write(result.stdout);
    process.stderr.write(result.stderr);
    throw new Error(`wxt build ${args.join(" ")} failed`);
  }
}

async function main(): Promise<void> {
  if (!flag("--no-build")) {
    build("the release build (for its size)", []);
    build("the e2e build (runs on 127.0.0.1)", ["--mode", "e2e"], { TIDEMARK_E2E: "1" });
  }
  const pages = [...generatePages({ appendForMs: smoke ? 2_000 : 10_000 }), ...hostilePages()].filter((p) => !only || only.includes(p.id));
  const { source, flags, terms } = benchTerms();
  const input: BaselineInput = { source, flags, terms, naiveCapMs: Number(option("--naive-cap-ms") ?? 3_000) };
  const server = await startServer(new URL("../bench/", import.meta.url).pathname);
  for (const page of pages) {
    server.route(page.path, (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(page.html);
    });
  }
  const browser = await launchChromium({ extensionDir: E2E_BUILD.chromium });
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;
  try {
    const { context } = browser;
    await routeBaselineHost(context, pages);
    const version = await browserVersion(context);
    const samples: PageSamples[] = pages.map((page) => ({
      page, extension: [], control: [], baselines: { scanFloor: [], writeFloor: [], naiveMark: [], markRegExp: [] },
    }));
    // The article and the live blog again in the no-page-modification mode, paired with the same
    // baselines and control (decision 0007): what painting ranges instead of wrapping text costs.
    const ranges: PageSamples[] = samples.filter((s) => s.page.id === "article" || s.page.id === "liveblog")
      .map((s) => ({ ...s, mode: "ranges", extension: [] }));
    // Every page again at 4× CPU slowdown (issue 15: a slow laptop), each run paired with its own control
    // (the same page without the extension, also throttled): no baselines, the probe's blocks and timings.
    const slow: PageSamples[] = cpuRate > 1 ? samples.map((s) => ({
      page: s.page, cpuRate, extension: [], control: [], baselines: { scanFloor: [], writeFloor: [], naiveMark: [], markRegExp: [] },
    })) : [];
    const host = new URL(server.origin).hostname;
    for (let run = 0; run < runs; run++) {
      for (const s of samples) {
        log(`run ${run + 1}/${runs} · ${s.page.id}`);
        await runPage(context, s, run, server.origin, input);
        const t = slow.find((x) => x.page === s.page);
        if (t) {
          log(`run ${run + 1}/${runs} · ${s.page.id}, ${cpuRate}× CPU slowdown`);
          t.control.push(await runControl(context, s.page, { cpuRate }));
          t.extension.push(await runExtension(context, s.page, server.origin, { inspectUi: false, cpuRate }));
        }
        const r = ranges.find((x) => x.page === s.page);
        if (!r) continue;
        log(`run ${run + 1}/${runs} · ${s.page.id}, ranges mode`);
        await setDrawMode(context, host, "ranges");
        try {
          r.extension.push(await runExtension(context, s.page, server.origin, { inspectUi: false }));
        } finally {
          await setDrawMode(context, host, null);
        }
      }
    }
    samples.push(...ranges, ...slow);
    const env: Environment = {
      date: new Date().toISOString(),
      machine: `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${process.platform} ${process.arch}`,
      browser: version,
      node: process.version,
      runs,
      smoke,
      load: { start: loadAtStart, end: loadavg()[0]! },
      contentScript: (() => {
        const size = contentScriptSize();
        const kit = contentScriptSize(PAGE_KIT);
        const readerKit = contentScriptSize(READER_KIT);
        return size ? { ...size, build: ".output/chrome-mv3/content-scripts/content.js (release build)", pageKit: kit, readerKit } : null;
      })(),
    };
    const results = targets(samples, env);
    if (json) process.stdout.write(`${JSON.stringify(jsonReport(samples, env, results), null, 2)}\n`);
    else {
      console.log(`\n${env.browser} · ${env.machine} · ${runs} run(s) · medians (min–max)\n`);
      console.log(markdownTable(samples.filter((x) => (x.cpuRate ?? 1) === 1)));
      if (slow.length) console.log(`\nAt ${cpuRate}× CPU slowdown\n\n${markdownTable(slow)}\n\n${markdownSlowTable(samples)}`);
      console.log(`\n${markdownTargets(results)}\n`);
    }
    if (!smoke) {
      writeFileSync(new URL("../BENCHMARKS.md", import.meta.url), benchmarksMarkdown(samples, env, results));
      log("wrote BENCHMARKS.md");
    }
    log(`bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await browser.close();
    await server.close();
  }
}

// One run of one page: the four baselines and the extension, each on a freshly loaded page. The first
// baseline page also gives the control metrics (the same page, loaded, nothing injected).
async function runPage(
  context: Parameters<typeof runBaseline>[0], s: PageSamples, run: number, origin: string, input: BaselineInput,
): Promise<void> {
  const page: BenchPage = s.page;
  if (!page.appends && !isHostile(page.id)) {
    const order: BaselineName[] = ["scanFloor", "writeFloor", "markRegExp", "naiveMark"];
    for (const name of order) {
      const { sample, control } = await runBaseline(context, page, name, input, name === "scanFloor");
      s.baselines[name].push(sample);
      if (control) s.control.push(control);
    }
  } else {
    // Page 4 and the hostile pages have no baselines (page 4's work is spread over 10 s; the hostile
    // pages measure a bound, not a ratio); their control is the loaded page.
    const { control } = await runBaseline(context, page, "scanFloor", input, true);
    s.control.push(control!);
  }
  s.extension.push(await runExtension(context, page, origin, { inspectUi: page.id === "nomention" || run === 0 }));
}

async function browserVersion(context: Parameters<typeof runBaseline>[0]): Promise<string> {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    const { product } = (await cdp.send("Browser.getVersion")) as { product: string };
    return product.replace("HeadlessChrome", "Chromium (headless)");
  } finally {
    await tab.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
