import type { HighlightSpec } from "./highlighter";

/**
 * The no-page-modification mode (issue 8, docs/decisions/0007-no-page-modification-mode.md): highlights
 * drawn with the CSS Custom Highlight API (https://drafts.csswg.org/css-highlight-api-1/) instead of
 * wrapping text in elements. The page's DOM is never written: a framework that owns its tree (React,
 * Vue, Svelte hydration) sees exactly the nodes it rendered. Ranges are registered in `CSS.highlights`
 * and painted by `::highlight(tidemark-mention)` / `::highlight(tidemark-claim-<verdict>)` rules.
 *
 * With no element to hover or focus, hover is found by hit-testing the pointer against the ranges
 * (`caretPositionFromPoint` / `caretRangeFromPoint`, then the range's client rects), and keyboard
 * access goes through the next/previous-highlight commands, which scroll a range into view and anchor
 * the popover to its rectangle.
 */

/** Registry names, one per look; `::highlight(<name>)` rules style them. */
export const HIGHLIGHT_NAMES = {
  mention: "tidemark-mention",
  /**
   * A mention in the reader's look: palette and underline/fill are in the name, because painting them
   * through attributes on <html> (as marks do) would be a write to the page.
   */
  mentionIn: (look: RangeLook) =>
    `tidemark-mention${look.palette !== "amber" ? `-${look.palette.replace(/[^a-z]/g, "")}` : ""}${look.style !== "underline" ? "-fill" : ""}`,
  open: "tidemark-open",
  claim: (verdict: string) => `tidemark-claim-${verdict.replace(/[^a-z-]/g, "") || "pending"}`,
} as const;

type HighlightCtor = new (...ranges: Range[]) => HighlightSet;
type HighlightSet = Set<Range> & { priority: number };
interface HighlightWindow {
  CSS?: { highlights?: Map<string, Set<Range>> };
  Highlight?: HighlightCtor;
}

/** True when the browser can draw highlights without touching the DOM (Chromium 105+, Firefox 140+, Safari 17.2+). */
export function supportsCustomHighlights(win: Window): boolean {
  const w = win as unknown as HighlightWindow;
  return typeof w.Highlight === "function" && !!w.CSS?.highlights && typeof w.CSS.highlights.set === "function";
}

// Markers a framework leaves in server-rendered or mounted HTML, readable from a content script (which
// cannot see the page's JavaScript properties such as __reactFiber$ or __vue_app__: isolated world).
const FRAMEWORK_MARKERS: readonly [string, string][] = [
  ["Next.js", "#__next, script#__NEXT_DATA__, next-route-announcer"],
  ["Nuxt", "#__nuxt, #__NUXT_DATA__, script[data-nuxt-data]"],
  ["React", "[data-reactroot], [data-reactid], #react-root"],
  ["Vue", "[data-v-app], [data-server-rendered=true]"],
  ["Svelte", "[data-sveltekit-preload-data], [data-sveltekit-hydrate], script[data-sveltekit-fetched], [data-svelte-h]"],
  ["Angular", "[ng-version]"],
  ["Gatsby", "#___gatsby"],
  ["Remix", "script#__remixContext, link[rel=modulepreload][href*='/build/']"],
];

/** The framework that manages the page, judged from DOM markers, or null. */
export function detectFramework(doc: Document): string | null {
  for (const [name, selector] of FRAMEWORK_MARKERS) if (doc.querySelector(selector)) return name;
  // React 18+ with createRoot/hydrateRoot leaves no attribute; its SSR stream leaves Suspense comments.
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 0x80 /* SHOW_COMMENT */);
  for (let n = walker.nextNode(), seen = 0; n && seen < 200; n = walker.nextNode(), seen++) {
    if (/^\/?\$[!?]?$/.test((n as Comment).data)) return "React";
  }
  return null;
}

/** How highlights are drawn on one page: wrapping text (mark.js) or ranges only. */
export type HighlightMode = "marks" | "ranges";

/** The per-site choice (absent: decide automatically). */
export type SiteHighlightMode = "auto" | HighlightMode;

/**
 * Ranges where the page is framework-managed or the reader chose it for the site, and the browser can
 * do it; mark.js elsewhere. Without the API, "ranges" falls back to marks (the only way to show anything).
 */
export function chooseMode(doc: Document, siteChoice: SiteHighlightMode = "auto"): HighlightMode {
  const win = doc.defaultView;
  if (!win || !supportsCustomHighlights(win)) return "marks";
  if (siteChoice !== "auto") return siteChoice;
  return detectFramework(doc) ? "ranges" : "marks";
}

/** The reader's highlight look, as ranges can paint it ("outline" is painted as a fill). */
export interface RangeLook {
  style: string;
  palette: string;
}

/** One drawn highlight: its spec and the live ranges over the page's own text nodes. */
export interface RangeHighlight {
  spec: HighlightSpec;
  ranges: Range[];
}

/** Draws, hit-tests and clears highlights as ranges; never writes to the page's DOM. */
export class RangeHighlighter {
  private readonly items = new Map<string, RangeHighlight>();
  private readonly registered = new Map<string, HighlightSet>();
  // Ranges by the text node they start in: covers() and at() test only the node in question.
  private byNode = new WeakMap<Node, Range[]>();
  private readonly owner = new WeakMap<Range, RangeHighlight>();

  private look: RangeLook = { style: "underline", palette: "amber" };

  constructor(private readonly doc: Document) {}

