// Quality figures over the fixture corpus (issue 4): mention precision/recall and verdict accuracy.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotateHtml, main } from "../../../scripts/annotate";
import type { AnnotationReport } from "../../../core/detect/annotate";

const DIR = join(import.meta.dirname, "../../fixtures/articles");
const THRESHOLDS = { precision: 0.97, recall: 0.95, verdictAccuracy: 0.95 };

interface Expected {
  language: string;
  published: string;
  relevant: boolean;
  mentions: { text: string; topic: string }[];
  claims: { anchor: string; metric: string; value: number; verdict: string }[];
}

const names = readdirSync(DIR).filter((f) => f.endsWith(".expected.json")).map((f) => f.replace(/\.expected\.json$/, "")).sort();

/** Lower-cased, quotes and apostrophes unified, any run of spaces or hyphens as one space. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[«»“”"]/g, "").replace(/[\s\u00a0\u202f‐‑–-]+/g, " ").trim();
}

function norm(text: string): string {
  return normalise(text);
}

interface Score {
  truePositives: number;
  found: number;
  expected: number;
  claimsRight: number;
  claims: number;
  /** Matched claims whose metric and value also agree with the sidecar (reported, not enforced). */
  metricsRight: number;
  problems: string[];
}

function score(name: string, expected: Expected, report: AnnotationReport): Score {
  const problems: string[] = [];
  const want = new Map<string, number>();
  for (const m of expected.relevant ? expected.mentions : []) {
    const key = `${norm(m.text)}|${m.topic}`;
    want.set(key, (want.get(key) ?? 0) + 1);
  }
  const got = report.relevant ? report.mentions : [];
  let truePositives = 0;
  for (const m of got) {
    const key = `${norm(m.text)}|${m.topic}`;
    const left = want.get(key) ?? 0;
    if (left > 0) {
      truePositives++;
      want.set(key, left - 1);
    } else problems.push(`extra mention "${m.text}" (${m.topic})`);
  }
  for (const [key, left] of want) if (left > 0) problems.push(`missed mention ${key} ×${left}`);
  if (report.relevant !== expected.relevant) problems.push(`relevant ${report.relevant}, expected ${expected.relevant}`);
  let claimsRight = 0;
  let metricsRight = 0;
  const used = new Set<number>();
  for (const c of expected.claims) {
    const anchor = norm(c.anchor);
    const i = report.claims.findIndex((r, j) => !used.has(j) && norm(r.text).includes(anchor) && r.value === c.value);
    const fallback = i >= 0 ? i : report.claims.findIndex((r, j) => !used.has(j) && norm(r.text).includes(anchor));
    if (fallback < 0) {
      problems.push(`missed claim "${c.anchor}" (${c.verdict})`);
      continue;
    }
    used.add(fallback);
    const r = report.claims[fallback]!;
    if (r.metric === c.metric && r.value === c.value) metricsRight++;
    else problems.push(`claim "${c.anchor}": read as ${r.metric} ${r.value}, sidecar says ${c.metric} ${c.value} (not enforced)`);
    if (r.verdict === c.verdict) claimsRight++;
    else problems.push(`claim "${c.anchor}": ${r.verdict}, expected ${c.verdict} — ${r.metric} ${r.value} ${JSON.stringify(r.period)} — ${r.explanation}`);
  }
  return { truePositives, found: got.length, expected: expected.relevant ? expected.mentions.length : 0, claimsRight, claims: expected.claims.length, metricsRight, problems: problems.map((p) => `${name}: ${p}`) };
}

describe("fixture corpus", () => {
  it("has fixtures", () => expect(names.length).toBeGreaterThan(0));

  it("meets the quality thresholds", { timeout: 60_000 }, () => {
    const total: Score = { truePositives: 0, found: 0, expected: 0, claimsRight: 0, claims: 0, metricsRight: 0, problems: [] };
    for (const name of names) {
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Expected;
      const report = annotateHtml(readFileSync(join(DIR, `${name}.html`), "utf8"), `https://example.test/${name}`);
      const s = score(name, expected, report);
      total.truePositives += s.truePositives;
      total.found += s.found;
      total.expected += s.expected;
      total.claimsRight += s.claimsRight;
      total.claims += s.claims;
      total.metricsRight += s.metricsRight;
      total.problems.push(...s.problems);
      if (report.language !== expected.language) total.problems.push(`${name}: language ${report.language}`);
      if (report.published !== expected.published) total.problems.push(`${name}: published ${report.published}`);
    }
    const precision = total.found ? total.truePositives / total.found : 1;
    const recall = total.expected ? total.truePositives / total.expected : 1;
    const verdictAccuracy = total.claims ? total.claimsRight / total.claims : 1;
    const figures = `corpus: ${names.length} pages · mention precision ${precision.toFixed(3)} (${total.truePositives}/${total.found}) · recall ${recall.toFixed(3)} (${total.truePositives}/${total.expected}) · verdict accuracy ${verdictAccuracy.toFixed(3)} (${total.claimsRight}/${total.claims}) · metric and value agree ${total.metricsRight}/${total.claims}`;
    console.log(`${figures}\n${total.problems.join("\n")}`);
    expect(precision, figures).toBeGreaterThanOrEqual(THRESHOLDS.precision);
    expect(recall, figures).toBeGreaterThanOrEqual(THRESHOLDS.recall);
    expect(verdictAccuracy, figures).toBeGreaterThanOrEqual(THRESHOLDS.verdictAccuracy);
  });

  it.each(names)("annotate --json works on %s", async (name) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main([join(DIR, `${name}.html`), "--json"], (s) => out.push(s), (s) => err.push(s));
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const report = JSON.parse(out.join("")) as AnnotationReport;
    expect(typeof report.relevant).toBe("boolean");
  });

  it("a missing file is a one-line error and a non-zero exit", async () => {
    const err: string[] = [];
    expect(await main([join(DIR, "no-such-page.html")], () => {}, (s) => err.push(s))).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^annotate: cannot read/);
  });
});
