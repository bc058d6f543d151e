import { RangeHighlighter, chooseMode, type HighlightMode, type RangeLook, type SiteHighlightMode } from "./custom-highlight";
import {
  applyHighlights, dropSplitsAfter, isSplitOrigin, removeHighlights, setVerdict, type HighlightSpec,
} from "./highlighter";

/**
 * The annotator's writer seam (decision 0007): the two ways a highlight reaches the screen, behind one
 * interface. "marks" wraps text in `<tidemark-mark>` elements (mark.js, dom/highlighter.ts); "ranges"
 * registers Range objects with the CSS Custom Highlight API and never writes to the page's DOM
 * (dom/custom-highlight.ts). The annotator, the popover controller and the content script only see this.
 */

/** What one drawn spec became: its elements (marks) or its ranges (ranges), in document order. */
export interface Drawn {
  id: string;
  elements: Element[];
  ranges: Range[];
}

export interface HighlightSurface {
  readonly mode: HighlightMode;
  /** Draws specs (ids already drawn are skipped) and says what each became. */
  draw(specs: readonly HighlightSpec[]): Drawn[];
  /** Takes every highlight back out; the page is as it was. */
  removeAll(): void;
  /** Changes a claim's verdict (its look and its description). */
  setVerdict(id: string, verdict: string, description?: string): void;
  /**
   * The page wrote to a text node: a framework that kept a node we split may have put its whole new
   * text there. Returns the write that drops what would now repeat it, or null (nothing to do; always
   * for ranges, which split nothing).
   */
  repairAfter(node: Node): (() => void) | null;
  /** True when text [start, end) of `node` is already highlighted (ranges: the text is not wrapped, so the snapshot still sees it). */
  covers(node: Text, start: number, end: number): boolean;
  /** Forgets highlights the page has removed. */
  forget(ids: readonly string[]): void;
  /**
   * Paints highlights in the reader's look. Marks: attributes on <html> that dom/highlights.css reads.
   * Ranges: the highlight names carry the look, so the page is not written.
   */
  setLook(look: RangeLook): void;
  /** Takes out what setLook put in the page (marks: the attributes on <html>). */
  dropLook(): void;
  /** Shows which highlight is open (ranges; marks show it with aria-expanded on their elements). */
  setOpen(id: string | null): void;
  /** The highlight id at a viewport point (ranges; marks are found through their elements). */
  idAt(x: number, y: number): string | null;
}

/** Wraps text in elements with mark.js. */
export function markSurface(doc: Document): HighlightSurface {
  // Each highlight's elements, by id, as drawn: verdicts are set on them without searching the page.
  const byId = new Map<string, Element[]>();
  return {
    mode: "marks",
    draw(specs) {
      const drawn = new Map<string, Drawn>();
      for (const el of applyHighlights(specs)) {
        const id = el.getAttribute("data-id") ?? "";
        const entry = drawn.get(id) ?? { id, elements: [], ranges: [] };
        entry.elements.push(el);
        drawn.set(id, entry);
      }
      for (const d of drawn.values()) byId.set(d.id, d.elements);
      return [...drawn.values()];
    },
    removeAll: () => {
      byId.clear();
      removeHighlights(doc);
    },
    setVerdict: (id, verdict, description) => setVerdict(byId.get(id) ?? [], verdict, description),
    repairAfter: (node) => (isSplitOrigin(node) ? () => void dropSplitsAfter(node as Text) : null),
    // Marked text sits inside a <tidemark-mark>, which the snapshot skips: never seen twice.
    covers: () => false,
    forget: (ids) => { for (const id of ids) byId.delete(id); },
    idAt: () => null,
    setOpen: () => undefined,
    setLook(look) {
      doc.documentElement.setAttribute("data-tidemark-style", look.style);
      doc.documentElement.setAttribute("data-tidemark-palette", look.palette);
    },
    dropLook() {
      doc.documentElement.removeAttribute("data-tidemark-style");
      doc.documentElement.removeAttribute("data-tidemark-palette");
    },
  };
}

/** Paints ranges with the CSS Custom Highlight API; the page's DOM is never written. */
export function rangeSurface(doc: Document): HighlightSurface {
  const ranges = new RangeHighlighter(doc);
  return {
    mode: "ranges",
    draw: (specs) => ranges.apply(specs).map((h) => ({ id: h.spec.id, elements: [], ranges: h.ranges })),
    removeAll: () => ranges.clear(),
    // Ranges carry no description: screen readers do not announce them (decision 0007's trade-off).
    setVerdict: (id, verdict) => ranges.setVerdict(id, verdict),
    repairAfter: () => null,
    covers: (node, start, end) => ranges.covers(node, start, end),
    forget: (ids) => ranges.forget(ids),
    idAt: (x, y) => ranges.at(x, y)?.spec.id ?? null,
    setOpen: (id) => ranges.setOpen(id),
    setLook: (look) => ranges.setLook(look),
    dropLook: () => undefined,
  };
}

/** The surface for this page: ranges where chosen or framework-managed (and supported), marks elsewhere. */
export function createSurface(doc: Document, choice: SiteHighlightMode = "auto"): HighlightSurface {
  return chooseMode(doc, choice) === "ranges" ? rangeSurface(doc) : markSurface(doc);
}
