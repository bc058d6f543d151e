// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Annotator } from "../../../dom/annotator";
import { createSurface, markSurface, rangeSurface } from "../../../dom/highlight-surfaces";
import { CLOSE_DELAY_MS, OPEN_DELAY_MS, PopoverController } from "../../../dom/popover-controller";
import type { PopoverHost } from "../../../dom/popover-host";
import type { CardModel } from "../../../core/card/types";
import type { Finding } from "../../../dom/detection";
import { fakeDetection } from "./fake-detection";
import { installHighlightApi, removeHighlightApi } from "./fake-highlight-api";
import { dispatchPointer, fakeHost } from "./fake-host";

// The no-page-modification mode wired through the annotator and the popover controller (decision 0007).
let registry: Map<string, Set<Range>>;

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ARTICLE = "<article><p id='a'>More people crossed in <b>small</b> boats.</p><p id='b'>Later, small boats again.</p></article>";

function watchMutations(): () => number {
  let count = 0;
  const observer = new MutationObserver((r) => (count += r.length));
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  return () => count + observer.takeRecords().length;
}

/** The text each registered range covers, per highlight name. */
function painted(): Record<string, string[]> {
  return Object.fromEntries([...registry].map(([name, set]) => [name, [...set].filter((r) => !r.collapsed).map((r) => r.toString())]));
}

beforeEach(() => {
  registry = installHighlightApi();
  document.body.innerHTML = ARTICLE;
});
afterEach(removeHighlightApi);

describe("createSurface", () => {
  it("ranges for a per-site choice or a framework page, marks otherwise and without the API", () => {
    expect(createSurface(document).mode).toBe("marks");
    expect(createSurface(document, "ranges").mode).toBe("ranges");
    document.body.insertAdjacentHTML("afterbegin", "<div id='__next'></div>");
    expect(createSurface(document).mode).toBe("ranges");
    expect(createSurface(document, "marks").mode).toBe("marks");
    removeHighlightApi();
    expect(createSurface(document, "ranges").mode).toBe("marks");
  });
});

