/**
 * `npm run -s annotate -- <file.html|https-url> [--json] [--date YYYY-MM-DD]` (issue 4): runs the
 * extension's detection core on a saved or fetched page in Node and prints a report or one JSON object.
 */
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { JSDOM } from "jsdom";
import { toReport, type AnnotationReport } from "../core/detect/annotate";
import { bundledLookup } from "../core/detect/bundled-lookup";
import { annotateDocument } from "../dom/annotate-document";

const USAGE = "usage: annotate <file.html|https-url> [--json] [--date YYYY-MM-DD]";

interface Args {
  target: string;
  json: boolean;
  date?: string;
}

function parseArgs(argv: string[]): Args {
  let target: string | undefined;
  let json = false;
  let date: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") json = true;
    else if (arg === "--date") {
      date = argv[++i];
      const parsed = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
      if (!date || Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== date) {
        throw new Error(`--date needs a real day as YYYY-MM-DD. ${USAGE}`);
      }
    } else if (arg.startsWith("-")) throw new Error(`unknown option ${arg}. ${USAGE}`);
    else if (target) throw new Error(`one page at a time. ${USAGE}`);
    else target = arg;
  }
  if (!target) throw new Error(USAGE);
  return { target, json, ...(date ? { date } : {}) };
}

async function load(target: string): Promise<{ html: string; url: string }> {
  if (/^https:\/\//i.test(target)) {
    const response = await fetch(target, { redirect: "follow", signal: AbortSignal.timeout(20_000) }).catch((e: unknown) => {
      throw new Error(`cannot fetch ${target}: ${e instanceof Error ? e.message : String(e)}`);
    });
    if (!response.ok) throw new Error(`cannot fetch ${target}: HTTP ${response.status}`);
    return { html: await response.text(), url: response.url };
  }
  if (/^[a-z]+:\/\//i.test(target)) throw new Error(`only https URLs or files: ${target}`);
  const html = await readFile(target, "utf8").catch((e: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${target}: ${e.code ?? e.message}`);
  });
  return { html, url: pathToFileURL(target).href };
}

/** Annotates a page's HTML as the extension would; `url` only sets the document's address. */
export function annotateHtml(html: string, url: string, date?: string): AnnotationReport {
  const dom = new JSDOM(html, { url });
  try {
    return toReport(annotateDocument(dom.window.document, bundledLookup(), date ? { published: date } : {}));
  } finally {
    dom.window.close();
  }
}

/** A readable report: relevance, mentions by topic, each claim with its verdict and official figure. */
export function formatReport(report: AnnotationReport, target: string): string {
  const lines = [`${target}`, `language: ${report.language ?? "unknown"} · published: ${report.published ?? "unknown"} · relevant: ${report.relevant ? "yes" : "no"}`];
  if (!report.relevant) return lines.join("\n");
  const byTopic = new Map<string, string[]>();
  for (const m of report.mentions) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m.text]);
  lines.push(`mentions: ${report.mentions.length}`);
  for (const [topic, texts] of byTopic) lines.push(`  ${topic} (${texts.length}): ${[...new Set(texts.map((t) => t.toLowerCase()))].join("; ")}`);
  lines.push(`claims: ${report.claims.length}`);
  for (const c of report.claims) {
    const period = c.period ? `${c.period.start}…${c.period.end}` : "no period";
    lines.push(`  [${c.verdict}] "${c.text}" — ${c.metric} ${c.approx} ${c.value}, ${period}`);
    if (c.official) lines.push(`      official: ${c.official.value} (${c.official.source}, as of ${c.official.asOf}${c.matchedAsOf ? `, matched data of ${c.matchedAsOf}` : ""})`);
    lines.push(`      ${c.explanation}`);
  }
  return lines.join("\n");
}

/** The command: returns the exit code; writes the report to `out` and a one-line error to `err`. */
export async function main(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): Promise<number> {
  try {
    const args = parseArgs(argv);
    const { html, url } = await load(args.target);
    const report = annotateHtml(html, url, args.date);
    out(args.json ? JSON.stringify(report, null, 2) : formatReport(report, args.target));
    return 0;
  } catch (e) {
    err(`annotate: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
