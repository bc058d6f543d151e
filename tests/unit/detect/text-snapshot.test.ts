// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { EXCLUDED_SELECTOR, rangeForOffsets, takeSnapshot } from "../../../dom/text-snapshot";

function root(html: string): Element {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById("root")!;
}

function piecesText(html: string, phrase: string): string[] {
  const snap = takeSnapshot(root(html));
  const start = snap.text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  return rangeForOffsets(snap, start, start + phrase.length).map((p) => p.node.data.slice(p.start, p.end));
}

describe("takeSnapshot", () => {
  it.each([
    ["inline elements join without a break", "<p>More <b>small</b> boats</p>", "More small boats"],
    ["paragraphs are separated", "<p>crossing the</p><p>Channel today</p>", "crossing the\nChannel today"],
    ["list items are separated", "<ul><li>one</li><li>two</li></ul>", "one\ntwo"],
    ["a br is a break", "<p>small<br>boats</p>", "small\nboats"],
    ["text after a nested block", "<div><p>a</p>b</div>", "a\nb"],
    ["line breaks inside a node become spaces", "<p>small\nboats</p>", "small boats"],
    ["scripts, styles and code are skipped", "<p>a<script>var x='small boats'</script><style>p{}</style><code>x</code>b</p>", "ab"],
    ["hidden and editable subtrees are skipped", '<p>a<span aria-hidden="true">X</span><span contenteditable>Y</span>b</p>', "ab"],
    ["Tidemark UI is skipped", '<p>a<tidemark-mark>X</tidemark-mark><div data-tidemark-ui>Y</div></p>', "a"],
    ["svg is skipped", '<p>a<svg><text>X</text></svg>b</p>', "ab"],
  ])("%s", (_name, html, expected) => {
    expect(takeSnapshot(root(html)).text).toBe(expected);
  });

  it("extra exclusions apply", () => {
    expect(takeSnapshot(root("<nav>Menu</nav><p>Body</p><aside>Related</aside>"), { exclude: "nav, aside" }).text).toBe("Body");
  });

  it("starts map each node into the text", () => {
    const snap = takeSnapshot(root("<p>Nearly <b>20,000</b> people</p><p>crossed</p>"));
    snap.nodes.forEach((node, i) => expect(snap.text.slice(snap.starts[i], snap.starts[i]! + node.data.length)).toBe(node.data));
  });

  it("the selector names every excluded kind", () => {
    for (const s of ["script", "[contenteditable]", "[aria-hidden=true]", "tidemark-mark", "[data-tidemark-ui]"]) {
      expect(EXCLUDED_SELECTOR).toContain(s);
    }
  });
});

describe("rangeForOffsets", () => {
  it.each([
    ["one node", "<p>the small boats arrived</p>", "small boats", ["small boats"]],
    ["spans two nodes", "<p>more small <b>boats</b> came</p>", "small boats", ["small ", "boats"]],
    ["spans three nodes", "<p>more <i>small</i> <b>boats</b> came</p>", "small boats", ["small", " ", "boats"]],
    ["starts mid node", "<p>xx<b>yyzz</b></p>", "xyyz", ["x", "yyz"]],
  ])("%s", (_name, html, phrase, expected) => {
    expect(piecesText(html, phrase)).toEqual(expected);
  });

  it("skips the separator between blocks", () => {
    const snap = takeSnapshot(root("<p>ab</p><p>cd</p>"));
    expect(rangeForOffsets(snap, 1, 4).map((p) => p.node.data.slice(p.start, p.end))).toEqual(["b", "c"]);
    expect(rangeForOffsets(snap, 2, 3)).toEqual([]);
  });
});

describe("takeSnapshot around Tidemark's own highlights (issue 8)", () => {
  it("an earlier highlight is a boundary, so a rescan finds no mention around it", () => {
    const html = '<p>small<tidemark-mark data-tidemark="mention">small boats</tidemark-mark> boats</p>';
    expect(takeSnapshot(root(html)).text).toBe("small\n boats");
  });
});

describe("takeSnapshot on deep trees (issue 14)", () => {
  it("finds each text's block with one walk up the tree in all, not one per nesting level", () => {
    // 2,000 nested <span>s, each with text: walking up from each to its block was 2 million steps.
    let html = "";
    for (let i = 0; i < 2_000; i++) html += `<span>${i % 2 ? "small" : "boats"} `;
    const el = root(`<p>${html}</p>`);
    const parentSteps = vi.spyOn(Element.prototype, "parentElement", "get");
    const snap = takeSnapshot(el);
    expect(snap.nodes).toHaveLength(2_000);
    expect(snap.text.split("\n")).toHaveLength(1);
    expect(parentSteps.mock.calls.length).toBeLessThan(10_000);
    parentSteps.mockRestore();
  });
});
