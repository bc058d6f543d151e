import { describe, expect, it } from "vitest";
import { readInBackground } from "../../../entrypoints/content/remote-reading";
import type { ArticleInfo, PageSnapshot } from "../../../dom/detection";
import { TOPIC_IDS } from "../../../core/topics";

// Issue 15: the background reads the page's text; the content script takes its answer only when every
// finding fits the text it sent, and otherwise reads the text itself (null).

const text = "More than 600 people crossed in small boats on Tuesday.";
const snapshot = { text, nodes: [], starts: [], ends: [] } as unknown as PageSnapshot;
const article = { language: "en", published: "2025-07-08", root: {} } as unknown as ArticleInfo;
const boats = { start: text.indexOf("small boats"), end: text.indexOf("small boats") + 11, topic: "arrivals" };
const claimText = "More than 600 people";
const claim = { start: 0, end: claimText.length, text: claimText, topic: "arrivals", claim: { value: 600 } };

describe("reading a page's text in the background", () => {
  it("sends the text, the article's facts and the scope, and turns the answer into findings in its offsets", async () => {
    const sent: unknown[] = [];
    const reading = await readInBackground(async (request) => {
      sent.push(request);
      return { mentions: [boats], claims: [claim] };
    }, snapshot, article, "article");
    expect(sent).toEqual([{ published: "2025-07-08", language: "en", text, scope: "article" }]);
    expect(reading).toEqual({
      mentions: [{ ...boats, text: "small boats", kind: "mention" }],
      claims: [{ ...claim, kind: "claim" }],
    });
  });

  it.each(TOPIC_IDS)("takes a finding about every topic there is: %s", async (topic) => {
    const reading = await readInBackground(async () => ({ mentions: [{ ...boats, topic }], claims: [{ ...claim, topic }] }), snapshot, article, "article");
    expect(reading?.mentions[0]?.topic).toBe(topic);
    expect(reading?.claims[0]?.topic).toBe(topic);
  });

  it("asks nothing on a page in another language", async () => {
    let asked = false;
    const other = { ...article, language: null } as ArticleInfo;
    expect(await readInBackground(async () => (asked = true), snapshot, other, "article")).toEqual({ mentions: [], claims: [] });
    expect(asked).toBe(false);
  });

  it.each([
    ["no answer (the background is restarting)", () => Promise.reject(new Error("Could not establish connection"))],
    ["an answer that is not a reading", async () => ({ checks: {} })],
    ["a mention past the end of the text", async () => ({ mentions: [{ ...boats, end: text.length + 5 }], claims: [] })],
    ["a mention with no length", async () => ({ mentions: [{ ...boats, end: boats.start }], claims: [] })],
    ["offsets that are not integers", async () => ({ mentions: [{ ...boats, start: "3" }], claims: [] })],
    ["a topic that is not an id", async () => ({ mentions: [{ ...boats, topic: "<img src=x>" }], claims: [] })],
    ["a claim whose words are not the text's", async () => ({ mentions: [boats], claims: [{ ...claim, text: "More than 900 people" }] })],
  ])("reads the text itself after %s", async (_, answer) => {
    expect(await readInBackground(answer, snapshot, article, "article")).toBeNull();
  });

  it("sends a long text in parts, one task each, and the request with the last part", async () => {
    const sent: { type: string; request: Record<string, unknown> }[] = [];
    let pauses = 0;
    const steps: number[] = [];
    const reading = await readInBackground(async (request) => {
      sent.push({ type: "readText", request: { ...request } });
      return { mentions: [boats], claims: [claim] };
    }, snapshot, article, "article", {
      part: async (request) => void sent.push({ type: "readTextPart", request: { ...request } }),
      pause: async () => void (pauses += 1),
      onSent: (startedAt) => void steps.push(startedAt),
      partChars: 20,
    });
    expect(sent.map((s) => s.type)).toEqual(["readTextPart", "readTextPart", "readText"]);
    const reading0 = sent[0]!.request.reading;
    expect(reading0).toMatch(/^r[0-9a-z]{1,16}$/);
    expect(sent.slice(0, 2).map((s) => [s.request.reading, s.request.index])).toEqual([[reading0, 0], [reading0, 1]]);
    expect(sent[2]!.request).toMatchObject({ published: "2025-07-08", language: "en", scope: "article", parts: { reading: reading0, count: 3 } });
    expect(sent.map((s) => s.request.text).join("")).toBe(text);
    expect(pauses).toBe(2);
    expect(steps).toHaveLength(3);
    expect(reading?.claims).toEqual([{ ...claim, kind: "claim" }]);
  });

  it("sends a text that fits in one part as one message", async () => {
    const types: string[] = [];
    await readInBackground(async () => void types.push("readText"), snapshot, article, "article", {
      part: async () => void types.push("readTextPart"), pause: async () => undefined,
    });
    expect(types).toEqual(["readText"]);
  });

  it("reads the text itself when a part is refused", async () => {
    const reading = await readInBackground(async () => ({ mentions: [boats], claims: [] }), snapshot, article, "article", {
      part: () => Promise.reject(new Error("Part 1 of a text came out of order.")), pause: async () => undefined, partChars: 20,
    });
    expect(reading).toBeNull();
  });
});
