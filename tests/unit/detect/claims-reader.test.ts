// Claims read in slices (a 2 MB live blog must not be one long task) are the claims read in one go:
// over every article of the fixture corpus, sentence by sentence and in runs of 7, and through the
// content script's sliced path with a clock that pauses after every check.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { claimsReader, extractClaims } from "../../../core/detect/claims";
import { detectLanguage } from "../../../core/detect/language";
import { findMentions } from "../../../core/detect/mentions";
import { articleContext } from "../../../dom/article-context";
import { coreClaims, coreClaimsInSlices } from "../../../dom/core-claims";
import type { Finding } from "../../../dom/detection";
import { takeSnapshot } from "../../../dom/text-snapshot";

const DIR = join(import.meta.dirname, "../../fixtures/articles");
const pages = readdirSync(DIR).filter((f) => f.endsWith(".html")).sort();

function article(file: string) {
  const doc = new JSDOM(readFileSync(join(DIR, file), "utf8")).window.document as unknown as Document;
  const context = articleContext(doc);
  const snapshot = takeSnapshot(context.root);
  const language = context.language ?? detectLanguage(snapshot.text) ?? "en";
  const mentions = findMentions(snapshot.text, language);
  return { snapshot, language, published: context.published ?? "2025-07-08", mentions, root: context.root };
}

describe("claims in slices", () => {
  it("the corpus has claims to compare", { timeout: 30_000 }, () => {
    const total = pages.reduce((n, f) => {
      const a = article(f);
      return n + extractClaims(a.snapshot.text, a.mentions, { language: a.language, published: a.published }).length;
    }, 0);
    expect(total).toBeGreaterThan(50);
  });

  it.each(pages)("%s: sentence by sentence and in runs of 7, the same claims", (file) => {
    const a = article(file);
    const context = { language: a.language, published: a.published };
    const whole = extractClaims(a.snapshot.text, a.mentions, context);
    for (const run of [1, 7]) {
      const reader = claimsReader(a.snapshot.text, a.mentions, context);
      while (!reader.read(run));
      expect(reader.result()).toEqual(whole);
    }
  });

  it("the content script's sliced path gives the same findings, and gives up when told", async () => {
    // The corpus article with the most claims, ten times over: long enough for many checks (32 sentences each).
    const counts = pages.map((f) => {
      const a = article(f);
      return extractClaims(a.snapshot.text, a.mentions, { language: a.language, published: a.published }).length;
    });
    const a = article(pages[counts.indexOf(Math.max(...counts))]!);
    const text = Array.from({ length: 10 }, () => a.snapshot.text).join("\n");
    const snapshot = { ...a.snapshot, text };
    const info = { language: a.language, published: a.published, root: a.root };
    const mentions: Finding[] = findMentions(text, a.language).map((m) => ({ ...m, kind: "mention" }));
    let clock = 0;
    let pauses = 0;
    const pace = (answer: boolean) => ({ budgetMs: 1, now: () => (clock += 1), pause: async () => (pauses++, answer) });
    const whole = coreClaims(snapshot, info, mentions);
    expect(whole.length).toBeGreaterThan(10);
    expect(await coreClaimsInSlices(snapshot, info, mentions, pace(true))).toEqual(whole);
    expect(pauses).toBeGreaterThan(3);
    expect(await coreClaimsInSlices(snapshot, info, mentions, pace(false))).toBeNull();
  });
});
