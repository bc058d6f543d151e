// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { MARK_SELECTOR, applyHighlights, removeHighlights, removeMark, setVerdict, type HighlightSpec, type TextPiece } from "../../../dom/highlighter";

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Pieces for every occurrence of `phrase` inside single text nodes under `root`. */
function find(root: Node, phrase: string): TextPiece[] {
  const out: TextPiece[] = [];
  for (const node of textNodes(root)) {
    let at = node.data.indexOf(phrase);
    while (at >= 0) {
      out.push({ node, start: at, end: at + phrase.length });
      at = node.data.indexOf(phrase, at + phrase.length);
    }
  }
  return out;
}

function spec(id: string, pieces: TextPiece[], kind: "mention" | "claim" = "mention"): HighlightSpec {
  return { id, kind, topic: "arrivals", pieces };
}

describe("highlighter", () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = "";
    root = document.createElement("article");
    document.body.append(root);
  });

  it("wraps one piece in a tidemark-mark with the documented attributes", () => {
    root.innerHTML = "<p>People crossed in small boats on Monday.</p>";
    const marks = applyHighlights([spec("m1", find(root, "small boats"))]);
    expect(marks).toHaveLength(1);
    const el = root.querySelector(MARK_SELECTOR)!;
    expect(el.tagName.toLowerCase()).toBe("tidemark-mark");
    expect(el.textContent).toBe("small boats");
    expect(el.getAttribute("data-tidemark")).toBe("mention");
    expect(el.getAttribute("data-topic")).toBe("arrivals");
    expect(el.getAttribute("tabindex")).toBe("0");
    expect(el.hasAttribute("data-verdict")).toBe(false);
    expect(el.hasAttribute("data-markjs")).toBe(false);
    expect(root.textContent).toBe("People crossed in small boats on Monday.");
  });

  it("claims carry a pending verdict that can be updated", () => {
    root.innerHTML = "<p>Nearly 20,000 people crossed.</p>";
    const drawn = applyHighlights([spec("c1", find(root, "Nearly 20,000 people"), "claim")]);
    const el = root.querySelector(MARK_SELECTOR)!;
    expect(el.getAttribute("data-verdict")).toBe("pending");
    setVerdict(drawn, "accurate");
    expect(el.getAttribute("data-verdict")).toBe("accurate");
  });

  it("marks several pieces in one text node and a mention split across elements", () => {
    root.innerHTML = "<p>small boats and small boats, <b>small</b> boats</p>";
    const p = root.querySelector("p")!;
    const [t1, b, t2] = [p.firstChild as Text, p.querySelector("b")!.firstChild as Text, p.lastChild as Text];
    const two = find(root, "small boats");
    const split = [{ node: b, start: 0, end: 5 }, { node: t2, start: 1, end: 6 }];
    applyHighlights([spec("a", [two[0]!]), spec("b", [two[1]!]), spec("c", split)]);
    const marks = [...root.querySelectorAll(MARK_SELECTOR)];
    expect(marks.map((m) => m.textContent)).toEqual(["small boats", "small boats", "small", "boats"]);
    expect(marks.map((m) => m.getAttribute("tabindex"))).toEqual(["0", "0", "0", "-1"]);
    expect(t1.isConnected).toBe(true);
  });

  it("never nests: overlapping pieces keep the first", () => {
    root.innerHTML = "<p>the small boats crossing</p>";
    const node = root.querySelector("p")!.firstChild as Text;
    applyHighlights([spec("a", [{ node, start: 4, end: 15 }]), spec("b", [{ node, start: 10, end: 24 }])]);
    expect(root.querySelectorAll(MARK_SELECTOR)).toHaveLength(1);
    expect(root.querySelector(`${MARK_SELECTOR} ${MARK_SELECTOR}`)).toBeNull();
  });

  it("removal restores the exact DOM, keeping the page's own adjacent text nodes apart", () => {
    root.innerHTML = "<p>Intro. small boats here</p><p>x <i>small boats</i> y small boats</p>";
    // The page's own adjacent text nodes, which normalize() would merge.
    const p = root.querySelector("p")!;
    p.append(document.createTextNode(" and small boats again"), document.createTextNode(""));
    const before = root.cloneNode(true);
    const first = p.firstChild;
    applyHighlights([...find(root, "small boats").map((piece, i) => spec(`m${i}`, [piece]))]);
    expect(root.querySelectorAll(MARK_SELECTOR)).toHaveLength(4);
    expect(removeHighlights(root)).toBe(4);
    expect(root.isEqualNode(before)).toBe(true);
    expect(p.childNodes).toHaveLength(3);
    expect(p.firstChild).toBe(first);
  });

  it("removing one mark in the middle of a node keeps the others removable exactly", () => {
    root.innerHTML = "<p>small boats, small boats, small boats</p>";
    const before = root.cloneNode(true);
    applyHighlights(find(root, "small boats").map((piece, i) => spec(`m${i}`, [piece])));
    const marks = [...root.querySelectorAll(MARK_SELECTOR)];
    removeMark(marks[1]!);
    removeMark(marks[0]!);
    removeMark(marks[2]!);
    expect(root.isEqualNode(before)).toBe(true);
  });

  it("a mark the page has changed is unwrapped without merging anything", () => {
    root.innerHTML = "<p>a small boats b</p>";
    applyHighlights([spec("m", find(root, "small boats"))]);
    const el = root.querySelector(MARK_SELECTOR)!;
    el.after(document.createTextNode("!"));
    removeHighlights(root);
    expect(root.querySelector(MARK_SELECTOR)).toBeNull();
    expect(root.textContent).toBe("a small boats! b");
  });
});

describe("framework rewrites", () => {
  it("a text node we split and the framework rewrites leaves no ghost text behind", async () => {
    const { dropSplitsAfter, isSplitOrigin } = await import("../../../dom/highlighter");
    document.body.innerHTML = "<p>A small boats B small boats C</p>";
    const p = document.querySelector("p")!;
    const original = p.firstChild as Text;
    applyHighlights(find(p, "small boats").map((piece, i) => spec(`m${i}`, [piece])));
    expect(isSplitOrigin(original)).toBe(true);
    original.data = "New text about small boats";
    expect(dropSplitsAfter(original)).toBe(true);
    expect(p.textContent).toBe("New text about small boats");
    expect(p.childNodes).toHaveLength(1);
  });
});
