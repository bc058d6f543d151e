import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { TestPage } from "./harness";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** One serious or critical axe-core violation, trimmed to what a failure message needs. */
export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (from npm, injected past the page's CSP) in a page and returns its serious and critical
 * violations. `shadowHost` limits the run to an open shadow root's content (the popover), which axe
 * reaches through its `fromShadowDom` selector.
 */
export async function axeProblems(page: TestPage, shadowHost?: string): Promise<AxeProblem[]> {
  await page.addScript(AXE_SOURCE);
  return page.evaluate(async (host) => {
    type Result = { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] };
    const axe = (globalThis as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<{ violations: Result[] }> };
    }).axe;
    const context = host ? { include: [{ fromShadowDom: [host, "*"] }] } : document;
    const { violations } = await axe.run(context, { resultTypes: ["violations"] });
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact ?? "", help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, shadowHost ?? "");
}
