import { describe, expect, it } from "vitest";
import { TextParts, textParts } from "../../../platform/text-parts";

// Issue 15: a long text crosses to the background in parts, each serialised in its own task on the page.

describe("cutting a text into parts", () => {
  it.each([
    ["a short text", "small boats", 100, ["small boats"]],
    ["an empty text", "", 100, [""]],
    ["an exact multiple", "abcdef", 3, ["abc", "def"]],
    ["a remainder", "abcdefg", 3, ["abc", "def", "g"]],
    // "😀" is two UTF-16 code units: a cut between them would leave two lone halves.
    ["a surrogate pair at the cut", "ab😀cd", 3, ["ab", "😀c", "d"]],
    ["a pair just after the cut", "abc😀", 3, ["abc", "😀"]],
  ])("%s", (_, text, size, parts) => {
    expect(textParts(text, size)).toEqual(parts);
    expect(textParts(text, size).join("")).toBe(text);
  });

  it("never yields a lone surrogate half, whatever the size", () => {
    const text = "🚤 small boats ".repeat(40);
    for (let size = 2; size < 20; size++) {
      for (const part of textParts(text, size)) {
        expect(part.length).toBeLessThanOrEqual(size);
        expect(part).toBe(part.toWellFormed());
      }
      expect(textParts(text, size).join("")).toBe(text);
    }
  });
});

describe("the background's parts of texts", () => {
  it("gives the whole text back once, in order, with the last part", () => {
    const parts = new TextParts(100);
    parts.add(7, "r1", 0, "More than ");
    parts.add(7, "r1", 1, "600 people ");
    expect(parts.take(7, "r1", 3, "crossed.")).toBe("More than 600 people crossed.");
    expect(parts.size).toBe(0);
    expect(() => parts.take(7, "r1", 3, "crossed.")).toThrow(/missing/);
  });

  it("keeps one reading per tab: a new one replaces an unfinished one, other tabs keep theirs", () => {
    const parts = new TextParts(100);
    parts.add(7, "r1", 0, "old ");
    parts.add(8, "r9", 0, "other ");
    parts.add(7, "r2", 0, "new ");
    expect(parts.take(7, "r2", 2, "text")).toBe("new text");
    expect(parts.take(8, "r9", 2, "tab")).toBe("other tab");
  });

  it.each([
    ["a part out of order", (p: TextParts) => p.add(7, "r1", 2, "x")],
    ["a part of another reading", (p: TextParts) => p.add(7, "r2", 1, "x")],
    ["a part that makes the text too long", (p: TextParts) => p.add(7, "r1", 1, "x".repeat(20))],
    ["a last part that makes it too long", (p: TextParts) => p.take(7, "r1", 2, "x".repeat(20))],
    ["a count that does not match", (p: TextParts) => p.take(7, "r1", 5, "x")],
    ["the end of another reading", (p: TextParts) => p.take(7, "r3", 2, "x")],
  ])("refuses %s, and forgets the reading", (_, act) => {
    const parts = new TextParts(15);
    parts.add(7, "r1", 0, "0123456789");
    expect(() => act(parts)).toThrow();
    expect(parts.size).toBe(0);
  });

  it("forgets a reading left unfinished for a minute", () => {
    let now = 0;
    const parts = new TextParts(100, () => now, 60_000);
    parts.add(7, "r1", 0, "More than ");
    now = 59_000;
    parts.add(7, "r1", 1, "600 ");
    now = 119_001;
    expect(() => parts.take(7, "r1", 3, "people")).toThrow(/missing/);
  });
});
