import type { ArticleInfo, Finding, PageSnapshot } from "../../dom/detection";
import type { TopicId } from "../../core/topics";
import type { ToBackground } from "../../platform/messages";

/** Asks the background to read a text (the `readText` message). */
export type ReadTextRemotely = (request: ToBackground["readText"]["request"]) => Promise<unknown>;

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
  ask: ReadTextRemotely, snapshot: PageSnapshot, article: ArticleInfo, scope: "article" | "fragment",
): Promise<RemoteReading | null> {
  if (!article.language) return { mentions: [], claims: [] };
  let answer: unknown;
  try {
    answer = await ask({ published: article.published, language: article.language, text: snapshot.text, scope });
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
