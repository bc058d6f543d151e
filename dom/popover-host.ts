import { arrow, autoUpdate, computePosition, flip, inline, offset, shift, size, type ReferenceElement } from "@floating-ui/dom";
import { render, type ComponentChild } from "preact";

/**
 * Positions and isolates the popover (issue #5), after Hypothesis's adder: a `<tidemark-popover>` host
 * with an open shadow root, shown in the top layer when the browser has the Popover API (so no page
 * z-index can cover it), placed with Floating UI (inline, offset, flip, shift, arrow) or as a bottom
 * sheet on narrow screens. It renders whatever Preact tree it is given; it knows nothing of cards.
 */

/** Below this viewport width the popover is a bottom sheet. */
export const SHEET_MAX_WIDTH = 520;
const HOST = "tidemark-popover";

export class PopoverHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private anchor: ReferenceElement | null = null;

  constructor(private readonly doc: Document, private readonly css: string) {}

  /** The host element, when created. */
  get element(): HTMLElement | null {
    return this.host;
  }

  /** True when `node` is inside the popover. */
  contains(node: Node | null): boolean {
    if (!node || !this.host) return false;
    return node === this.host || this.host.contains(node) || this.host.shadowRoot!.contains(node);
  }

  /** The shadow root's focused element, if any. */
  activeElement(): Element | null {
    return this.host?.shadowRoot?.activeElement ?? null;
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
    this.mount = null;
  }

  /** The panel's focusable elements in order (buttons, links, chart bars). */
  focusables(): HTMLElement[] {
    return [...(this.host?.shadowRoot?.querySelectorAll<HTMLElement>("button, a[href], [tabindex='0']") ?? [])];
  }

  private panel(): HTMLElement | null {
    return this.host?.shadowRoot?.querySelector<HTMLElement>(".tm-panel") ?? null;
  }

  private ensure(): HTMLElement {
    if (this.host) return this.host;
    const host = this.doc.createElement(HOST);
    // CSSOM, not a style attribute, so a strict style-src CSP does not block it; !important beats
    // hostile page rules such as `* { all: unset }`.
    const s = host.style;
    for (const [k, v] of Object.entries({
      position: "fixed", inset: "0 auto auto 0", width: "0", height: "0", margin: "0", padding: "0",
      border: "0", background: "transparent", overflow: "visible", display: "block", "z-index": "2147483647",
      visibility: "visible", opacity: "1", transform: "none", filter: "none", contain: "none",
    })) s.setProperty(k, v, "important");
    if ("showPopover" in host) host.setAttribute("popover", "manual");
    const shadow = host.attachShadow({ mode: "open" });
    const style = this.doc.createElement("style");
    style.textContent = this.css;
    const mount = this.doc.createElement("div");
    shadow.append(style, mount);
    this.host = host;
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
