import type { ReferenceElement } from "@floating-ui/dom";
import { h } from "preact";
import type { CardModel } from "../core/card/types";
import { Popover, type PopoverContent } from "../components/Popover";
import type { Annotator, Highlight } from "./annotator";
import { rangeAnchor } from "./custom-highlight";
import { MARK_SELECTOR } from "./mark-names";
import type { PopoverHost } from "./popover-host";

/**
 * When popovers open and close (issue #5, WCAG 1.4.13: dismissible, hoverable, persistent):
 * after a short hover, on keyboard focus, or on tap; stays open while the pointer is on it; closes
 * ~300 ms after the pointer leaves both, on Escape (focus back to the highlight) or on outside click.
 * One at a time. Cards are fetched lazily on first open and cached.
 *
 * Where highlights are ranges (no-page-modification mode, decision 0007) there is no element to hover,
 * focus or click: hover is a hit-test of `pointermove` (at most once per frame), click and tap hit-test
 * their point, the popover is anchored to the range's boxes, and keyboard users arrive by the
 * next/previous-highlight commands, which move focus into the popover and give it back on Escape.
 */

export const OPEN_DELAY_MS = 200;
export const CLOSE_DELAY_MS = 300;

export interface ControllerHooks {
  /** The card for a highlight (the content script asks the background). */
  loadCard(highlight: Highlight): Promise<CardModel>;
  /** Copies plain text to the clipboard. */
  copy(text: string): Promise<void>;
  theme(): "auto" | "light" | "dark";
  language(): "en" | "fr";
  onError?(error: unknown): void;
}