describe("Annotator on the ranges surface", () => {
  let annotator: Annotator;
  const ranges = async () => ({ surface: rangeSurface(document), reader: async () => ({ findClaims: () => [] }) });
  afterEach(() => annotator?.destroy());

  it("highlights without a single DOM mutation, in document order, and clears to an empty registry", async () => {
    const before = document.body.cloneNode(true);
    const mutations = watchMutations();
    annotator = new Annotator(document, fakeDetection(), ranges);
    await annotator.start();
    expect(annotator.mode()).toBe("ranges");
    expect(annotator.highlights().map((h) => h.ranges.map((r) => r.toString()).join(""))).toEqual(["small boats", "small boats"]);
    expect(annotator.highlights().map((h) => h.elements.length)).toEqual([0, 0]);
    expect(painted()["tidemark-mention"]).toEqual(["small", " boats", "small boats"]);
    annotator.destroy();
    expect(mutations()).toBe(0);
    expect(document.body.isEqualNode(before)).toBe(true);
    expect(registry.size).toBe(0);
  });

  it("does not draw highlighted text twice when the article is scanned again", async () => {
    annotator = new Annotator(document, fakeDetection(), ranges);
    await annotator.start();
    // Many added roots make the annotator rescan the whole article, text already highlighted included.
    const article = document.querySelector("article")!;
    for (let i = 0; i < 70; i++) article.append(Object.assign(document.createElement("span"), { textContent: " filler" }));
    article.append(Object.assign(document.createElement("p"), { textContent: "Update: small boats at dawn." }));
    await wait(150);
    expect(annotator.highlights()).toHaveLength(3);
    expect(painted()["tidemark-mention"]).toHaveLength(4);
  });

  it("re-finds text a framework re-rendered, and forgets the ranges that collapsed", async () => {
    const counts: number[] = [];
    annotator = new Annotator(document, fakeDetection(), ranges, { onCount: (n) => counts.push(n) });
    await annotator.start();
    // React writes a text node's whole new value into the node it rendered: our range collapses.
    const text = document.querySelector("#b")!.firstChild as Text;
    text.data = "Later still, small boats again.";
    // And it replaces a paragraph's children: the old ranges now point into detached nodes.
    document.querySelector("#a")!.replaceChildren("Fewer small boats crossed.");
    await wait(150);
    expect(annotator.highlights().map((h) => h.ranges[0]!.startContainer.parentElement!.id)).toEqual(["a", "b"]);
    expect(painted()["tidemark-mention"]).toEqual(["small boats", "small boats"]);
    expect(counts.at(-1)).toBe(2);
  });

  it("moves a claim to its verdict's highlight", async () => {
    const claim = async () => ({
      surface: rangeSurface(document),
      reader: async () => ({
        findClaims: (snapshot: { text: string }): Finding[] => {
          const start = snapshot.text.indexOf("More people");
          return [{ start, end: start + 11, text: "More people", topic: "arrivals", kind: "claim", claim: {} }];
        },
      }),
    });
    annotator = new Annotator(document, fakeDetection(), claim, { checkClaims: async (claims) => ({ [claims[0]!.id]: { verdict: "differs" as const, explanation: "One sentence." } }) });
    await annotator.start();
    await wait(0);
    expect(painted()["tidemark-claim-differs"]).toEqual(["More people"]);
    expect(painted()["tidemark-claim-pending"]).toEqual([]);
  });

  it("paints the reader's look in the highlight names, never in the page", async () => {
    const mutations = watchMutations();
    annotator = new Annotator(document, fakeDetection(), ranges);
    annotator.setLook({ style: "background", palette: "teal" });
    await annotator.start();
    expect(painted()["tidemark-mention-teal-fill"]).toEqual(["small", " boats", "small boats"]);
    annotator.setLook({ style: "underline", palette: "rose" });
    expect(painted()["tidemark-mention-teal-fill"]).toEqual([]);
    expect(painted()["tidemark-mention-rose"]).toHaveLength(3);
    expect(mutations()).toBe(0);
  });

  it("marks show the look on <html> only once there is a highlight, and take it away with them", async () => {
    const marks = async () => ({ surface: markSurface(document), reader: async () => ({ findClaims: () => [] }) });
    document.body.innerHTML = "<article><p>Ferry timetables.</p></article>";
    annotator = new Annotator(document, fakeDetection(), marks);
    annotator.setLook({ style: "outline", palette: "violet" });
    await annotator.start();
    expect(document.documentElement.hasAttribute("data-tidemark-style")).toBe(false);
    annotator.destroy();
    document.body.innerHTML = ARTICLE;
    annotator = new Annotator(document, fakeDetection(), marks);
    annotator.setLook({ style: "outline", palette: "violet" });
    await annotator.start();
    expect(document.documentElement.getAttribute("data-tidemark-style")).toBe("outline");
    annotator.setLook({ style: "background", palette: "violet" });
    expect(document.documentElement.getAttribute("data-tidemark-style")).toBe("background");
    annotator.clear();
    expect(document.documentElement.getAttributeNames().filter((n) => n.startsWith("data-tidemark"))).toEqual([]);
  });

  it("chooses the surface again after clear(true), as when the reader changes the site's mode", async () => {
    let mode: "marks" | "ranges" = "ranges";
    const load = vi.fn(async () => ({ surface: mode === "ranges" ? rangeSurface(document) : markSurface(document), reader: async () => ({ findClaims: () => [] }) }));
    annotator = new Annotator(document, fakeDetection(), load);
    await annotator.start();
    expect(document.querySelectorAll("tidemark-mark")).toHaveLength(0);
    mode = "marks";
    annotator.clear(true);
    expect(registry.size).toBe(0);
    await annotator.restart();
    expect(annotator.mode()).toBe("marks");
    expect(document.querySelectorAll("tidemark-mark").length).toBeGreaterThan(0);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

const pointerAt = (type: string, x: number, y: number) => dispatchPointer(type, document.body, { clientX: x, clientY: y });

describe("PopoverController on ranges", () => {
  let annotator: Annotator;
  let host: ReturnType<typeof fakeHost>;
  let controller: PopoverController;

  beforeEach(async () => {
    // jsdom does not lay out, so it has no scrollIntoView.
    Element.prototype.scrollIntoView ??= () => undefined;
    Range.prototype.getBoundingClientRect ??= () => ({ top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 }) as DOMRect;
    document.body.insertAdjacentHTML("beforeend", "<button id='before'>Menu</button>");
    annotator = new Annotator(document, fakeDetection(), async () => ({ surface: rangeSurface(document), reader: async () => ({ findClaims: () => [] }) }));
    await annotator.start();
    // jsdom does not lay out: the pointer is over the first highlight at x < 100, the second at x >= 100 and
    // x < 200, and over plain text further right (the real hit-test runs in tests/e2e/ranges-mode.e2e.test.ts).
    const [one, two] = annotator.highlights();
    vi.spyOn(annotator, "highlightAt").mockImplementation((x) => (x < 100 ? one : x < 200 ? two : undefined));
    host = fakeHost();
    controller = new PopoverController(document, annotator, host as unknown as PopoverHost, {
      loadCard: async () => ({ lang: "en" }) as CardModel, copy: async () => undefined, theme: () => "auto", language: () => "en",
    });
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    controller.destroy();
    annotator.destroy();
  });

  it("opens on hover found by hit-testing, anchored to the range, and closes after the pointer leaves", () => {
    pointerAt("pointermove", 50, 10);
    vi.advanceTimersByTime(20 + OPEN_DELAY_MS);
    expect(controller.current()?.id).toBe(annotator.highlights()[0]!.id);
    expect(host.anchor).not.toBeInstanceOf(Element);
    expect(typeof host.anchor?.getBoundingClientRect).toBe("function");
    expect(painted()["tidemark-open"]).toEqual(["small", " boats"]);
    pointerAt("pointermove", 300, 10);
    vi.advanceTimersByTime(20 + CLOSE_DELAY_MS);
    expect(controller.current()).toBeNull();
    expect(painted()["tidemark-open"]).toEqual([]);
  });

  it("a quick pass over a highlight opens nothing; moving onto another switches", () => {
    pointerAt("pointermove", 50, 10);
    vi.advanceTimersByTime(20);
    pointerAt("pointermove", 300, 10);
    vi.advanceTimersByTime(20 + OPEN_DELAY_MS);
    expect(controller.current()).toBeNull();
    pointerAt("pointermove", 150, 10);
    vi.advanceTimersByTime(20 + OPEN_DELAY_MS);
    expect(controller.current()?.id).toBe(annotator.highlights()[1]!.id);
  });

  it("click or tap at a highlight opens it pinned; a press elsewhere closes it", () => {
    pointerAt("click", 150, 10);
    expect(controller.current()?.id).toBe(annotator.highlights()[1]!.id);
    pointerAt("pointermove", 300, 10);
    vi.advanceTimersByTime(20 + CLOSE_DELAY_MS);
    expect(controller.current()?.id).toBe(annotator.highlights()[1]!.id);
    pointerAt("pointerdown", 300, 10);
    expect(controller.current()).toBeNull();
  });

  it("the next-highlight command moves focus into the popover, and Escape gives it back", () => {
    const menu = document.getElementById("before") as HTMLButtonElement;
    menu.focus();
    controller.step(1);
    expect(controller.current()?.id).toBe(annotator.highlights()[0]!.id);
    expect(document.activeElement).toBe(host.button);
    controller.step(1);
    expect(controller.current()?.id).toBe(annotator.highlights()[1]!.id);
    host.button.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(controller.current()).toBeNull();
    expect(document.activeElement).toBe(menu);
  });
});