  /** Paints mentions in the reader's look from now on (those drawn move to it). */
  setLook(look: RangeLook): void {
    const mentions = [...this.items.values()].filter((item) => item.spec.kind === "mention");
    for (const item of mentions) for (const r of item.ranges) this.group(this.nameOf(item.spec)).delete(r);
    this.look = { style: look.style, palette: look.palette };
    for (const item of mentions) for (const r of item.ranges) this.group(this.nameOf(item.spec)).add(r);
  }

  /** Adds highlights for `specs` (already drawn ids are skipped: applying twice equals once). */
  apply(specs: readonly HighlightSpec[]): RangeHighlight[] {
    const added: RangeHighlight[] = [];
    for (const spec of specs) {
      if (this.items.has(spec.id)) continue;
      const ranges = spec.pieces.filter((p) => p.node.isConnected && p.end > p.start).map((p) => {
        const range = this.doc.createRange();
        range.setStart(p.node, p.start);
        range.setEnd(p.node, p.end);
        return range;
      });
      if (ranges.length === 0) continue;
      const item = { spec, ranges };
      this.items.set(spec.id, item);
      for (const r of ranges) {
        this.group(this.nameOf(spec)).add(r);
        const list = this.byNode.get(r.startContainer) ?? [];
        list.push(r);
        this.byNode.set(r.startContainer, list);
        this.owner.set(r, item);
      }
      added.push(item);
    }
    return added;
  }

  /** True when [start, end) of `node` overlaps a drawn highlight (its ranges still in place). */
  covers(node: Text, start: number, end: number): boolean {
    for (const range of this.byNode.get(node) ?? []) {
      if (range.collapsed || range.startContainer !== node) continue;
      if (start < range.endOffset && range.startOffset < end) return true;
    }
    return false;
  }

  /** Shows which highlight's popover is open (a background on its ranges), or none. */
  setOpen(id: string | null): void {
    const group = this.group(HIGHLIGHT_NAMES.open);
    group.clear();
    group.priority = 1;
    for (const r of (id && this.items.get(id)?.ranges) || []) group.add(r);
  }

  /** Forgets highlights (their ranges leave the registry). */
  forget(ids: readonly string[]): void {
    for (const id of ids) {
      const item = this.items.get(id);
      if (!item) continue;
      this.items.delete(id);
      for (const r of item.ranges) {
        this.group(this.nameOf(item.spec)).delete(r);
        const list = this.byNode.get(r.startContainer);
        if (list) this.byNode.set(r.startContainer, list.filter((other) => other !== r));
      }
    }
  }

  /** Changes a claim's verdict: its ranges move to the verdict's highlight. */
  setVerdict(id: string, verdict: string): void {
    const item = this.items.get(id);
    if (!item || item.spec.kind !== "claim") return;
    for (const r of item.ranges) this.group(this.nameOf(item.spec)).delete(r);
    item.spec = { ...item.spec, verdict };
    for (const r of item.ranges) this.group(this.nameOf(item.spec)).add(r);
  }

  /** Every highlight whose ranges are still in the page, in document order. */
  highlights(): RangeHighlight[] {
    return [...this.items.values()]
      .filter((h) => h.ranges.some((r) => !r.collapsed && r.startContainer.isConnected))
      .sort((a, b) => a.ranges[0]!.compareBoundaryPoints(0 /* START_TO_START */, b.ranges[0]!));
  }

  /** The highlight under viewport point (x, y), or null: caret hit-test, then the range's own boxes. */
  at(x: number, y: number): RangeHighlight | null {
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    // Each range lies within one text node (a highlight's pieces are per node): test only the caret's.
    for (const range of this.byNode.get(caret.node) ?? []) {
      const item = this.owner.get(range);
      if (!item || !this.items.has(item.spec.id)) continue;
      // The caret API answers the nearest caret even in margins: require the point inside a box.
      for (const box of range.getClientRects()) {
        if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return item;
      }
    }
    return null;
  }

  /** A virtual element for Floating UI: the highlight's first range's boxes. */
  anchor(id: string): RangeAnchor | null {
    const range = this.items.get(id)?.ranges[0];
    return range ? rangeAnchor(range) : null;
  }

  /** Removes every highlight; the page's DOM was never changed, so nothing else is undone. */
  clear(): void {
    const registry = this.registry();
    for (const name of this.registered.keys()) registry?.delete(name);
    this.registered.clear();
    this.items.clear();
    this.byNode = new WeakMap();
  }

  private nameOf(spec: HighlightSpec): string {
    return spec.kind === "claim" ? HIGHLIGHT_NAMES.claim(spec.verdict ?? "pending") : HIGHLIGHT_NAMES.mentionIn(this.look);
  }

  private registry(): Map<string, Set<Range>> | undefined {
    return (this.doc.defaultView as unknown as HighlightWindow | null)?.CSS?.highlights;
  }

  // One Highlight object per name, created on first use and kept in the page's registry.
  private group(name: string): HighlightSet {
    let group = this.registered.get(name);
    if (!group) {
      const Ctor = (this.doc.defaultView as unknown as HighlightWindow).Highlight!;
      group = new Ctor();
      this.registered.set(name, group);
      this.registry()!.set(name, group);
    }
    return group;
  }
}

/** What a popover is placed against when the highlight is a range (a Floating UI virtual element). */
export interface RangeAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList;
  contextElement?: Element;
}

/** A range's boxes as a virtual element; its text's element lets Floating UI follow scrolling ancestors. */
export function rangeAnchor(range: Range): RangeAnchor {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

/** The text node and offset under a viewport point (standard API first, WebKit/Blink's older one second). */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  if (typeof d.caretPositionFromPoint === "function") {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === "function") {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
