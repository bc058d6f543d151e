// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  HIGHLIGHT_NAMES, RangeHighlighter, chooseMode, detectFramework, supportsCustomHighlights,
} from "../../../dom/custom-highlight";
import type { HighlightSpec } from "../../../dom/highlighter";
import { rangeForOffsets, takeSnapshot } from "../../../dom/text-snapshot";
import { installHighlightApi, removeHighlightApi } from "./fake-highlight-api";

const install = installHighlightApi;

function specsFor(root: Element, phrase: RegExp, kind: "mention" | "claim" = "mention"): HighlightSpec[] {
  const snap = takeSnapshot(root);
  return [...snap.text.matchAll(phrase)].map((m, i) => ({
    id: `h${i}`, kind, topic: "arrivals", pieces: rangeForOffsets(snap, m.index, m.index + m[0].length),
  }));
}

describe("custom highlights (no page modification)", () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    root = document.createElement("article");
    root.append("People crossed in ", Object.assign(document.createElement("b"), { textContent: "small" }), " boats; more small boats later.");
    document.body.append(root);
  });
  afterEach(removeHighlightApi);

  it("feature detection: off without the API, on with it", () => {
    expect(supportsCustomHighlights(window)).toBe(false);
    expect(chooseMode(document, "ranges")).toBe("marks");
    install();
    expect(supportsCustomHighlights(window)).toBe(true);
  });

  it.each([
    ['<div id="__next"></div>', "Next.js"],
    ['<div id="__nuxt"></div>', "Nuxt"],
    ['<div data-reactroot=""></div>', "React"],
    ['<div data-v-app=""></div>', "Vue"],
    ['<body data-sveltekit-preload-data="hover"></body>', "Svelte"],
    ['<app-root ng-version="17.0.0"></app-root>', "Angular"],
    ["<div><!--$--><p>streamed</p><!--/$--></div>", "React"],
    ["<div><p>plain</p><!-- a comment --></div>", null],
  ])("detects the framework of %s", (html, expected) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, "text/html");
    expect(detectFramework(doc)).toBe(expected);
  });

  it("chooses ranges on framework pages and for a per-site choice, marks elsewhere", () => {
    install();
    expect(chooseMode(document)).toBe("marks");
    expect(chooseMode(document, "ranges")).toBe("ranges");
    const next = Object.assign(document.createElement("div"), { id: "__next" });
    document.body.append(next);
    expect(chooseMode(document)).toBe("ranges");
    expect(chooseMode(document, "marks")).toBe("marks");
  });

  it("draws mentions split across elements without one DOM mutation, twice equals once, clear leaves nothing", () => {
    const registry = install();
    const before = root.cloneNode(true);
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((m) => mutations.push(...m));
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    const h = new RangeHighlighter(document);
    const specs = specsFor(root, /small boats/g);
    expect(h.apply(specs)).toHaveLength(2);
    expect(h.apply(specs)).toHaveLength(0);
    mutations.push(...observer.takeRecords());
    observer.disconnect();
    expect(mutations).toEqual([]);
    expect(root.isEqualNode(before)).toBe(true);
    const drawn = registry.get(HIGHLIGHT_NAMES.mention)!;
    expect([...drawn].map((r) => r.toString())).toEqual(["small", " boats", "small boats"]);
    expect(h.highlights().map((x) => x.spec.id)).toEqual(["h0", "h1"]);
    h.clear();
    expect(registry.size).toBe(0);
    expect(h.highlights()).toEqual([]);
  });

  it("claims move between verdict highlights", () => {
    const registry = install();
    const h = new RangeHighlighter(document);
    h.apply(specsFor(root, /more small boats/g, "claim"));
    expect(registry.get("tidemark-claim-pending")?.size).toBe(1);
    h.setVerdict("h0", "accurate");
    expect(registry.get("tidemark-claim-pending")?.size).toBe(0);
    expect(registry.get("tidemark-claim-accurate")?.size).toBe(1);
  });

  it("a re-render that drops the page's text nodes leaves no highlight behind", () => {
    install();
    const h = new RangeHighlighter(document);
    h.apply(specsFor(root, /small boats/g));
    root.textContent = "Re-rendered without the phrase.";
    expect(h.highlights()).toEqual([]);
  });
});
