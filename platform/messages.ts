import { browser, type Browser } from "#imports";
import * as v from "valibot";
import type { CardModel } from "../core/card/types";
import type { ClaimState } from "../core/card/verdict-words";
import type { ClaimInText } from "../core/detect/read-text";
import type { ClaimCheck } from "../core/detect/verdicts";
import { TOPIC_IDS, type TopicId } from "../core/topics";
import { ClaimCheckSchema } from "./claim-schemas";

/**
 * The one message protocol between extension pages, content scripts and the background. Named by
 * direction; one line of doc per message. Messages are commands and queries; shared state lives in
 * storage (see settings.ts). Every request is checked at the receiving end against its schema below
 * (valibot), and the background also checks who sent it: a tab's content script may ask only for what
 * a page needs (PAGE_REQUESTS), everything else only the extension's own pages may ask (issue 14, row 8;
 * docs/decisions/0009-isolation-and-trusted-background.md).
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

/** A mention in an article's text, as the background returns it: offsets and topic. */
export interface MentionInText {
  start: number;
  end: number;
  topic: TopicId;
}

/**
 * A claim the background read in an article's text (core/detect/read-text.ts) as it crosses the boundary:
 * the parsed claim is `unknown` here, and checked again where it is used (`ClaimSchema`, issue 13).
 */
export type ClaimInTextMessage = Omit<ClaimInText, "claim"> & { claim: unknown };

/** The longest article text the background reads (a 2 MB live blog is ≈ 1.8 million characters). */
export const MAX_READ_TEXT = 8_000_000;

/** The longest part of a text sent in parts (`readTextPart`; platform/text-parts.ts sends 131,072). */
export const MAX_TEXT_PART = 262_144;

/** A `readText` whose text came in parts: the reading's id and how many parts (the request's text is the last). */
export interface TextPartsOf {
  reading: string;
  count: number;
}

/** Messages the background handles. */
export interface ToBackground {
  /** Extension pages → background: liveness check, answers with the extension version. */
  ping: { request: Record<string, never>; response: { version: string } };
  /** Content script → background: number of highlights on the sender's tab, for the badge. */
  highlightCount: { request: { count: number }; response: Record<string, never> };
  /** Content script → background: each claim's check (verdict, figures, explanation), by highlight id. */
  checkClaims: { request: PageArticle & { claims: PageClaim[] }; response: { checks: Record<string, ClaimCheck> } };
  /**
   * Content script → background: the mentions and claims in an article's text (`scope` "article": none
   * unless it is about crossings) or in new content of one. Read there, off the page's main thread, where
   * first use of the detection code costs the page nothing (issue 15).
   */
  readText: {
    request: PageArticle & { text: string; scope: "article" | "fragment"; parts?: TextPartsOf };
    response: { mentions: MentionInText[]; claims: ClaimInTextMessage[] };
  };
  /**
   * Content script → background: one part of a long text, before the `readText` that carries its last part
   * (`parts`). Chrome serialises a message in one step on the page's thread: parts keep each step short.
   */
  readTextPart: { request: { reading: string; index: number; text: string }; response: Record<string, never> };
  /** Content script → background: the popover's view model for a topic, and for one claim with the check it already has. */
  getCard: { request: PageArticle & { topic: TopicId; claim?: { id: string; text: string; check: ClaimCheck } }; response: CardModel };
  /** Popup/options → background: freshness of the official data and last errors. */
  dataStatus: { request: Record<string, never>; response: DataStatus };
  /** Options → background: refresh GOV.UK data and every enabled feed now. */
  refreshNow: { request: Record<string, never>; response: { govuk: FetchReport; feeds: Record<string, FetchReport> } };
  /** Options → background: fetch and validate a feed URL without saving it. */
  previewFeed: { request: { url: string }; response: ({ ok: true; preview: FeedPreview } | { ok: false; error: string }) };
  /** Options → background: fetch one saved feed now. */
  refreshFeed: { request: { id: string }; response: FetchReport };
}

export type ToBackgroundName = keyof ToBackground;

