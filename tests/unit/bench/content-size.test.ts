import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CONTENT_SCRIPT_BUDGET_GZIP, CONTENT_SCRIPT_TARGET_GZIP } from "../../../bench/size";
import { decodeVlq, moduleName } from "../../../bench/size-breakdown";

// The content script's size is deterministic for given sources: this test builds it (release build,
// into a temporary folder) and measures it gzipped at level 9, as `npm run bench:size` reports it.
const ROOT = new URL("../../../", import.meta.url).pathname;

interface SizeReport {
  total: { rawBytes: number; gzipBytes: number };
  modules: { name: string; rawBytes: number; gzipAlone: number }[];
}

let cached: SizeReport | undefined;

// One build for the whole file.
function measure(): SizeReport {
  if (cached) return cached;
  const result = spawnSync("npx", ["tsx", "scripts/bench-size.ts", "--json"], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`bench:size failed:\n${result.stderr}`);
  // WXT's progress spinner shares stdout: the report is the JSON object at the end.
  cached = JSON.parse(result.stdout.slice(result.stdout.indexOf("{\n"))) as SizeReport;
  return cached;
}

describe("content script size", () => {
  it("builds, and every byte is attributed to a module", { timeout: 120_000 }, () => {
    const report = measure();
    const attributed = report.modules.reduce((n, m) => n + m.rawBytes, 0);
    expect(attributed).toBe(report.total.rawBytes);
    const names = report.modules.map((m) => m.name);
    expect(names).toContain("dom/annotator.ts");
    // The highlighter and the UI load on demand (page-kit.js), only on pages with something to highlight.
    for (const lazy of ["mark.js", "preact", "@floating-ui/dom", "dom/highlighter.ts", "core/detect/claims.ts"]) {
      expect(names).not.toContain(lazy);
    }
  });

  it("is at most 20 KB gzipped (issue 15; issue 7 allowed 25)", { timeout: 120_000 }, () => {
    const report = measure();
    expect(CONTENT_SCRIPT_TARGET_GZIP).toBeLessThan(CONTENT_SCRIPT_BUDGET_GZIP);
    expect(report.total.gzipBytes).toBeLessThanOrEqual(CONTENT_SCRIPT_TARGET_GZIP);
  });

  it("holds no detection beyond the gate: the lexicon, relevance and the claims reader are read elsewhere (decision 0013)", { timeout: 120_000 }, () => {
    const names = measure().modules.map((m) => m.name);
    for (const elsewhere of ["core/detect/lexicon.ts", "core/detect/mentions.ts", "core/detect/relevance.ts", "core/detect/claims.ts", "core/detect/periods.ts"]) {
      expect(names).not.toContain(elsewhere);
    }
    expect(names).toContain("core/detect/gate.ts");
  });

  it("reads the settings without WXT's storage: their declarations and the browser's own call (issue 15, decision 0005)", { timeout: 120_000 }, () => {
    const names = measure().modules.map((m) => m.name);
    for (const elsewhere of ["@wxt-dev/storage", "superlock", "platform/settings.ts"]) expect(names).not.toContain(elsewhere);
    expect(names).toContain("platform/setting-defs.ts");
  });
});

describe("source-map attribution", () => {
  it.each([
    ["AAAA", [0, 0, 0, 0]],
    ["AAgBD", [0, 0, 16, -1]],
    ["2HArb", [123, 0, -437]],
  ])("decodes VLQ %s", (segment, expected) => {
    expect(decodeVlq(segment)).toEqual(expected);
  });

  it.each([
    ["../../node_modules/mark.js/dist/mark.js", "mark.js"],
    ["../../node_modules/@wxt-dev/storage/dist/index.mjs", "@wxt-dev/storage"],
    ["../../dom/annotator.ts", "dom/annotator.ts"],
  ])("names %s as %s", (source, name) => {
    expect(moduleName(source)).toBe(name);
  });
});