export class PopoverController {
  private open: Highlight | null = null;
  private openTimer: ReturnType<typeof setTimeout> | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly cards = new Map<string, Promise<CardModel>>();
  private content: PopoverContent | null = null;
  private copied: boolean | "refused" = false;
  private pinned = false;
  private refocusing = false;
  private readonly abort = new AbortController();
  // Ranges mode: the highlight under the pointer, the pending hit-test, and where focus was before a
  // command moved it into the popover.
  private hoveredId: string | null = null;
  private moveFrame = 0;
  private moveAt = { x: 0, y: 0 };
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly annotator: Annotator,
    private readonly host: PopoverHost,
    private readonly hooks: ControllerHooks,
  ) {
    const opts = { capture: true, signal: this.abort.signal };
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
      doc.addEventListener(type, (e) => this.guard(() => fn(e)), opts);
    on("pointerover", (e) => this.pointerOver(e));
    on("pointerout", (e) => this.pointerOut(e));
    on("focusin", (e) => this.focusIn(e));
    on("click", (e) => this.click(e));
    on("pointerdown", (e) => this.pointerDown(e));
    on("keydown", (e) => this.keyDown(e));
    doc.addEventListener("pointermove", (e) => this.guard(() => this.pointerMove(e)), { passive: true, signal: this.abort.signal });
  }

  /** The highlight whose popover is open. */
  current(): Highlight | null {
    return this.open;
  }

  /** Opens the popover of a highlight now (reveal from the popup, keyboard shortcut). */
  openFor(highlight: Highlight, pinned = true): void {
    this.cancelTimers();
    this.pinned = pinned;
    if (this.open?.id === highlight.id) return;
    this.setExpanded(this.open, false);
    this.open = highlight;
    this.copied = false;
    this.setExpanded(highlight, true);
    this.content = { state: "loading", lang: this.hooks.language() };
    const anchor = anchorOf(highlight);
    if (!anchor) return;
    this.host.show(anchor, this.tree(), this.hooks.theme());
    let card = this.cards.get(highlight.id);
    if (!card) {
      card = this.hooks.loadCard(highlight);
      this.cards.set(highlight.id, card);
      card.catch(() => this.cards.delete(highlight.id));
    }
    card.then(
      (model) => this.render(highlight, { state: "ready", card: model }),
      (error) => {
        this.hooks.onError?.(error);
        this.render(highlight, { state: "error", lang: this.hooks.language() });
      },
    );
  }

  /** Closes the open popover; with `refocus`, focus goes back to its highlight. */
  close(refocus = false): void {
    this.cancelTimers();
    const was = this.open;
    if (!was) return;
    this.open = null;
    this.content = null;
    this.pinned = false;
    this.setExpanded(was, false);
    this.host.hide();
    const back = this.returnFocus;
    this.returnFocus = null;
    if (refocus) {
      // Focus goes back to the highlight (ranges: to where it was) without reopening its popover.
      const target = (was.elements[0] as HTMLElement | undefined) ?? (back?.isConnected ? back : null);
      this.refocusing = true;
      try {
        target?.focus({ preventScroll: true });
      } finally {
        this.refocusing = false;
      }
    }
  }

  /** Moves to the next or previous highlight, scrolls it into view, focuses it and opens it. */
  step(direction: 1 | -1): void {
    const all = this.annotator.highlights();
    if (all.length === 0) return;
    const active = this.doc.activeElement;
    const from = this.open ?? (active ? this.annotator.highlightOf(active) : undefined);
    const index = from ? all.findIndex((x) => x.id === from.id) : -1;
    const next = all[index < 0 ? (direction === 1 ? 0 : all.length - 1) : (index + direction + all.length) % all.length]!;
    this.reveal(next);
  }

  /** Scrolls a highlight into view, focuses it and opens its popover. */
  reveal(highlight: Highlight): void {
    const first = highlight.elements[0] as HTMLElement | undefined;
    const range = highlight.ranges[0];
    const reduce = this.doc.defaultView?.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    // A hidden tab (e.g. revealed from a popup opened as a tab) may never animate a smooth scroll.
    const smooth = !reduce && this.doc.visibilityState === "visible";
    if (first) {
      first.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
      this.close();
      first.focus({ preventScroll: true });
      this.openFor(highlight, true);
      return;
    }
    if (!range) return;
    // A range cannot scroll itself or take focus: scroll to its box, and move focus into the popover
    // (its first control), remembering where it was so Escape gives it back.
    scrollRangeIntoView(this.doc, range);
    const active = this.doc.activeElement as HTMLElement | null;
    const back = this.open ? this.returnFocus : active && !this.host.contains(active) ? active : null;
    this.close();
    this.openFor(highlight, true);
    this.returnFocus = back;
    this.host.focusables()[0]?.focus({ preventScroll: true });
  }

  /** The popover as the e2e build's inspection hook reports it (see PopoverHost.inspect). */
  inspect(): ReturnType<PopoverHost["inspect"]> {
    return this.host.inspect();
  }

  /** Invalidates cached cards (e.g. after a data refresh or a language change). */
  forgetCards(): void {
    this.cards.clear();
  }

  /** Removes listeners and the popover. */
  destroy(): void {
    this.abort.abort();
    this.close();
    this.host.destroy();
  }

  private render(highlight: Highlight, content: PopoverContent): void {
    if (this.open?.id !== highlight.id) return;
    this.content = content;
    this.host.update(this.tree());
  }

  private tree() {
    return h(Popover, {
      content: this.content!,
      copied: this.copied,
      onClose: () => this.close(true),
      onCopy: (text: string) => {
        void this.hooks.copy(text).then(() => {
          this.copied = true;
          this.host.update(this.tree());
        }, (error) => {
          // The browser refused (the page's policy, no focus): say so on the card rather than copy another way.
          this.copied = "refused";
          this.host.update(this.tree());
          this.hooks.onError?.(error);
        });
      },
    });
  }

  private markOf(target: EventTarget | null): Element | null {
    const el = target as Element | null;
    return el && el.nodeType === 1 && typeof el.closest === "function" ? el.closest(MARK_SELECTOR) : null;
  }

  private pointerOver(e: PointerEvent): void {
    if (this.host.contains(e.target as Node)) {
      if (this.closeTimer) clearTimeout(this.closeTimer);
      this.closeTimer = null;
      this.hoveredId = null;
      return;
    }
    const mark = this.markOf(e.target);
    if (!mark || e.pointerType === "touch") return;
    const highlight = this.annotator.highlightOf(mark);
    if (!highlight) return;
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.closeTimer = null;
    if (this.open?.id === highlight.id) return;
    if (this.openTimer) clearTimeout(this.openTimer);
    this.openTimer = setTimeout(() => this.guard(() => this.openFor(highlight, false)), OPEN_DELAY_MS);
  }

  // Ranges mode: hover is found by hit-testing, at most once per animation frame.
  private pointerMove(e: PointerEvent): void {
    if (e.pointerType === "touch" || this.annotator.mode() !== "ranges") return;
    if (this.host.contains(e.target as Node)) return;
    this.moveAt = { x: e.clientX, y: e.clientY };
    if (this.moveFrame) return;
    const win = this.doc.defaultView;
    const run = () => {
      this.moveFrame = 0;
      this.guard(() => this.hover(this.annotator.highlightAt(this.moveAt.x, this.moveAt.y) ?? null));
    };
    this.moveFrame = win?.requestAnimationFrame ? win.requestAnimationFrame(run) : (setTimeout(run, 16) as unknown as number);
  }

  private hover(highlight: Highlight | null): void {
    if ((highlight?.id ?? null) === this.hoveredId) return;
    this.hoveredId = highlight?.id ?? null;
    if (highlight) {
      if (this.closeTimer) clearTimeout(this.closeTimer);
      this.closeTimer = null;
      if (this.open?.id === highlight.id) return;
      if (this.openTimer) clearTimeout(this.openTimer);
      this.openTimer = setTimeout(() => this.guard(() => this.openFor(highlight, false)), OPEN_DELAY_MS);
      return;
    }
    if (this.openTimer) clearTimeout(this.openTimer);
    this.openTimer = null;
    if (!this.open || this.pinned) return;
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.guard(() => this.close()), CLOSE_DELAY_MS);
  }

  // The highlight at an event's point, where highlights are ranges.
  private rangeHighlightAt(e: MouseEvent): Highlight | undefined {
    return this.annotator.mode() === "ranges" ? this.annotator.highlightAt(e.clientX, e.clientY) : undefined;
  }

  private pointerOut(e: PointerEvent): void {
    const to = e.relatedTarget as Node | null;
    const fromMark = this.markOf(e.target);
    const fromPopover = this.host.contains(e.target as Node);
    if (!fromMark && !fromPopover) return;
    // Moving between a highlight's pieces, or from the highlight onto its popover, keeps it open.
    if (to && (this.host.contains(to) || (this.open && this.markOf(to) && this.annotator.highlightOf(this.markOf(to)!)?.id === this.open.id))) return;
    if (this.openTimer && fromMark) {
      clearTimeout(this.openTimer);
      this.openTimer = null;
    }
    if (!this.open || this.pinned) return;
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.guard(() => this.close()), CLOSE_DELAY_MS);
  }

  private focusIn(e: FocusEvent): void {
    if (this.refocusing || this.host.contains(e.target as Node)) return;
    const mark = this.markOf(e.target);
    const highlight = mark ? this.annotator.highlightOf(mark) : undefined;
    if (highlight) this.openFor(highlight, true);
    else if (this.open) this.close();
  }

  private click(e: MouseEvent): void {
    if (this.host.contains(e.target as Node)) return;
    const mark = this.markOf(e.target);
    const highlight = mark ? this.annotator.highlightOf(mark) : this.rangeHighlightAt(e);
    if (highlight) this.openFor(highlight, true);
  }

  private pointerDown(e: PointerEvent): void {
    if (!this.open) return;
    if (this.host.contains(e.target as Node) || this.markOf(e.target) || this.rangeHighlightAt(e)) return;
    this.close();
  }

  private keyDown(e: KeyboardEvent): void {
    if (!this.open) return;
    if (e.key === "Escape") {
      e.stopPropagation();
      this.close(true);
      return;
    }
    if (e.key !== "Tab") return;
    // Tab from the open highlight moves into its popover, so its links and buttons are reachable.
    if (!e.shiftKey && this.markOf(e.target) && this.annotator.highlightOf(this.markOf(e.target)!)?.id === this.open.id) {
      const first = this.host.focusables()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
      return;
    }
    // Tabbing out of either end of the popover closes it and lands back on the highlight, so the
    // next Tab continues through the page from there (the host itself sits at the end of the document).
    if (this.host.contains(e.target as Node)) {
      const items = this.host.focusables();
      const active = this.host.activeElement();
      if ((!e.shiftKey && active === items.at(-1)) || (e.shiftKey && active === items[0])) {
        e.preventDefault();
        this.close(true);
      }
    }
  }

  private setExpanded(highlight: Highlight | null, expanded: boolean): void {
    if (!highlight) return;
    if (highlight.ranges.length > 0) this.annotator.setOpen(expanded ? highlight.id : null);
    for (const el of highlight.elements) if (el.isConnected) el.setAttribute("aria-expanded", String(expanded));
  }

  private cancelTimers(): void {
    if (this.moveFrame) this.doc.defaultView?.cancelAnimationFrame?.(this.moveFrame);
    this.moveFrame = 0;
    if (this.openTimer) clearTimeout(this.openTimer);
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.openTimer = null;
    this.closeTimer = null;
  }

  private guard(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.hooks.onError?.(error);
    }
  }
}

/** What the popover is placed against: the highlight's first element, or its first range's boxes. */
function anchorOf(highlight: Highlight): ReferenceElement | null {
  const el = highlight.elements[0];
  if (el) return el;
  const range = highlight.ranges[0];
  return range ? rangeAnchor(range) : null;
}

/** Scrolls so a range is in the middle of the viewport (its text's element first, for inner scrollers). */
function scrollRangeIntoView(doc: Document, range: Range): void {
  range.startContainer.parentElement?.scrollIntoView({ block: "nearest" });
  const win = doc.defaultView;
  if (!win) return;
  const box = range.getBoundingClientRect();
  if (box.top < 0 || box.bottom > win.innerHeight) win.scrollBy({ top: box.top - win.innerHeight / 2, behavior: "auto" });
}
