import { browser } from "#imports";
import type { CardModel } from "../core/card/types";
import type { TopicId } from "../core/topics";

/**
 * The one message protocol between extension pages, content scripts and the background.
 * Named by direction; one line of doc per message. Messages are commands and queries;
 * shared state lives in storage (see settings.ts).
 */
export interface ToBackground {
  /** Liveness check used by the popup and tests: answers with the extension version. */
  ping: { request: Record<string, never>; response: { version: string } };
}

export type ToBackgroundName = keyof ToBackground;
export interface ToBackgroundMessage<K extends ToBackgroundName = ToBackgroundName> {
  to: "background";
  type: K;
  data: ToBackground[K]["request"];
}

/** Sends one typed message to the background and resolves with its typed answer. */
export function sendToBackground<K extends ToBackgroundName>(
  type: K,
  data: ToBackground[K]["request"],
): Promise<ToBackground[K]["response"]> {
  const message: ToBackgroundMessage<K> = { to: "background", type, data };
  return browser.runtime.sendMessage(message) as Promise<ToBackground[K]["response"]>;
}

/** True when a runtime message is addressed to the background with a known shape. */
export function isToBackground(value: unknown): value is ToBackgroundMessage {
  return (
    typeof value === "object" && value !== null &&
    (value as { to?: unknown }).to === "background" &&
    typeof (value as { type?: unknown }).type === "string"
  );
}

// ── In-page messages (issue #5; page branch, add-only) ───────────────────────────────────────
// Declaration merging adds these to the protocol above without touching it.

/** A claim found on a page, as the content script sends it for a verdict. */
export interface PageClaim {
  /** Highlight id on the page ("c12"). */
  id: string;
  /** The article's words. */
  text: string;
  /** The parsed claim from the detection core, passed through untouched. */
  claim: unknown;
}

/** Article facts every in-page query carries. */
export interface PageArticle {
  /** ISO date (yyyy-mm-dd) the article was published, when known. */
  published: string | null;
  language: "en" | "fr";
}

export interface ToBackground {
  /** Verdicts for a page's claims against the background's dataset, by highlight id. */
  checkClaims: { request: PageArticle & { claims: PageClaim[] }; response: { verdicts: Record<string, string> } };
  /** The popover's view model for a topic, and for one claim when given. */
  getCard: { request: PageArticle & { topic: TopicId; claim?: PageClaim }; response: CardModel };
}

/** Commands the background sends to the content script of a tab (keyboard shortcut). */
export interface ToContentPage {
  /** Focus and open the next (1) or previous (-1) highlight. */
  step: { request: { direction: 1 | -1 }; response: { ok: boolean } };
}
