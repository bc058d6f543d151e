// @vitest-environment jsdom
import type { ClaimCheck } from "../../../core/detect/verdicts";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Annotator } from "../../../dom/annotator";
import { fakeDetection } from "./fake-detection";
import { markSurface } from "../../../dom/highlight-surfaces";
import { MARK_SELECTOR } from "../../../dom/highlighter";

const writer = async () => ({ surface: markSurface(document), reader: async () => ({ findClaims: () => [] }) });

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ARTICLE = `<header><h1>Small boats</h1></header><article><p>More people crossed in small boats.</p>
<p>Code: <code>small boats</code> <textarea>small boats</textarea></p><div aria-hidden="true">small boats</div></article>
<aside>small boats in the sidebar</aside>`;

describe("Annotator", () => {
  let annotator: Annotator;
  beforeEach(() => {
    document.body.innerHTML = ARTICLE;
  });
  afterEach(() => annotator?.destroy());

  it("highlights only inside the article and outside excluded regions", async () => {
    annotator = new Annotator(document, fakeDetection(), writer, { onError: (e) => console.error("ANNOT", e) });
    await annotator.start();
    const marks = [...document.querySelectorAll(MARK_SELECTOR)];
    expect(marks.map((m) => m.closest("p")?.textContent)).toEqual(["More people crossed in small boats."]);
    expect(annotator.highlights()).toHaveLength(1);
  });

  it("draws every highlight of a paragraph that holds more than one slice of them (issue 15)", async () => {
    // 25 mentions in one text node: slices of writes end only between text nodes, since drawing splits them.
    const sentence = Array.from({ length: 25 }, (_, i) => `Boat ${i + 1} was one of the small boats.`).join(" ");
    document.body.innerHTML = `<article><p>${sentence}</p><p>Two more small boats, and small boats again.</p></article>`;
    annotator = new Annotator(document, fakeDetection(), writer);
    await annotator.start();
    expect(document.querySelectorAll(MARK_SELECTOR)).toHaveLength(27);
    expect(annotator.highlights()).toHaveLength(27);
  });

  it("reads the page while it waits for the page to be idle, and writes only after (issue 15)", async () => {
    let idle!: () => void;
    const read: string[] = [];
    annotator = new Annotator(document, fakeDetection(), writer, {
      read: async (snapshot) => {
        read.push(snapshot.text);
        return null; // the page kit's reader then reads it here
      },
    });
    const started = annotator.start({ beforeWrite: () => new Promise<void>((resolve) => (idle = resolve)) });
    await wait(20);
    expect(read).toHaveLength(1);
    expect(document.querySelectorAll(MARK_SELECTOR)).toHaveLength(0);
    idle();
    await started;
    expect(document.querySelectorAll(MARK_SELECTOR)).toHaveLength(1);
  });

  it("reads again the text a framework replaced while the page was being read", async () => {
    let idle!: () => void;
    annotator = new Annotator(document, fakeDetection(), writer);
    const started = annotator.start({ beforeWrite: () => new Promise<void>((resolve) => (idle = resolve)) });
    await wait(20);
    // Hydration that does not match the server's markup: the paragraph read is replaced by a new one.
    const old = document.querySelector("article p")!;
    const fresh = document.createElement("p");
    fresh.textContent = "More people crossed in small boats, the ministry said.";
    old.replaceWith(fresh);
    idle();
    await started;
    await wait(300);
    await annotator.idle();
    const marks = [...document.querySelectorAll(MARK_SELECTOR)];
    expect(marks).toHaveLength(1);
    expect(fresh.contains(marks[0]!)).toBe(true);
    expect(annotator.highlights()).toHaveLength(1);
  });

  it("writes nothing on a page without a mention", async () => {
    document.body.innerHTML = "<article><p>Ferry timetables for the summer.</p></article>";
    const before = document.body.cloneNode(true);
    let writes = 0;
    new MutationObserver((r) => (writes += r.length)).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    let firstCalled = false;
    annotator = new Annotator(document, fakeDetection(), writer, { onFirstHighlight: () => (firstCalled = true) });
    await annotator.start();
    await wait(0);
    expect(writes).toBe(0);
    expect(firstCalled).toBe(false);
    expect(document.body.isEqualNode(before)).toBe(true);
  });

  it("highlights new content within 200 ms and restores highlights a re-render dropped", async () => {
    const counts: number[] = [];
    annotator = new Annotator(document, fakeDetection(), writer, { onCount: (n) => counts.push(n) });
    await annotator.start();
    const p = document.createElement("p");
    p.textContent = "Update: two more small boats arrived.";
    document.querySelector("article")!.append(p);
    await wait(200);
    expect(p.querySelector(MARK_SELECTOR)?.textContent).toBe("small boats");
    // A framework re-renders the first paragraph from scratch.
    const first = document.querySelector("article p")!;
    first.textContent = "More people crossed in small boats.";
    await wait(200);
    expect(first.querySelector(MARK_SELECTOR)?.textContent).toBe("small boats");
    expect(first.textContent).toBe("More people crossed in small boats.");
    expect(annotator.highlights()).toHaveLength(2);
    expect(counts.at(-1)).toBe(2);
  });

  it("a framework writing into a text node we split leaves no ghost text and gets its highlight back", async () => {
    document.body.innerHTML = "<article><p>Before small boats after<b>!</b></p></article>";
    const original = document.querySelector("p")!.firstChild as Text;
    annotator = new Annotator(document, fakeDetection(), writer, { onError: (e) => console.error("ANNOT", e) });
    await annotator.start();
    original.data = "Rewritten: small boats again";
    await wait(200);
    expect(document.querySelector("p")!.textContent).toBe("Rewritten: small boats again!");
    expect(document.querySelector(MARK_SELECTOR)?.textContent).toBe("small boats");
  });

  it("destroy() puts the page back exactly", async () => {
    const before = document.body.cloneNode(true);
    annotator = new Annotator(document, fakeDetection(), writer, { onError: (e) => console.error("ANNOT", e) });
    await annotator.start();
    expect(document.querySelectorAll(MARK_SELECTOR).length).toBeGreaterThan(0);
    annotator.destroy();
    expect(document.body.isEqualNode(before)).toBe(true);
  });
});

