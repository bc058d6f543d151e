import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { startBackground } from "../../../platform/background-main";
import { parseContentMessage } from "../../../platform/messages";
import { fakeBackgroundApis } from "./fake-background";

// Issue 14, row 8: the background trusts nobody by default. A tab's content script may ask only for what a
// page needs (the badge count, verdicts, a card); everything else comes from the extension's own pages.
// Requests are checked against the protocol's schemas, and handlers are looked up as own properties.

const PAGE = "https://www.bbc.co.uk/news/uk-1";
const fromTab = (frameId = 0) => ({ id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId, url: PAGE, origin: "https://www.bbc.co.uk" });
const fromOptions = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL("/options.html") });
// The popup opened in a tab (as e2e tests and some readers do) is still an extension page.
const fromPopupInTab = () => ({ id: fakeBrowser.runtime.id, tab: { id: 8 }, frameId: 0, url: fakeBrowser.runtime.getURL("/popup.html?tab=7") });

/** What the background answers a message from `sender`: its value, or the error it refused with. */
async function ask(type: string, data: unknown, sender: object): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  try {
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ to: "background", type, data }, sender, () => undefined);
    if (answer === undefined) return { ok: false, error: "no answer" };
    return { ok: true, value: answer };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const ARTICLE = { published: "2025-07-08", language: "en" };

describe("the background's message protocol", () => {
  let fetched: string[];
  beforeEach(() => {
    fakeBackgroundApis(true);
    fetched = [];
    vi.stubGlobal("fetch", vi.fn(async (url: string) => {
      fetched.push(String(url));
      throw new TypeError("offline in tests");
    }));
    startBackground();
  });

  it("answers a tab's content script for what a page needs", async () => {
    expect(await ask("highlightCount", { count: 3 }, fromTab())).toEqual({ ok: true, value: {} });
    const checks = await ask("checkClaims", { ...ARTICLE, claims: [{ id: "c1", text: "20,000 people", claim: null }] }, fromTab());
    expect(checks).toMatchObject({ ok: true, value: { checks: { c1: { verdict: "unverifiable" } } } });
    const card = await ask("getCard", { ...ARTICLE, topic: "arrivals" }, fromTab());
    expect(card.ok && (card.value as { topic?: string }).topic).toBe("arrivals");
  });

  it("reads a tab's article text for it, off the page's main thread (issue 15)", async () => {
    const text = "More than 600 people crossed the Channel in small boats on Tuesday, the Home Office said. Migrants and smugglers were on the beaches.";
    const answer = await ask("readText", { ...ARTICLE, text, scope: "article" }, fromTab());
    expect(answer.ok).toBe(true);
    const value = (answer as { value: { mentions: { start: number; end: number; topic: string }[]; claims: { text: string; topic: string; claim: { value: number } }[] } }).value;
    expect(value.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["crossed the Channel", "small boats", "smugglers"]);
    expect(value.claims).toMatchObject([{ text: expect.stringContaining("600 people"), topic: "arrivals", claim: { value: 600 } }]);
    // A page that is not about crossings: nothing, even with a strong word in it.
    const ferry = await ask("readText", { ...ARTICLE, text: "The Channel ferry ran late on Tuesday with 600 passengers.", scope: "article" }, fromTab());
    expect(ferry).toEqual({ ok: true, value: { mentions: [], claims: [] } });
  });

  it.each(["previewFeed", "refreshNow", "refreshFeed", "dataStatus", "ping"])("refuses %s from a tab's content script", async (type) => {
    const data = type === "previewFeed" ? { url: "https://192.168.1.1/admin" } : type === "refreshFeed" ? { id: "feed-abcdef" } : {};
    const answer = await ask(type, data, fromTab());
    expect(answer.ok).toBe(false);
    expect(fetched).toEqual([]);
  });

  it("answers the same requests from the extension's own pages, a popup opened in a tab included", async () => {
    expect(await ask("ping", {}, fromOptions())).toMatchObject({ ok: true });
    expect(await ask("ping", {}, fromPopupInTab())).toMatchObject({ ok: true });
    const preview = await ask("previewFeed", { url: "https://example.org/feed.json" }, fromOptions());
    expect(preview).toMatchObject({ ok: true, value: { ok: false } });
    expect(fetched).toEqual(["https://example.org/feed.json"]);
  });

  it("refuses a page's requests from a subframe (Tidemark runs in the top frame only)", async () => {
    expect((await ask("getCard", { ...ARTICLE, topic: "arrivals" }, fromTab(3))).ok).toBe(false);
  });

  it("reads a long text sent in parts, and refuses parts that do not add up (issue 15)", async () => {
    const text = "More than 600 people crossed the Channel in small boats on Tuesday, the Home Office said.";
    const cut = [text.slice(0, 30), text.slice(30, 60), text.slice(60)];
    expect(await ask("readTextPart", { reading: "r1", index: 0, text: cut[0] }, fromTab())).toEqual({ ok: true, value: {} });
    expect(await ask("readTextPart", { reading: "r1", index: 1, text: cut[1] }, fromTab())).toEqual({ ok: true, value: {} });
    const answer = await ask("readText", { ...ARTICLE, text: cut[2], scope: "article", parts: { reading: "r1", count: 3 } }, fromTab());
    expect(answer.ok && (answer.value as { mentions: { start: number; end: number }[] }).mentions.map((m) => text.slice(m.start, m.end)))
      .toEqual(["crossed the Channel", "small boats"]);
    // The parts were used once: the same request again has nothing to add up.
    const again = await ask("readText", { ...ARTICLE, text: cut[2], scope: "article", parts: { reading: "r1", count: 3 } }, fromTab());
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/missing/) });
    // Parts out of order, and parts from an extension page (no tab to keep them for), are refused.
    expect(await ask("readTextPart", { reading: "r2", index: 1, text: "x" }, fromTab())).toMatchObject({ ok: false, error: expect.stringMatching(/order/) });
    expect(await ask("readTextPart", { reading: "r2", index: 0, text: "x" }, fromOptions())).toMatchObject({ ok: false, error: expect.stringMatching(/from a tab/) });
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])("has no handler called %s", async (type) => {
    const answer = await ask(type, { echo: "data" }, fromOptions());
    expect(answer.ok).toBe(false);
  });

  it.each([
    ["checkClaims", { ...ARTICLE, claims: "all of them" }],
    ["checkClaims", { published: "yesterday", language: "en", claims: [] }],
    ["getCard", { ...ARTICLE, topic: "weather" }],
    ["readText", { ...ARTICLE, text: 42, scope: "article" }],
    ["readText", { ...ARTICLE, text: "small boats", scope: "everything" }],
    ["readText", { ...ARTICLE, text: "x".repeat(8_000_001), scope: "article" }],
    ["readText", { ...ARTICLE, text: "boats", scope: "article", parts: { reading: "r1", count: 1 } }],
    ["readText", { ...ARTICLE, text: "boats", scope: "article", parts: { reading: "../x", count: 2 } }],
    ["readTextPart", { reading: "r1", index: -1, text: "small boats" }],
    ["readTextPart", { reading: "r1", index: 0, text: "x".repeat(262_145) }],
    ["readTextPart", { reading: "r1", index: 0.5, text: "small boats" }],
    ["highlightCount", { count: -1 }],
    ["highlightCount", { count: "3" }],
  ])("refuses %s with a request that does not match the protocol (%j)", async (type, data) => {
    const answer = await ask(type, data, fromTab());
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error).toMatch(/Tidemark refused/);
  });
});

