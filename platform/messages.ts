import { browser, type Browser } from "#imports";
import type { CardModel } from "../core/card/types";
import type { ClaimState } from "../core/card/verdict-words";
import type { ClaimCheck } from "../core/detect/verdicts";
import type { TopicId } from "../core/topics";

/**
 * The one message protocol between extension pages, content scripts and the background.
 * Named by direction; one line of doc per message. Messages are commands and queries;
 * shared state lives in storage (see settings.ts).
 */

/** A remote fetch's outcome as the popup and options page show it. */
export interface FetchReport {
  ok: boolean;
  /** A sentence for the reader when `ok` is false. */
  error?: string;
}

/** Where the official series in use comes from, and how fresh it is. */
export interface DataStatus {
  /** "bundled" (shipped with this version) or "govuk" (imported by live refresh). */
  origin: "bundled" | "govuk";
  /** Release date of the spreadsheet (YYYY-MM-DD); null when no series is available. */
  release: string | null;
  /** Last date the data covers (YYYY-MM-DD); null when no series is available. */
  asOf: string | null;
  /** Last refresh attempt and its result (null when never tried). */
  lastAttempt: string | null;
  lastSuccess: string | null;
  lastError: string | null;
  liveRefresh: boolean;
  /** Enabled custom feeds whose last fetch failed, with their error. */
  feedErrors: { id: string; name: string; error: string }[];
}

/** What a custom feed would add, shown before the reader saves it. */
export interface FeedPreview {
  title: string;
  publisher: string;
  sources: { id: string; name: string; tier: string }[];
  figures: { id: string; topic: string; label: string; value: string }[];
}

/** Messages handled by the background: controls (popup, options, content script). */
export interface ControlsToBackground {
  /** Liveness check used by the popup and tests: answers with the extension version. */
  ping: { request: Record<string, never>; response: { version: string } };
  /** Content script → background: number of highlights on the sender's tab, for the badge. */
  highlightCount: { request: { count: number }; response: Record<string, never> };
  /** Popup/options → background: freshness of the official data and last errors. */
  dataStatus: { request: Record<string, never>; response: DataStatus };
  /** Options → background: refresh GOV.UK data and every enabled feed now. */
  refreshNow: { request: Record<string, never>; response: { govuk: FetchReport; feeds: Record<string, FetchReport> } };
  /** Options → background: fetch and validate a feed URL without saving it. */
  previewFeed: { request: { url: string }; response: ({ ok: true; preview: FeedPreview } | { ok: false; error: string }) };
  /** Options → background: fetch one saved feed now. */
  refreshFeed: { request: { id: string }; response: FetchReport };
}

// ── Page block (issue #5, branch `page`): checkClaims, getCard ──────────────────────────────
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

/** Messages the content script sends to the background (issue #5). */
export interface PageToBackground {
  /** Content script → background: each claim's check (verdict, figures, explanation), by highlight id. */
  checkClaims: { request: PageArticle & { claims: PageClaim[] }; response: { checks: Record<string, ClaimCheck> } };
  /** Content script → background: the popover's view model for a topic, and for one claim with the check it already has. */
  getCard: { request: PageArticle & { topic: TopicId; claim?: { id: string; text: string; check: ClaimCheck } }; response: CardModel };
}

/** Background → content script (keyboard shortcut), merged into ToContent below. */
export interface ToContent {
  /** Background → content script: focus and open the next (1) or previous (-1) highlight. */
  step: { request: { direction: 1 | -1 }; response: { ok: boolean } };
}
// ── end of page block ───────────────────────────────────────────────────────────────────────

/** Every message the background handles. */
export interface ToBackground extends ControlsToBackground, PageToBackground {}

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

/** One highlight on the page as the popup lists it. */
export interface FoundMention {
  id: string;
  topic: TopicId;
  text: string;
}
/** One checked claim as the popup lists it, with its verdict (or "pending" / "unchecked"). */
export interface FoundClaim {
  id: string;
  text: string;
  verdict: ClaimState;
}

/** Messages handled by the content script of a tab (sent with `tabs.sendMessage`). */
export interface ToContent {
  /** Popup → content script: what Tidemark found on this page. */
  getFindings: { request: Record<string, never>; response: { mentions: FoundMention[]; claims: FoundClaim[] } };
  /** Popup → content script: scroll to one highlight and open its popover. */
  reveal: { request: { id: string }; response: { ok: boolean } };
}

export type ToContentName = keyof ToContent;
export interface ToContentMessage<K extends ToContentName = ToContentName> {
  to: "content";
  type: K;
  data: ToContent[K]["request"];
}

/** Sends one typed message to the content script of a tab (top frame only). */
export function sendToContent<K extends ToContentName>(
  tabId: number,
  type: K,
  data: ToContent[K]["request"],
): Promise<ToContent[K]["response"]> {
  const message: ToContentMessage<K> = { to: "content", type, data };
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<ToContent[K]["response"]>;
}

/** True when a runtime message is addressed to a content script with a known shape. */
export function isToContent(value: unknown): value is ToContentMessage {
  return (
    typeof value === "object" && value !== null &&
    (value as { to?: unknown }).to === "content" &&
    typeof (value as { type?: unknown }).type === "string"
  );
}

/** The sender of a runtime message, as background handlers receive it. */
export type MessageSender = Browser.runtime.MessageSender;
