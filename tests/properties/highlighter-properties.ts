import fc from "fast-check";
import { RangeHighlighter } from "../../dom/custom-highlight";
import { MARK_ELEMENT, MARK_SELECTOR, applyHighlights, removeHighlights, type HighlightSpec } from "../../dom/highlighter";
import { EXCLUDED_SELECTOR, rangeForOffsets, takeSnapshot } from "../../dom/text-snapshot";

/**
 * Property-based tests of the highlighter (issue 8, "Pages"), written once and run twice: in jsdom by the
 * unit suite (≥ 1,000 cases per property) and bundled with esbuild into real Chromium by the e2e suite.
 * Nothing here touches globals: every DOM call goes through the `doc` passed in.
 *
 * The generated pages have what breaks highlighters: a mention split across inline elements and across
 * the page's own adjacent text nodes, excluded regions holding the mention, the site's own `<mark>`, our
 * own earlier highlights, right-to-left text and no-break spaces.
 */

/** A generated node: text, or an element with a tag from one of the families below. */
export type GenNode = { text: string } | { tag: string; attrs?: Record<string, string>; children: GenNode[] };


// Like core's patterns, a mention never crosses the snapshot's block separator ("\n").
const MENTION = /small[ \t\u00a0]+boats?/gi;

// Fragments that combine into mentions only when adjacent: "small" + " boats", "smal" + "l boats".
const FRAGMENTS = ["small", " boats", "smal", "l boat", "s", "small\u00a0", "boats ", "Small", " Boats"];
const WORDS = ["small boats", " ", "\u00a0", "Channel ", "crossings. ", "Dover ", "الزوارق الصغيرة ", "מעבר ",
  "traversées ", "", "\n"];

const text = fc.array(
  fc.oneof({ arbitrary: fc.constantFrom(...FRAGMENTS), weight: 2 }, { arbitrary: fc.constantFrom(...WORDS), weight: 1 }),
  { minLength: 0, maxLength: 3 },
).map((w) => ({ text: w.join("") }));

/** Random page fragments: inline and block elements, excluded regions, the site's `<mark>`, our own marks. */
export const genTree: fc.Arbitrary<GenNode[]> = fc.letrec<{ node: GenNode; nodes: GenNode[] }>((tie) => ({
  nodes: fc.array(tie("node"), { minLength: 1, maxLength: 5 }),
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { arbitrary: text, weight: 5 },
    {
      arbitrary: fc.record({
        tag: fc.constantFrom("span", "em", "b", "a", "mark", "p", "div", "bdi"),
        attrs: fc.constantFrom<Record<string, string>>({}, { dir: "rtl" }, { class: "x" }),
        children: tie("nodes"),
      }),
      weight: 3,
    },
    {
      arbitrary: fc.record({
        tag: fc.constantFrom("code", "pre", "textarea", "script", "style", "noscript", "div"),
        attrs: fc.constantFrom<Record<string, string>>({}, { contenteditable: "true" }, { "aria-hidden": "true" }),
        children: fc.array(text, { minLength: 1, maxLength: 2 }),
      }),
      weight: 1,
    },
    {
      // One of our own highlights from an earlier pass.
      arbitrary: fc.record({
        tag: fc.constant(MARK_ELEMENT),
        attrs: fc.constant<Record<string, string>>({ "data-tidemark": "mention", "data-topic": "arrivals", "data-id": "old" }),
        children: fc.constant<GenNode[]>([{ text: "small boats" }]),
      }),
      weight: 1,
    },
  ),
})).nodes;

/** Builds a generated tree under `root` without normalising: adjacent text nodes stay separate. */
export function build(doc: Document, root: Element, nodes: GenNode[]): void {
  for (const n of nodes) {
    if ("text" in n) {
      root.append(doc.createTextNode(n.text));
    } else {
      const el = doc.createElement(n.tag);
      // Generated scripts and styles are inert data (jsdom and browsers run or parse them once connected).
      if (n.tag === "script" || n.tag === "style") el.setAttribute("type", "text/plain");
      for (const [k, v] of Object.entries(n.attrs ?? {})) el.setAttribute(k, v);
      build(doc, el, n.children);
      root.append(el);
    }
  }
}

/** Finds mentions with the real snapshot (dom/text-snapshot.ts) and maps them to pieces of text nodes. */
export function findSpecs(_doc: Document, root: Element): HighlightSpec[] {
  const snapshot = takeSnapshot(root);
  return [...snapshot.text.matchAll(MENTION)].map((m, i) => ({
    id: `m${i}`, kind: "mention", topic: "arrivals", pieces: rangeForOffsets(snapshot, m.index, m.index + m[0].length),
  }));
}

/** One highlighting pass as the content script does it: read, match, write. */
export function highlight(doc: Document, root: Element): number {
  return applyHighlights(findSpecs(doc, root)).length;
}

function fresh(doc: Document, nodes: GenNode[]): Element {
  const root = doc.createElement("article");
  doc.body.replaceChildren(root);
  build(doc, root, nodes);
  return root;
}