/** The requests a tab's content script may send: what a page needs, nothing that fetches or changes data. */
export const PAGE_REQUESTS: ReadonlySet<ToBackgroundName> = new Set(["highlightCount", "readText", "readTextPart", "checkClaims", "getCard"]);

// ── Request schemas (the boundary: nothing reaches a handler unchecked) ──────────────────────────

const Nothing = v.object({});
const IsoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD"));
const PageArticleEntries = {
  published: v.nullable(IsoDay),
  language: v.picklist(["en", "fr"] as const),
};
const ReadingId = v.pipe(v.string(), v.regex(/^r[0-9a-z]{1,16}$/, "a reading id"));
// Parts of the longest text at the shortest part the content script sends (text-parts.ts), and then some.
const MAX_PARTS = 128;
const PageClaimSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^c\d{1,9}$/, "a claim highlight id")),
  text: v.pipe(v.string(), v.maxLength(2_000)),
  // The detection core's parsed claim; the background checks its fields before use (page-handlers.ts).
  claim: v.unknown(),
});

/** The schema of each request the background handles. */
export const TO_BACKGROUND_SCHEMAS: { [K in ToBackgroundName]: v.GenericSchema<unknown, ToBackground[K]["request"]> } = {
  ping: Nothing as v.GenericSchema<unknown, Record<string, never>>,
  highlightCount: v.object({ count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)) }),
  checkClaims: v.object({ ...PageArticleEntries, claims: v.pipe(v.array(PageClaimSchema), v.maxLength(10_000)) }),
  readText: v.object({
    ...PageArticleEntries,
    text: v.pipe(v.string(), v.maxLength(MAX_READ_TEXT)),
    scope: v.picklist(["article", "fragment"] as const),
    parts: v.optional(v.object({ reading: ReadingId, count: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(MAX_PARTS)) })),
  }),
  readTextPart: v.object({
    reading: ReadingId,
    index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PARTS - 2)),
    text: v.pipe(v.string(), v.maxLength(MAX_TEXT_PART)),
  }),
  // A claim's card comes with the check the page already has: nothing is checked twice (issue 13).
  getCard: v.object({
    ...PageArticleEntries, topic: v.picklist(TOPIC_IDS),
    claim: v.optional(v.object({ id: PageClaimSchema.entries.id, text: PageClaimSchema.entries.text, check: ClaimCheckSchema })),
  }) as v.GenericSchema<unknown, ToBackground["getCard"]["request"]>,
  dataStatus: Nothing as v.GenericSchema<unknown, Record<string, never>>,
  refreshNow: Nothing as v.GenericSchema<unknown, Record<string, never>>,
  previewFeed: v.object({ url: v.pipe(v.string(), v.maxLength(2_048)) }),
  refreshFeed: v.object({ id: v.pipe(v.string(), v.regex(/^feed-[a-z0-9]{6,32}$/)) }),
};

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

/** What the e2e build's inspection hook reports about the popover (release builds do not answer it). */
export interface PopoverInspection {
  name: string;
  mode: "open" | "closed";
  text: string;
}

/** Messages handled by the content script of a tab (sent with `tabs.sendMessage`, top frame only). */
export interface ToContent {
  /** Popup → content script: what Tidemark found on this page, and whether it stopped there (issue 14). */
  getFindings: { request: Record<string, never>; response: { mentions: FoundMention[]; claims: FoundClaim[]; stopped?: "too-much-work" } };
  /** Popup → content script: scroll to one highlight and open its popover. */
  reveal: { request: { id: string }; response: { ok: boolean } };
  /** Background → content script (keyboard shortcut): focus and open the next (1) or previous (-1) highlight. */
  step: { request: { direction: 1 | -1 }; response: { ok: boolean } };
  /** Tests → content script, e2e builds only: the popover's host, shadow-root mode and text. */
  e2eInspect: { request: Record<string, never>; response: { popover: PopoverInspection | null } };
}

export type ToContentName = keyof ToContent;

/** A check of one request's data: the request as the handler gets it, or why it is refused. */
type Check<T> = (data: unknown) => { ok: true; value: T } | { ok: false; error: string };

