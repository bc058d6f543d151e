/**
 * `npm run -s eval:claims -- <pages-dir> <expected.json> [--json] [--verbose]` (issue 12): scores the claim
 * checker on a set of saved pages in the shape of `shared/corpus/real-claims/` — relevance, mention recall,
 * claims found, verdicts right, and true figures called "differs". The pages go through the annotate
 * command's own pipeline (`annotateHtml`), which is the content script's pipeline.
 *
 * Expected verdicts: "a|b" accepts either; "notmatches" accepts anything but "matches". A claim is found
 * when a claim read inside its sentence holds the same number as a whole token ("19,982", "19 982" and
 * "19.982" are one number; "982" is not "19,982").
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { AnnotationReport } from "../core/detect/annotate";
import { annotateHtml } from "./annotate";

/** One page's expectations. */
export interface ExpectedPage {
  url?: string;
  published: string;
  language: "en" | "fr";
  relevant: boolean;
  mentions: string[];
  claims: { number: string; verdict: string; sentence: string }[];
}

/** What went right and wrong on one page. */
export interface PageScore {
  page: string;
  relevantRight: boolean;
  mentionsFound: number;
  mentionsExpected: number;
  claimsFound: number;
  verdictsRight: number;
  claimsExpected: number;
  /** Expected claims whose accepted verdicts exclude "differs" but which were called "differs". */
  falseDiffers: number;
  /** Claims read outside the expected ones and called "differs" (numbers that are not claims about our data). */
  strayDiffers: number;
  /** Highlights on a page that should have none. */
  trapHighlights: number;
  problems: string[];
}

/** Lower case, one kind of quote and apostrophe, any run of spaces or hyphens as one space. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[«»“”"]/g, "").replace(/[\s\u00a0\u202f‐‑–—-]+/g, " ").trim();
}

/** A number's identity: digits with thousands separators (comma, dot, spaces) removed, decimals kept. */
export function numberKey(written: string): string {
  const s = written.replace(/[£€$%]|per\s?cent|pour\s?cent/gi, "").replace(/[\s\u00a0\u202f\u2009]/g, "");
  const grouped = /^\d{1,3}(?:([.,])\d{3})+$/.exec(s);
  if (grouped) return s.replace(/[.,]/g, "");
  return s.replace(",", ".");
}

// Whole numbers in a text, as keys ("19 982" → "19982").
function numbersIn(text: string): string[] {
  const out: string[] = [];
  const re = /\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+(?![\d])|\d+(?:[.,]\d+)?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(numberKey(m[0]));
  return out;
}

/** Does `verdict` satisfy the expectation `expected` ("a|b", "notmatches")? */
export function verdictAccepted(expected: string, verdict: string): boolean {
  if (expected === "notmatches") return verdict !== "matches";
  return expected.split("|").includes(verdict);
}

/** Scores one page's report against its expectations. */
export function scorePage(page: string, expected: ExpectedPage, report: AnnotationReport): PageScore {
  const problems: string[] = [];
  const relevantRight = report.relevant === expected.relevant;
  if (!relevantRight) problems.push(`relevant: ${report.relevant}, expected ${expected.relevant}`);
  const found = report.relevant ? report.mentions.map((m) => normalise(m.text)) : [];
  let mentionsFound = 0;
  for (const m of expected.relevant ? expected.mentions : []) {
    const want = normalise(m);
    if (found.some((f) => f.includes(want))) mentionsFound++;
    else problems.push(`mention missed: "${m}"`);
  }
  const trapHighlights = expected.relevant ? 0 : report.relevant ? report.mentions.length + report.claims.length : 0;
  let claimsFound = 0;
  let verdictsRight = 0;
  let falseDiffers = 0;
  const used = new Set<number>();
  for (const c of expected.claims) {
    const sentence = normalise(c.sentence);
    const key = numberKey(c.number);
    const i = report.claims.findIndex((r, j) => !used.has(j) && sentence.includes(normalise(r.text)) && numbersIn(r.text).includes(key));
    if (i < 0) {
      problems.push(`claim not read: ${c.number} (${c.verdict}) in "${c.sentence.slice(0, 90)}…"`);
      if (verdictAccepted(c.verdict, "unverifiable")) verdictsRight += 0; // a missed claim is never right
      continue;
    }
    used.add(i);
    claimsFound++;
    const r = report.claims[i]!;
    if (verdictAccepted(c.verdict, r.verdict)) verdictsRight++;
    else {
      const period = r.period ? `${r.period.start}…${r.period.end}` : "no period";
      problems.push(`${c.number}: ${r.verdict}, expected ${c.verdict} — read as ${r.metric} ${r.approx} ${r.value}, ${period} — ${r.explanation}`);
      if (r.verdict === "differs" && !verdictAccepted(c.verdict, "differs")) falseDiffers++;
    }
  }
  let strayDiffers = 0;
  report.claims.forEach((r, j) => {
    if (used.has(j) || r.verdict !== "differs") return;
    strayDiffers++;
    problems.push(`"differs" on a number not expected as a claim: "${r.text}" (${r.metric} ${r.value}) — ${r.explanation}`);
  });
  return {
    page, relevantRight, mentionsFound, mentionsExpected: expected.relevant ? expected.mentions.length : 0,
    claimsFound, verdictsRight, claimsExpected: expected.claims.length, falseDiffers, strayDiffers, trapHighlights, problems,
  };
}

