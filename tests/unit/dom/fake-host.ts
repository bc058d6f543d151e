import type { ReferenceElement } from "@floating-ui/dom";

/** A popover host that records what it is asked to do, standing in for the shadow-root + Floating UI class. */
export function fakeHost() {
  const panel = document.createElement("div");
  const button = document.createElement("button");
  panel.append(button);
  const host = {
    shown: false,
    anchor: null as ReferenceElement | null,
    show(anchor: ReferenceElement) { host.shown = true; host.anchor = anchor; document.body.append(panel); },
    update() {},
    hide() { host.shown = false; host.anchor = null; panel.remove(); },
    destroy() { host.hide(); },
    contains: (node: Node | null) => !!node && panel.contains(node),
    focusables: () => [button],
    activeElement: () => (panel.contains(document.activeElement) ? document.activeElement : null),
    panel,
    button,
  };
  return host;
}

/** Dispatches a mouse event posing as a pointer event of `pointerType` (jsdom has no PointerEvent). */
export function dispatchPointer(type: string, target: EventTarget, init: MouseEventInit = {}, pointerType = "mouse"): void {
  const event = new MouseEvent(type, { bubbles: true, composed: true, ...init });
  Object.defineProperty(event, "pointerType", { value: pointerType });
  target.dispatchEvent(event);
}