const isObject = (data: unknown): data is Record<string, unknown> => typeof data === "object" && data !== null;
const nothing: Check<Record<string, never>> = (data) => (isObject(data) ? { ok: true, value: {} } : { ok: false, error: "expected an object" });

/**
 * The check of each request a content script handles. Plain functions rather than valibot schemas: the
 * content script runs on every page and stays small (issue 15: ≤ 20 KB gzipped); these requests are tiny.
 * Like the schemas, they keep only the fields the handler reads.
 */
export const TO_CONTENT_CHECKS: { [K in ToContentName]: Check<ToContent[K]["request"]> } = {
  getFindings: nothing,
  reveal: (data) => isObject(data) && typeof data.id === "string" && /^[cm]\d{1,9}$/.test(data.id)
    ? { ok: true, value: { id: data.id } } : { ok: false, error: "id must be a highlight id" },
  step: (data) => isObject(data) && (data.direction === 1 || data.direction === -1)
    ? { ok: true, value: { direction: data.direction } } : { ok: false, error: "direction must be 1 or -1" },
  e2eInspect: nothing,
};

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

/** A request that passed the envelope and its schema, or why it was refused. */
export type Parsed<M> = { ok: true; message: M } | { ok: false; error: string } | { ok: false; notOurs: true };

/**
 * Reads a runtime message addressed to `to`: its type must be an own key of `schemas` (never "constructor"
 * or "__proto__") and its data must match that type's schema. Messages addressed elsewhere are not ours.
 */
export function parseMessage<S extends Record<string, v.GenericSchema>>(
  value: unknown, to: "background" | "content", schemas: S,
): Parsed<{ type: keyof S & string; data: unknown }> {
  return parseEnvelope(value, to, schemas, (schema, data) => {
    const parsed = v.safeParse(schema, data);
    return parsed.success ? { ok: true, value: parsed.output } : { ok: false, error: v.summarize(parsed.issues) };
  });
}

/** `parseMessage` for the content script: the same envelope, the plain checks of TO_CONTENT_CHECKS. */
export function parseContentMessage(value: unknown): Parsed<{ type: ToContentName; data: unknown }> {
  return parseEnvelope(value, "content", TO_CONTENT_CHECKS, (check, data) => check(data));
}

// The envelope both parsers share: addressed to `to`, a type that is an own key of `table` (never
// "constructor" or "__proto__"), and data that passes that type's check.
function parseEnvelope<T extends Record<string, unknown>>(
  value: unknown, to: "background" | "content", table: T,
  check: (entry: T[keyof T], data: unknown) => { ok: true; value: unknown } | { ok: false; error: string },
): Parsed<{ type: keyof T & string; data: unknown }> {
  if (typeof value !== "object" || value === null || (value as { to?: unknown }).to !== to) return { ok: false, notOurs: true };
  const { type, data } = value as { type?: unknown; data?: unknown };
  if (typeof type !== "string" || !Object.hasOwn(table, type)) {
    return { ok: false, error: `Tidemark refused a message of unknown type “${String(type).slice(0, 40)}”.` };
  }
  const parsed = check(table[type as keyof T]!, data ?? {});
  if (!parsed.ok) return { ok: false, error: `Tidemark refused “${type}”: ${parsed.error.slice(0, 300)}` };
  return { ok: true, message: { type: type as keyof T & string, data: parsed.value } };
}

/** The sender of a runtime message, as background handlers receive it. */
export type MessageSender = Browser.runtime.MessageSender;

/** True when a message comes from one of this extension's own pages (popup, options), in a tab or not. */
export function fromExtensionPage(sender: MessageSender, extensionId = browser.runtime.id, base = browser.runtime.getURL("/")): boolean {
  return sender.id === extensionId && typeof sender.url === "string" && sender.url.startsWith(base);
}

/** True when a message comes from this extension's content script in a tab's top frame. */
export function fromTopFrameContentScript(sender: MessageSender, extensionId = browser.runtime.id): boolean {
  return sender.id === extensionId && sender.tab?.id !== undefined && sender.frameId === 0;
}
