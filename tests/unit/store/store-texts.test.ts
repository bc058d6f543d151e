import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { storeTexts } from "../../../scripts/store/texts";
import { frenchTypographyProblems } from "../i18n/french-typography";

// Issue 16: store/ is generated from the project's files (`npm run store`), never edited by hand: the
// committed texts are what the generator makes now, within the stores' limits, and the French reads French.
const ROOT = new URL("../../../", import.meta.url).pathname;
const files = storeTexts(ROOT);
const committed = (path: string) => readFileSync(`${ROOT}${path}`, "utf8");
/** The text under a markdown heading, up to the next heading. */
const under = (text: string, heading: string) => text.split(`${heading}\n`)[1]!.split(/\n#{1,3} /)[0]!.trim();

describe("store texts", () => {
  it.each(Object.keys(files))("%s is committed as generated (run `npm run store` after changing its sources)", (path) => {
    expect(committed(path)).toBe(files[path]);
  });

  it.each(["en", "fr"] as const)("the %s listing fits the stores: summary ≤ 132 characters, description ≤ 16,000", (lang) => {
    const text = files[`store/listing.${lang}.md`]!;
    const summary = under(text, lang === "fr" ? "## Résumé" : "## Summary");
    const messages = JSON.parse(readFileSync(`${ROOT}public/_locales/${lang}/messages.json`, "utf8")) as Record<string, { message: string }>;
    expect(summary).toBe(messages.extDescription!.message);
    expect(summary.length).toBeLessThanOrEqual(132);
    const description = under(text, "## Description");
    expect(description.length).toBeGreaterThan(1000);
    expect(description.length).toBeLessThanOrEqual(16_000);
    expect(description).toContain("Contains public sector information licensed under the Open Government Licence v3.0");
  });

  it("the Chrome Web Store form has a single purpose and a justification for each permission, each ≤ 1,000 characters", () => {
    const form = files["store/chrome-web-store.md"]!;
    const purpose = under(form, "## Single purpose description");
    expect(purpose.length).toBeGreaterThan(100);
    expect(purpose.length).toBeLessThanOrEqual(1000);
    for (const permission of ["storage", "alarms", "scripting", "activeTab", "Host permissions"]) {
      const text = under(form, `### ${permission}`);
      expect(text.length, permission).toBeGreaterThan(50);
      expect(text.length, permission).toBeLessThanOrEqual(1000);
      expect(text, permission).not.toMatch(/`|\]\(|\.ts\b/);
    }
    const hosts = under(form, "### Host permissions");
    for (const host of ["https://www.gov.uk/*", "https://assets.publishing.service.gov.uk/*", "https://*/*"]) expect(hosts).toContain(host);
  });

  it("the privacy policy is docs/privacy.md's, in each language", () => {
    const source = committed("docs/privacy.md");
    for (const lang of ["en", "fr"]) {
      const policy = files[`store/privacy-policy.${lang}.md`]!;
      const body = policy.split("\n").slice(3).join("\n").trim();
      expect(source).toContain(body);
      expect(body).toMatch(/GOV\.UK/);
    }
  });

  it("the AMO reviewer's notes give the README's two build commands", () => {
    expect(files["store/amo-reviewer-notes.md"]).toContain("```sh\nnpm ci\nnpm run build:firefox\n```");
  });

  it("the French texts follow French typography", () => {
    for (const path of ["store/listing.fr.md", "store/privacy-policy.fr.md"]) {
      const lines = files[path]!.split("\n").filter((l) => l.trim() && !l.startsWith("<!--"));
      for (const line of lines) expect(frenchTypographyProblems(line), `${path}: ${line}`).toEqual([]);
    }
  });
});
