// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Annotator } from "../../../dom/annotator";
import { markSurface } from "../../../dom/highlight-surfaces";
import { CLOSE_DELAY_MS, OPEN_DELAY_MS, PopoverController } from "../../../dom/popover-controller";
import type { PopoverHost } from "../../../dom/popover-host";
import type { CardModel } from "../../../core/card/types";
import { fakeDetection } from "./fake-detection";
import { dispatchPointer, fakeHost } from "./fake-host";

function pointer(type: string, target: EventTarget, relatedTarget: EventTarget | null = null): void {
  dispatchPointer(type, target, { relatedTarget });
}

describe("PopoverController", () => {
  let annotator: Annotator;
  let host: ReturnType<typeof fakeHost>;
  let controller: PopoverController;
  let loadCard: ReturnType<typeof vi.fn<() => Promise<CardModel>>>;

  beforeEach(async () => {
    // jsdom does not lay out, so it has no scrollIntoView.
    Element.prototype.scrollIntoView ??= () => undefined;
    document.body.innerHTML = "<article><p id='a'>One: small boats.</p><p id='b'>Two: small boats.</p></article>";
    annotator = new Annotator(document, fakeDetection(), async () => ({ surface: markSurface(document), reader: async () => ({ findClaims: () => [] }) }));
    await annotator.start();
    host = fakeHost();
    loadCard = vi.fn<() => Promise<CardModel>>(async () => ({ lang: "en" }) as CardModel);
    controller = new PopoverController(document, annotator, host as unknown as PopoverHost, {
      loadCard, copy: async () => undefined, theme: () => "auto", language: () => "en",
    });
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    controller.destroy();
    annotator.destroy();
  });

  const mark = (id: string) => document.querySelector(`#${id} tidemark-mark`) as HTMLElement;

  it("opens after a short hover, stays while the pointer is on it, closes after leaving", () => {
    pointer("pointerover", mark("a"));
    vi.advanceTimersByTime(OPEN_DELAY_MS - 50);
    expect(host.shown).toBe(false);
    vi.advanceTimersByTime(60);
    expect(host.shown).toBe(true);
    expect(mark("a").getAttribute("aria-expanded")).toBe("true");
    // Onto the popover: it stays.
    pointer("pointerout", mark("a"), host.button);
    pointer("pointerover", host.button);
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 3);
    expect(host.shown).toBe(true);
    // Off the popover to the page: it closes after the delay.
    pointer("pointerout", host.button, document.body);
    vi.advanceTimersByTime(CLOSE_DELAY_MS + 10);
    expect(host.shown).toBe(false);
    expect(mark("a").getAttribute("aria-expanded")).toBe("false");
  });

  it("a quick pass over a highlight opens nothing", () => {
    pointer("pointerover", mark("a"));
    pointer("pointerout", mark("a"), document.body);
    vi.advanceTimersByTime(OPEN_DELAY_MS * 2);
    expect(host.shown).toBe(false);
  });

  it("opens on focus; Escape from inside the popover closes it and returns focus without reopening", () => {
    mark("a").focus();
    expect(host.shown).toBe(true);
    host.button.focus();
    host.button.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(host.shown).toBe(false);
    expect(document.activeElement).toBe(mark("a"));
  });

  it("Tab enters the popover; tabbing past its end closes it and returns to the highlight", () => {
    mark("a").focus();
    const tab = (target: Element, shiftKey = false) => {
      const event = new KeyboardEvent("keydown", { key: "Tab", shiftKey, bubbles: true, cancelable: true });
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(tab(mark("a"))).toBe(true);
    expect(document.activeElement).toBe(host.button);
    expect(tab(host.button)).toBe(true);
    expect(host.shown).toBe(false);
    expect(document.activeElement).toBe(mark("a"));
  });

  it("steps through highlights in document order, wrapping, and fetches each card once", () => {
    controller.step(1);
    expect(host.anchor).toBe(mark("a"));
    controller.step(1);
    expect(host.anchor).toBe(mark("b"));
    controller.step(1);
    expect(host.anchor).toBe(mark("a"));
    controller.step(-1);
    expect(host.anchor).toBe(mark("b"));
    expect(loadCard).toHaveBeenCalledTimes(2);
  });
});
