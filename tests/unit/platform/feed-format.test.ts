import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFeed } from "../../../platform/feed-format";

const FIXTURE = new URL("../../fixtures/feeds/", import.meta.url).pathname;
const good = () => JSON.parse(readFileSync(`${FIXTURE}good-feed.json`, "utf8"));
const BUILTIN = new Set(["ho-small-boats-time-series"]);
const bytes = (value: unknown) => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));
const parse = (value: unknown) => parseFeed(bytes(value), BUILTIN);

/** The good feed with one change applied. */
function withChange(change: (f: ReturnType<typeof good>) => void) {
  const f = good();
  change(f);
  return f;
}

describe("feed format v1", () => {
  it("accepts the documented example", () => {
    const result = parse(good());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.feed.figures[0]?.value).toBe(4242);
  });

  it.each([
    ["HTML in a title", withChange((f) => (f.title = "<b>Feed</b>")), /title: must be plain text/],
    ["script in a label", withChange((f) => (f.figures[0].label.en = "<script>alert(1)</script>")), /figures\[0\]\.label\.en: must be plain text/],
    ["an img tag in a note", withChange((f) => (f.figures[0].note.fr = '<img src=x onerror="alert(1)">')), /must be plain text/],
    ["javascript: in text", withChange((f) => (f.publisher = "javascript:alert(1)")), /publisher: must be plain text/],
    ["javascript: URL", withChange((f) => (f.sources[0].url = "javascript:alert(1)")), /sources\[0\]\.url/],
    ["data: URL", withChange((f) => (f.sources[0].url = "data:text/html,<script>alert(1)</script>")), /sources\[0\]\.url/],
    ["http: URL", withChange((f) => (f.sources[0].url = "http://example.org/")), /must start with https/],
    ["URL with credentials", withChange((f) => (f.homepage = "https://u:p@example.org/")), /user name or password/],
    ["a right-to-left override", withChange((f) => (f.title = "abc\u202Edef")), /must be plain text/],
    ["a control character", withChange((f) => (f.title = "a\u0007b")), /must be plain text/],
    ["a huge number", withChange((f) => (f.figures[0].value = 1e15)), /implausibly large/],
    ["Infinity via 1e400", '{"format":"tidemark-feed","version":1,"title":"t","publisher":"p","sources":[],"figures":[{"value":1e400}]}', /./],
    ["a negative count", withChange((f) => (f.figures[0].value = -1)), /must not be negative/],
    ["a future as-of date", withChange((f) => (f.figures[0].asOf = "2999-01-01")), /asOf: is in the future/],
    ["an impossible date", withChange((f) => (f.figures[0].asOf = "2025-02-30")), /real date/],
    ["a future publication", withChange((f) => (f.sources[0].published = "2999")), /is in the future/],
    ["a period ending before it starts", withChange((f) => (f.figures[0].period = { start: "2025-12-31", end: "2025-01-01" })), /ends before it starts/],
    ["an unknown tier", withChange((f) => (f.sources[0].tier = "blog")), /tier must be one of/],
    ["an unknown topic", withChange((f) => (f.figures[0].topic = "weather")), /topic must be one of/],
    ["an unknown field", withChange((f) => (f.figures[0].onclick = "x")), /onclick/],
    ["duplicate source ids", withChange((f) => f.sources.push({ ...f.sources[0] })), /two sources share an id/],
    ["duplicate figure ids", withChange((f) => f.figures.push({ ...f.figures[0] })), /two figures share an id/],
    ["a figure citing an unlisted source", withChange((f) => (f.figures[0].sourceId = "elsewhere")), /does not list/],
    ["a built-in source id", withChange((f) => { f.sources[0].id = "ho-small-boats-time-series"; f.figures[0].sourceId = "ho-small-boats-time-series"; }), /built-in source/],
    ["a newer version", withChange((f) => (f.version = 2)), /"version" must be 1/],
    ["another format", withChange((f) => (f.format = "rss")), /"format" must be "tidemark-feed"/],
    ["no sources", withChange((f) => (f.sources = [])), /at least one source/],
    ["value and values", withChange((f) => (f.figures[0].values = [{ label: { en: "a", fr: "a" }, value: 1 }])), /value or values, not both/],
    ["a bad id", withChange((f) => (f.figures[0].id = "Bad Id!")), /lower-case id/],
    ["truncated JSON", '{"format": "tidemark-feed", "version": 1, "title": "trunc', /not valid JSON/],
    ["an HTML page", "<!doctype html><script>alert(1)</script>", /HTML or XML, not JSON/],
    ["XML", '<?xml version="1.0"?><rss/>', /HTML or XML/],
    ["a JSON array", "[]", /does not match/],
    ["JSON null", "null", /does not match/],
    ["a number", "42", /does not match/],
    ["deep nesting", `${"[".repeat(100)}${"]".repeat(100)}`, /nested too deeply/],
    ["a string instead of figures", withChange((f) => (f.figures = "many")), /figures/],
    ["a title too long", withChange((f) => (f.title = "x".repeat(500))), /at most 120/],
    ["an empty title", withChange((f) => (f.title = "   ")), /must not be empty/],
    ["__proto__ key", '{"__proto__": {"polluted": true}, "format": "tidemark-feed"}', /./],
  ])("refuses %s", (_label, input, message) => {
    const result = parse(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses bytes that are not UTF-8", () => {
    expect(parseFeed(new Uint8Array([0xff, 0xfe, 0x00]), BUILTIN)).toEqual({ ok: false, error: "The feed is not UTF-8 text." });
  });
});