/** The highlights' names in the page's registry, with how many ranges each holds. */
function registered(doc: Document): number {
  const registry = (doc.defaultView as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
  return [...registry.keys()].filter((name) => name.startsWith("tidemark-")).length;
}

/**
 * The no-page-modification mode (dom/custom-highlight.ts) over the same pages: needs the CSS Custom
 * Highlight API (native in browsers; the jsdom runner installs a stand-in).
 */
export function rangeProperties(doc: Document): Record<string, fc.IProperty<[GenNode[]]>> {
  return {
    "ranges: the page is never written": fc.property(genTree, (nodes) => {
      const root = fresh(doc, nodes);
      const before = root.cloneNode(true);
      const observer = new (doc.defaultView as unknown as typeof globalThis).MutationObserver(() => undefined);
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      const ranges = new RangeHighlighter(doc);
      ranges.apply(findSpecs(doc, root));
      const writes = observer.takeRecords().length;
      observer.disconnect();
      ranges.clear();
      return writes === 0 && root.isEqualNode(before);
    }),
    "ranges: each highlight paints exactly its mention's text": fc.property(genTree, (nodes) => {
      const root = fresh(doc, nodes);
      const snapshot = takeSnapshot(root);
      const ranges = new RangeHighlighter(doc);
      const drawn = ranges.apply(findSpecs(doc, root));
      // The snapshot reads white space as the page renders it (a newline in a text node is a space).
      const flat = (t: string) => t.replace(/\s+/g, " ");
      const texts = [...snapshot.text.matchAll(MENTION)].map((m) => flat(m[0]));
      const ok = drawn.length === texts.length && drawn.every((h, i) => flat(h.ranges.map((r) => r.toString()).join("")) === texts[i]);
      ranges.clear();
      return ok;
    }),
    "ranges: a second pass over the same page draws nothing new": fc.property(genTree, (nodes) => {
      const root = fresh(doc, nodes);
      const ranges = new RangeHighlighter(doc);
      ranges.apply(findSpecs(doc, root));
      const again = findSpecs(doc, root).map((spec) => ({ ...spec, id: `again-${spec.id}` }))
        .filter((spec) => !spec.pieces.some((p) => ranges.covers(p.node, p.start, p.end)));
      const added = ranges.apply(again).length;
      ranges.clear();
      return added === 0;
    }),
    "ranges: clearing leaves nothing registered": fc.property(genTree, (nodes) => {
      const root = fresh(doc, nodes);
      const ranges = new RangeHighlighter(doc);
      ranges.apply(findSpecs(doc, root));
      ranges.clear();
      return registered(doc) === 0;
    }),
  };
}

/** The five properties, each a fast-check property over generated trees. */
export function properties(doc: Document): Record<string, fc.IProperty<[GenNode[]]>> {
  return {
    "the page's text is unchanged after highlighting": fc.property(genTree, (nodes) => {
      const root = fresh(doc, nodes);
      const before = root.textContent;
      highlight(doc, root);
      return root.textContent === before;
    }),
    "after removal the DOM is identical, adjacent text nodes included": fc.property(genTree, (nodes) => {
      const root = fresh(doc, nodes);
      const ours = root.querySelectorAll(MARK_SELECTOR).length;
      const before = root.cloneNode(true);
      highlight(doc, root);
      // Our earlier marks (generated ones) are removed too; compare against the tree without them.
      for (const old of (before as Element).querySelectorAll(MARK_SELECTOR)) old.replaceWith(...old.childNodes);
      return removeHighlights(root) >= ours && root.isEqualNode(before);
    }),
    "nothing inside excluded regions is touched": fc.property(genTree, (nodes) => {
      const root = fresh(doc, nodes);
      const excluded = [...root.querySelectorAll(EXCLUDED_SELECTOR)];
      const copies = excluded.map((el) => el.cloneNode(true));
      const children = excluded.map((el) => [...el.childNodes]);
      highlight(doc, root);
      return excluded.every((el, i) => el.isConnected && el.isEqualNode(copies[i]!) &&
        el.childNodes.length === children[i]!.length && children[i]!.every((c, j) => el.childNodes[j] === c));
    }),
    "no nested highlights": fc.property(genTree, (nodes) => {
      const root = fresh(doc, nodes);
      highlight(doc, root);
      return root.querySelector(`${MARK_ELEMENT} ${MARK_ELEMENT}`) === null;
    }),
    "highlighting twice equals highlighting once": fc.property(genTree, (nodes) => {
      const root = fresh(doc, nodes);
      highlight(doc, root);
      const once = root.cloneNode(true);
      const added = highlight(doc, root);
      return added === 0 && root.isEqualNode(once);
    }),
  };
}

/** Runs every property; returns failures (name and fast-check's report) so either runner can assert. */
export function checkAll(doc: Document, numRuns: number, seed?: number): { name: string; report: string }[] {
  const failures: { name: string; report: string }[] = [];
  for (const [name, property] of Object.entries({ ...properties(doc), ...rangeProperties(doc) })) {
    const details = fc.check(property, { numRuns, ...(seed === undefined ? {} : { seed }) });
    if (details.failed) failures.push({ name, report: fc.defaultReportMessage(details) ?? "failed" });
  }
  return failures;
}