// Issue 15: the content script checks its requests with plain functions (no valibot in it), the same
// envelope as the background's.
describe("the content script's message checks", () => {
  it.each([
    ["getFindings, empty", { to: "content", type: "getFindings", data: {} }, { type: "getFindings", data: {} }],
    ["getFindings, no data", { to: "content", type: "getFindings" }, { type: "getFindings", data: {} }],
    ["getFindings, extra fields dropped", { to: "content", type: "getFindings", data: { x: 1 } }, { type: "getFindings", data: {} }],
    ["reveal a mention", { to: "content", type: "reveal", data: { id: "m12", more: true } }, { type: "reveal", data: { id: "m12" } }],
    ["step back", { to: "content", type: "step", data: { direction: -1 } }, { type: "step", data: { direction: -1 } }],
  ])("accepts %s", (_name, message, expected) => {
    expect(parseContentMessage(message)).toEqual({ ok: true, message: expected });
  });

  it.each([
    ["reveal with a selector", { to: "content", type: "reveal", data: { id: "m1, body" } }],
    ["reveal without an id", { to: "content", type: "reveal", data: {} }],
    ["step by 2", { to: "content", type: "step", data: { direction: 2 } }],
    ["getFindings with a string", { to: "content", type: "getFindings", data: "x" }],
    ["an unknown type", { to: "content", type: "constructor", data: {} }],
  ])("refuses %s", (_name, message) => {
    const parsed = parseContentMessage(message);
    expect(parsed.ok).toBe(false);
    expect("error" in parsed && parsed.error).toMatch(/^Tidemark refused/);
  });

  it("leaves messages addressed elsewhere alone", () => {
    expect(parseContentMessage({ to: "background", type: "getFindings" })).toEqual({ ok: false, notOurs: true });
    expect(parseContentMessage(null)).toEqual({ ok: false, notOurs: true });
  });
});
