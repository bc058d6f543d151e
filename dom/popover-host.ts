import { arrow, autoUpdate, computePosition, flip, inline, offset, shift, size, type ReferenceElement } from "@floating-ui/dom";
import { render, type ComponentChild } from "preact";

/**
 * Positions and isolates the popover (issue #5), after Hypothesis's adder: a host element with a closed
 * shadow root, shown in the top layer when the browser has the Popover API (so no page z-index can cover
 * it), placed with Floating UI (inline, offset, flip, shift, arrow) or as a bottom sheet on narrow
 * screens. It renders whatever Preact tree it is given; it knows nothing of cards.
 *
 * The page can neither predefine the host element (its name is drawn at random for each page, so no
 * `customElements.define` can come first) nor read or rewrite the card (the root is closed: page code
 * sees `shadowRoot === null`, and nothing is found by a fixed name). Issue 14, row 5; decision 0009.
 * The e2e build may ask for the old inspectable host (`inspectable`): `<tidemark-popover>` with an open
 * root, so tests can look inside. Release builds never do.
 */

/** Below this viewport width the popover is a bottom sheet. */
export const SHEET_MAX_WIDTH = 520;
/** The host's name when the e2e build's inspection hook is on (tests look it up by this name). */
export const INSPECTABLE_HOST = "tidemark-popover";

/** A valid custom element name nobody can guess: a letter, then random letters around a hyphen. */
export function randomHostName(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const letters = [...random(new Uint8Array(12))].map((b) => String.fromCharCode(97 + (b % 26))).join("");
  return `${letters.slice(0, 6)}-${letters.slice(6)}`;
}

/** How the host is made. */
export interface PopoverHostOptions {
  /** e2e builds only: a fixed name and an open root, for tests. */
  inspectable?: boolean;
}

export class PopoverHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private mount: HTMLElement | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private anchor: ReferenceElement | null = null;

  constructor(private readonly doc: Document, private readonly css: string, private readonly options: PopoverHostOptions = {}) {}

  /** The host element, when created. */
  get element(): HTMLElement | null {
    return this.host;
  }

  /** True when `node` is inside the popover. */
  contains(node: Node | null): boolean {
    if (!node || !this.host) return false;
    return node === this.host || this.host.contains(node) || !!this.shadow?.contains(node);
  }

  /** The shadow root's focused element, if any. */
  activeElement(): Element | null {
    return this.shadow?.activeElement ?? null;
  }

  /** Shows `tree` next to `anchor` (an element, or a range's boxes; or as a sheet), replacing what was shown. */
  show(anchor: ReferenceElement, tree: ComponentChild, theme: "auto" | "light" | "dark"): void {
    const host = this.ensure();
    host.setAttribute("data-theme", theme);
    const sheet = (this.doc.defaultView?.innerWidth ?? 1024) < SHEET_MAX_WIDTH;
    host.setAttribute("data-layout", sheet ? "sheet" : "float");
    render(tree, this.mount!);
    if (!host.isConnected) this.doc.documentElement.append(host);
    this.raise(host);
    if (this.anchor !== anchor || !this.stopAutoUpdate) {
      this.stopAutoUpdate?.();
      this.stopAutoUpdate = null;
      this.anchor = anchor;
      if (!sheet) {
        const panel = this.panel();
        if (panel) this.stopAutoUpdate = autoUpdate(anchor, panel, () => void this.place(anchor, panel));
      }
    }
  }

  /** Re-renders the shown tree without moving. */
  update(tree: ComponentChild): void {
    if (this.mount && this.host?.isConnected) render(tree, this.mount);
  }

  /** Hides the popover (the host stays for the next one). */
  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.anchor = null;
    if (!this.host) return;
    if (this.mount) render(null, this.mount);
    try {
      if (this.host.matches(":popover-open")) this.host.hidePopover();
    } catch {
      // No Popover API: removing the host is enough.
    }
    this.host.remove();
  }

  /** Removes the host for good. */
  destroy(): void {
    this.hide();
    this.host = null;
    this.shadow = null;
    this.mount = null;
  }

  /** The host's name, its root's mode and the card's text: for the e2e build's inspection hook only. */
  inspect(): { name: string; mode: "open" | "closed"; text: string } | null {
    if (!this.host?.isConnected || !this.shadow) return null;
    return { name: this.host.localName, mode: this.shadow.mode, text: this.mount?.textContent ?? "" };
  }

  /** The panel's focusable elements in order (buttons, links, chart bars). */
  focusables(): HTMLElement[] {
    return [...(this.shadow?.querySelectorAll<HTMLElement>("button, a[href], [tabindex='0']") ?? [])];
  }

  private panel(): HTMLElement | null {
    return this.shadow?.querySelector<HTMLElement>(".tm-panel") ?? null;
  }

  private ensure(): HTMLElement {
    if (this.host) return this.host;
    const inspectable = this.options.inspectable === true;
    const host = this.doc.createElement(inspectable ? INSPECTABLE_HOST : randomHostName());
    // CSSOM, not a style attribute, so a strict style-src CSP does not block it; !important beats
    // hostile page rules such as `* { all: unset }`.
    const s = host.style;
    for (const [k, v] of Object.entries({
      position: "fixed", inset: "0 auto auto 0", width: "0", height: "0", margin: "0", padding: "0",
      border: "0", background: "transparent", overflow: "visible", display: "block", "z-index": "2147483647",
      visibility: "visible", opacity: "1", transform: "none", filter: "none", contain: "none",
    })) s.setProperty(k, v, "important");
    if ("showPopover" in host) host.setAttribute("popover", "manual");
    const shadow = host.attachShadow({ mode: inspectable ? "open" : "closed" });
    const style = this.doc.createElement("style");
    style.textContent = this.css;
    const mount = this.doc.createElement("div");
    shadow.append(style, mount);
    this.host = host;
    this.shadow = shadow;
    this.mount = mount;
    return host;
  }

  // Top layer when possible: above every z-index the page can set.
  private raise(host: HTMLElement): void {
    try {
      if (host.hasAttribute("popover") && !host.matches(":popover-open")) host.showPopover();
    } catch {
      // Popover API missing or refused: z-index on the host still applies.
    }
  }

  private async place(anchor: ReferenceElement, panel: HTMLElement): Promise<void> {
    const arrowEl = panel.querySelector<HTMLElement>(".tm-arrow");
    const { x, y, placement, middlewareData } = await computePosition(anchor, panel, {
      strategy: "fixed",
      placement: "bottom-start",
      middleware: [
        inline(),
        offset(10),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // Never past the viewport's edge: the panel scrolls inside instead (at 200% zoom too).
        size({
          padding: 8,
          apply: ({ availableHeight, elements }) => {
            elements.floating.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
          },
        }),
        ...(arrowEl ? [arrow({ element: arrowEl, padding: 10 })] : []),
      ],
    });
    Object.assign(panel.style, { left: `${x}px`, top: `${y}px` });
    panel.setAttribute("data-side", placement.split("-")[0]!);
    if (arrowEl && middlewareData.arrow) {
      const { x: ax, y: ay } = middlewareData.arrow;
      Object.assign(arrowEl.style, { left: ax != null ? `${ax}px` : "", top: ay != null ? `${ay}px` : "" });
    }
  }
}
