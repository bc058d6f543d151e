import type { ArticleInfo, Finding, PageSnapshot } from "../../dom/detection";
import type { TopicId } from "../../core/topics";
import type { ToBackground } from "../../platform/messages";
import { textParts } from "../../platform/text-parts";

/** Asks the background to read a text (the `readText` message). */
export type ReadTextRemotely = (request: ToBackground["readText"]["request"]) => Promise<unknown>;

/** How a long text is sent: in parts, each in a task of its own (issue 15). */
export interface Sending {
  /** Sends one part before the last (the `readTextPart` message). */
  part(request: ToBackground["readTextPart"]["request"]): Promise<unknown>;
  /** Gives the page a turn between parts. */
  pause(): Promise<void>;
  /** Called after each message was handed to the browser (which serialises it then, on this thread). */
  onSent?(startedAt: number): void;
  /** Characters per part (default TEXT_PART_CHARS). */
  partChars?: number;
}

/** What the background found in a snapshot, as findings in its offsets. */
export interface RemoteReading {
  mentions: Finding[];
  claims: Finding[];
}

// A topic id's form (the background names only its own topics; a card is asked for by this id, and the
// background checks it against its list again). The list itself stays out of the content script.
const TOPIC_ID = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * The mentions and claims in a snapshot, read by the background (issue 15): the page's main thread only
 * sends the text and waits, instead of compiling and running the detection code itself. Null when the
 * background did not answer, or answered with anything but findings that fit this text: the caller then
 * reads the text itself (the page kit holds the same reader), so a page is never left unread.
 */
export async function readInBackground(
  ask: ReadTextRemotely, snapshot: PageSnapshot, article: ArticleInfo, scope: "article" | "fragment", sending?: Sending,
): Promise<RemoteReading | null> {
  if (!article.language) return { mentions: [], claims: [] };
  // A long text goes in parts, each serialised in a task of its own; the request carries the last one.
  const parts = sending ? textParts(snapshot.text, sending.partChars) : [snapshot.text];
  const id = `r${Math.random().toString(36).slice(2, 12) || "0"}`;
  let answer: unknown;
  try {
    for (let index = 0; sending && index < parts.length - 1; index++) {
      const sent = performance.now();
      const delivered = sending.part({ reading: id, index, text: parts[index]! });
      sending.onSent?.(sent);
      await delivered;
      await sending.pause();
    }
    const sent = performance.now();
    const asked = ask({
      published: article.published, language: article.language, text: parts.at(-1)!, scope,
      ...(parts.length > 1 ? { parts: { reading: id, count: parts.length } } : {}),
    });
    sending?.onSent?.(sent);
    answer = await asked;
  } catch {
    return null;
  }
  const { mentions, claims } = (answer ?? {}) as { mentions?: unknown; claims?: unknown };
  if (!Array.isArray(mentions) || !Array.isArray(claims)) return null;
  const text = snapshot.text;
  const reading: RemoteReading = { mentions: [], claims: [] };
  for (const m of mentions as unknown[]) {
    if (!fits(m, text)) return null;
    reading.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), topic: m.topic, kind: "mention" });
  }
  for (const c of claims as unknown[]) {
    if (!fits(c, text) || (c as { text?: unknown }).text !== text.slice(c.start, c.end)) return null;
    reading.claims.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), topic: c.topic, kind: "claim", claim: (c as { claim?: unknown }).claim });
  }
  return reading;
}

// Offsets that lie in the text, and a topic id.
function fits(x: unknown, text: string): x is { start: number; end: number; topic: TopicId } {
  if (typeof x !== "object" || x === null) return false;
  const { start, end, topic } = x as Record<string, unknown>;
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) < (end as number)
    && (end as number) <= text.length && typeof topic === "string" && TOPIC_ID.test(topic);
}
