import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../../core/data/bundled.ts";
import { validateDataset } from "../../../core/data/schema.ts";
import type { Dataset } from "../../../core/data/types.ts";

const NOW = "2026-11-27";
const clone = (): Dataset => structuredClone(bundledDataset());

describe("dataset schema", () => {
  it("accepts the bundled dataset", () => {
    const result = validateDataset(bundledDataset(), NOW);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each<[string, (d: Dataset) => void, RegExp]>([
    ["an unknown tier", (d) => ((d.sources[1] as { tier: string }).tier = "blog"), /tier/],
    ["an http URL", (d) => (d.sources[1]!.url = "http://www.gov.uk/x"), /https/],
    ["a javascript: URL", (d) => (d.sources[1]!.url = "javascript:alert(1)"), /https/],
    ["a URL with credentials", (d) => (d.sources[1]!.url = "https://user:pw@example.org/"), /https/],
    ["a future series as-of date", (d) => (d.series.asOf = "2026-11-28"), /after 2026-11-27/],
    ["a future figure as-of date", (d) => (d.figures[0]!.asOf = "2027-01-01"), /after 2026-11-27/],
    ["a future publication month", (d) => (d.sources[1]!.published = "2026-12"), /after 2026-11-27/],
    ["an impossible date", (d) => (d.figures[0]!.period.end = "2023-02-30"), /real date/],
    ["markup in a label", (d) => (d.figures[0]!.label.en = "<img src=x onerror=alert(1)>"), /plain text/],
    ["a control character", (d) => (d.topics[0]!.title.fr = "Titre\u0007"), /plain text/],
    ["a javascript: string", (d) => (d.topics[0]!.sentences[0]!.en = "see javascript:void(0)"), /plain text/],
    ["a bidi override", (d) => (d.figures[0]!.label.fr = "abc\u202Edef"), /plain text/],
    ["an unknown topic", (d) => ((d.figures[0] as { topic: string }).topic = "weather"), /topic/],
    ["an unknown source reference", (d) => (d.figures[0]!.sourceId = "nowhere"), /unknown source "nowhere"/],
    ["a sentence without a source", (d) => (d.topics[0]!.sentences[0]!.sourceIds = []), /needs a source/],
    ["a duplicated source id", (d) => d.sources.push({ ...d.sources[1]! }), /used twice/],
    ["an unknown field", (d) => ((d.figures[0] as unknown as Record<string, unknown>).html = "x"), /.+/],
    ["a negative count", (d) => (d.series.people[5] = -1), /.+/],
    ["daily arrays of the wrong length", (d) => d.series.people.pop(), /cover start to asOf/],
    ["a two-sentence background", (d) => d.topics[0]!.sentences.splice(2), /3–5 sentences/],
    // Issue 13: every curated figure has an https source, a publication date, a unit and a period.
    ["a source with no https link of its own or of a copy", (d) => delete d.sources[1]!.url, /needs an https link/],
    ["a copy (via) without an https URL", (d) => (d.sources.find((s) => s.via)!.via!.url = "http://example.org/copy"), /https/],
    ["a figure without a publication date", (d) => delete (d.figures[0] as Partial<Dataset["figures"][number]>).published, /published/],
    ["a figure without a unit", (d) => (d.figures[0]!.unit = ""), /must not be empty/],
    ["a figure whose period has no precision", (d) => delete (d.figures[0]!.period as { precision?: string }).precision, /precision/],
  ])("rejects %s", (_name, mutate, message) => {
    const d = clone();
    mutate(d);
    const result = validateDataset(d, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join("\n")).toMatch(message);
  });
});
