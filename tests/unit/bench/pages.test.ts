import { describe, expect, it } from "vitest";
import { APPENDED_SENTENCE, HOSTILE_SIZES, hostilePages } from "../../../bench/hostile";
import { generatePages } from "../../../bench/pages";
import { createRng } from "../../../bench/prng";
import { TEMPLATES } from "../../../bench/prose";
import { BENCH_TERMS, combinedPattern } from "../../../bench/terms";

// The bench's pages must be the same bytes on every machine, and hold what issue 7 says they hold.
const pattern = combinedPattern(BENCH_TERMS);
const matches = (text: string) => text.match(new RegExp(pattern.source, pattern.flags)) ?? [];
// The page's visible text, roughly: without scripts, styles and tags.
const visibleText = (html: string) =>
  html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&");

describe("bench pages", () => {
  const pages = generatePages();
  const byId = Object.fromEntries(pages.map((p) => [p.id, p]));

  it("are generated identically every time (seeded PRNG)", () => {
    const again = generatePages();
    expect(again.map((p) => p.html)).toEqual(pages.map((p) => p.html));
  });

  it("the PRNG is deterministic for a seed and differs between seeds", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("page 1 is a ~50 KB article with about 20 mentions and 8 claims", () => {
    const p = byId.article!;
    expect(p.html.length).toBeGreaterThan(45_000);
    expect(p.html.length).toBeLessThan(55_000);
    expect(p.mentionSentences).toBe(20);
    expect(p.claimSentences).toBe(8);
  });

  it("page 2 is a 2 MB live blog with about 800 mentions", () => {
    const p = byId.liveblog!;
    expect(Math.abs(p.html.length - 2 * 1024 * 1024)).toBeLessThan(20_000);
    expect(p.mentionSentences).toBeGreaterThan(700);
    expect(p.mentionSentences).toBeLessThan(900);
    expect(matches(visibleText(p.html)).length).toBe(p.mentionSentences);
  });

  it("page 3 is 2 MB without a single term", () => {
    const p = byId.nomention!;
    expect(Math.abs(p.html.length - 2 * 1024 * 1024)).toBeLessThan(20_000);
    expect(matches(p.html)).toEqual([]);
  });

  it("page 4 appends one paragraph with a mention every 50 ms for 10 s", () => {
    const p = byId.appending!;
    expect(p.appends).toEqual({ count: 200, everyMs: 50 });
    const texts = JSON.parse(/var texts = (\[[\s\S]*?\]);/.exec(p.html)![1]!) as string[];
    expect(texts).toHaveLength(200);
    for (const text of texts) expect(matches(text).length).toBeGreaterThanOrEqual(1);
  });

  it("the figure-heavy live blog (issue 15) has 1,500 entries, each stating a figure next to a mention", () => {
    const p = byId.figureblog!;
    const entries = p.html.match(/<section class="entry">[\s\S]*?<\/section>/g) ?? [];
    expect(entries).toHaveLength(1_500);
    for (const entry of entries) {
      const text = visibleText(entry.replace(/<time[^>]*>.*?<\/time>/, ""));
      expect(matches(text).length, text).toBeGreaterThanOrEqual(1);
      expect(text, text).toMatch(/\d/);
    }
  });

  it("every figure template has exactly one term", () => {
    for (const sentence of TEMPLATES.FIGURES) expect(matches(sentence).length, sentence).toBe(1);
  });

  it.each(["CIVIC", "POLICY", "OFFICIALS", "PLACES", "DAYS"] as const)("the %s filler names no term", (name) => {
    for (const sentence of TEMPLATES[name]) expect(matches(sentence)).toEqual([]);
  });

  it("every mention template has exactly one term", () => {
    for (const sentence of TEMPLATES.MENTIONS) expect(matches(sentence).length, sentence).toBe(1);
  });
});

describe("hostile bench pages (issue 14)", () => {
  const byId = Object.fromEntries(hostilePages().map((p) => [p.id, p]));

  it("are generated identically every time", () => {
    expect(hostilePages().map((p) => p.html)).toEqual(Object.values(byId).map((p) => p.html));
  });

  it("hold the runs issue 14 measured", () => {
    expect(byId.punctuation!.html).toContain(`<p hidden>${".".repeat(HOSTILE_SIZES.dots)}</p>`);
    expect(byId.punctuation!.html).toContain(`<p hidden>${"…".repeat(HOSTILE_SIZES.ellipses)}</p>`);
    expect(byId.money!.html).toContain(`<p hidden>${"£1 ".repeat(HOSTILE_SIZES.money)}</p>`);
    expect(byId.appended!.appends).toEqual({ count: 8_000, everyMs: 0 });
    expect(byId.appended!.html).toContain(`i < ${HOSTILE_SIZES.appended}`);
    expect(byId.appended!.html).toContain(JSON.stringify(APPENDED_SENTENCE));
  });

  it("open with a relevant article, so the whole pipeline runs", () => {
    for (const page of Object.values(byId)) expect(matches(visibleText(page.html)).length).toBeGreaterThanOrEqual(3);
  });
});
