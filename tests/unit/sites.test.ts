import { describe, expect, it } from "vitest";
import { contentScriptMatches, hostMatchPatterns } from "../../core/sites";

describe("content script matches", () => {
  it("release builds never match loopback", () => {
    const matches = contentScriptMatches(false);
    expect(matches.some((m) => m.includes("127.0.0.1") || m.includes("localhost"))).toBe(false);
    expect(matches).toContain("https://*.bbc.co.uk/*");
  });
  it("the e2e build adds loopback", () => {
    expect(contentScriptMatches(true)).toEqual(expect.arrayContaining(["http://127.0.0.1/*", "http://localhost/*"]));
  });
  it.each([
    ["lemonde.fr", ["https://lemonde.fr/*", "https://*.lemonde.fr/*"]],
    ["news.sky.com", ["https://news.sky.com/*", "https://*.news.sky.com/*"]],
  ])("patterns for %s", (host, expected) => {
    expect(hostMatchPatterns(host)).toEqual(expected);
  });
});