describe("Annotator claims", () => {
  it("marks claims pending at once, then sets the verdict the background answers", async () => {
    document.body.innerHTML = "<article><p>Nearly 20,000 people crossed in small boats.</p></article>";
    const withClaims = async () => ({
      surface: markSurface(document),
      reader: async () => ({
        findClaims: (snapshot: { text: string }) => {
          const start = snapshot.text.indexOf("Nearly 20,000 people");
          return [{ start, end: start + 20, text: "Nearly 20,000 people", topic: "arrivals" as const, kind: "claim" as const, claim: { value: 20000 } }];
        },
      }),
    });
    let release: (v: Record<string, ClaimCheck>) => void = () => undefined;
    const asked: string[] = [];
    const annotator = new Annotator(document, fakeDetection(), withClaims, {
      checkClaims: (claims) => {
        asked.push(...claims.map((c) => c.text));
        return new Promise((resolve) => (release = resolve));
      },
    });
    await annotator.start();
    const claim = document.querySelector("tidemark-mark[data-tidemark=claim]")!;
    expect(claim.textContent).toBe("Nearly 20,000 people");
    expect(claim.getAttribute("data-verdict")).toBe("pending");
    expect(document.querySelector("tidemark-mark[data-tidemark=mention]")!.textContent).toBe("small boats");
    expect(asked).toEqual(["Nearly 20,000 people"]);
    release({ [claim.getAttribute("data-id")!]: { verdict: "matches", explanation: "One sentence." } });
    await wait(0);
    expect(claim.getAttribute("data-verdict")).toBe("matches");
    annotator.destroy();
    expect(document.body.innerHTML).toBe("<article><p>Nearly 20,000 people crossed in small boats.</p></article>");
  });
});