/** Totals over pages. */
export interface EvalSummary {
  pages: number;
  relevance: number;
  mentionRecall: number;
  extraction: number;
  verdictAccuracy: number;
  claims: number;
  verdictsRight: number;
  falseDiffers: number;
  strayDiffers: number;
  trapHighlights: number;
  byLanguage: Record<string, { claims: number; right: number }>;
}

/** Sums page scores into the figures the README reports. */
export function summarise(scores: PageScore[], languages: Record<string, string>): EvalSummary {
  const sum = (f: (s: PageScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const byLanguage: EvalSummary["byLanguage"] = {};
  for (const s of scores) {
    const l = (byLanguage[languages[s.page] ?? "?"] ??= { claims: 0, right: 0 });
    l.claims += s.claimsExpected;
    l.right += s.verdictsRight;
  }
  return {
    pages: scores.length,
    relevance: ratio(sum((s) => (s.relevantRight ? 1 : 0)), scores.length),
    mentionRecall: ratio(sum((s) => s.mentionsFound), sum((s) => s.mentionsExpected)),
    extraction: ratio(sum((s) => s.claimsFound), sum((s) => s.claimsExpected)),
    verdictAccuracy: ratio(sum((s) => s.verdictsRight), sum((s) => s.claimsExpected)),
    claims: sum((s) => s.claimsExpected),
    verdictsRight: sum((s) => s.verdictsRight),
    falseDiffers: sum((s) => s.falseDiffers),
    strayDiffers: sum((s) => s.strayDiffers),
    trapHighlights: sum((s) => s.trapHighlights),
    byLanguage,
  };
}

/** Evaluates every page named in `expectedFile`, reading `<dir>/<slug>.html`. */
export async function evaluate(dir: string, expectedFile: string): Promise<{ summary: EvalSummary; scores: PageScore[] }> {
  const expected = JSON.parse(await readFile(expectedFile, "utf8")) as Record<string, ExpectedPage>;
  const scores: PageScore[] = [];
  const languages: Record<string, string> = {};
  for (const [slug, page] of Object.entries(expected)) {
    const html = await readFile(join(dir, `${slug}.html`), "utf8");
    // The page's own date (JSON-LD) is what the extension reads; the expectation's date must agree.
    const report = annotateHtml(html, `https://example.test/${slug}`);
    const score = scorePage(slug, page, report);
    if (report.published !== page.published) score.problems.unshift(`published read as ${report.published}, expected ${page.published}`);
    scores.push(score);
    languages[slug] = page.language;
  }
  return { summary: summarise(scores, languages), scores };
}

function pct(x: number): string {
  return x.toFixed(3);
}

/** The command's report. */
export function formatSummary(summary: EvalSummary, scores: PageScore[], verbose: boolean): string {
  const lines: string[] = [];
  if (verbose) for (const s of scores) if (s.problems.length) lines.push(`${s.page}`, ...s.problems.map((p) => `  ${p}`));
  const langs = Object.entries(summary.byLanguage).map(([l, v]) => `${l} ${v.right}/${v.claims}`).join(", ");
  lines.push(
    `pages ${summary.pages} · relevance ${pct(summary.relevance)} · mention recall ${pct(summary.mentionRecall)} · claims read ${pct(summary.extraction)}`,
    `verdicts right ${pct(summary.verdictAccuracy)} (${summary.verdictsRight}/${summary.claims}; ${langs})`,
    `true figures called "differs": ${summary.falseDiffers} · "differs" on numbers not expected as claims: ${summary.strayDiffers} · highlights on traps: ${summary.trapHighlights}`,
  );
  return lines.join("\n");
}

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => !a.startsWith("--"));
  if (args.length !== 2) {
    console.error("usage: eval:claims <pages-dir> <expected.json> [--json] [--verbose]");
    return 2;
  }
  try {
    const { summary, scores } = await evaluate(args[0]!, args[1]!);
    if (argv.includes("--json")) console.log(JSON.stringify({ summary, scores }, null, 2));
    else console.log(formatSummary(summary, scores, argv.includes("--verbose")));
    return 0;
  } catch (e) {
    console.error(`eval:claims: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
