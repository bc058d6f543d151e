import * as v from "valibot";
import { SOURCE_TIERS } from "../core/data/types";
import { TOPIC_IDS } from "../core/topics";

/**
 * Custom feed format, version 1 (documented in docs/feed-format.md). A feed is data only: it is
 * parsed with JSON.parse, checked field by field, and its strings are shown as text, never as HTML.
 */

/** Plain text: no `<` or `>`, no control characters, no script-like URLs, bounded length. */
export function plainText(max: number) {
  return v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, "must not be empty"),
    v.maxLength(max, `must be at most ${max} characters`),
      // Same rule as the data layer's schema: no markup, control characters or script-like URLs.
    // eslint-disable-next-line no-control-regex
    v.check((s) => !/[<>\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|javascript:|vbscript:|data:/i.test(s), "must be plain text (no markup, control characters or script URLs)"),
  );
}

/** An https URL (no credentials). */
export const HttpsUrl = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.url("must be a URL"),
  v.check((s) => s.startsWith("https://"), "must start with https://"),
  v.check((s) => !/^https:\/\/[^/]*@/.test(s), "must not contain a user name or password"),
);

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "must be a lower-case id (a-z, 0-9, -)"));

/** True for a real calendar date YYYY-MM-DD. */
function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** A calendar date (YYYY-MM-DD) that exists and is not after `today()`. */
export function pastDate(today: () => string) {
  return v.pipe(
    v.string(),
    v.check(isRealDate, "must be a real date YYYY-MM-DD"),
    v.check((s) => s <= today(), "is in the future"),
  );
}

const todayUtc = () => new Date().toISOString().slice(0, 10);
const PastDate = pastDate(todayUtc);
const AnyDate = v.pipe(v.string(), v.check(isRealDate, "must be a real date YYYY-MM-DD"));
/** YYYY, YYYY-MM or YYYY-MM-DD, not after today at its own precision. */
const PastPartialDate = v.pipe(
  v.string(),
  v.check((s) => /^\d{4}$/.test(s) || (/^\d{4}-\d{2}$/.test(s) && isRealDate(`${s}-01`)) || isRealDate(s), "must be YYYY, YYYY-MM or YYYY-MM-DD"),
  v.check((s) => s <= todayUtc().slice(0, s.length), "is in the future"),
);
const Bilingual = (max: number) => v.strictObject({ en: plainText(max), fr: plainText(max) });

// Shapes follow the data layer's Source and CuratedFigure (core/data/types.ts, issue #3), so a feed's
// sources and figures are the same kind of thing as the bundled ones.
export const FeedSourceSchema = v.strictObject({
  id: Id,
  publisher: plainText(200),
  title: plainText(300),
  url: v.optional(HttpsUrl),
  published: PastPartialDate,
  licence: v.optional(plainText(200)),
  tier: v.picklist(SOURCE_TIERS, `tier must be one of: ${SOURCE_TIERS.join(", ")}`),
});

export const FeedFigureSchema = v.pipe(
  v.strictObject({
    id: Id,
    topic: v.picklist(TOPIC_IDS, `topic must be one of: ${TOPIC_IDS.join(", ")}`),
    kind: Id,
    value: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0, "must not be negative"), v.maxValue(1e12, "is implausibly large"))),
    values: v.optional(v.pipe(v.array(v.strictObject({
      label: Bilingual(200),
      value: v.pipe(v.number(), v.finite(), v.minValue(0, "must not be negative"), v.maxValue(1e12, "is implausibly large")),
    })), v.maxLength(50))),
    unit: plainText(20),
    period: v.pipe(v.strictObject({ start: AnyDate, end: AnyDate }), v.check((p) => p.start <= p.end, "period ends before it starts")),
    asOf: PastDate,
    sourceId: Id,
    status: v.picklist(["primary", "secondary", "unverified"], "status must be primary, secondary or unverified"),
    label: Bilingual(300),
    counts: v.optional(Bilingual(400)),
    note: v.optional(Bilingual(600)),
  }),
  v.check((f) => !(f.value !== undefined && f.values !== undefined), "a figure has a value or values, not both"),
);

export const FEED_FORMAT = "tidemark-feed";
export const FEED_VERSION = 1;

/** A whole feed, version 1. */
export const FeedSchema = v.pipe(
  v.strictObject({
    format: v.literal(FEED_FORMAT, `"format" must be "${FEED_FORMAT}"`),
    version: v.literal(FEED_VERSION, `"version" must be ${FEED_VERSION}; this version of Tidemark reads version ${FEED_VERSION}`),
    title: plainText(120),
    publisher: plainText(120),
    homepage: v.optional(HttpsUrl),
    sources: v.pipe(v.array(FeedSourceSchema), v.minLength(1, "needs at least one source"), v.maxLength(200)),
    figures: v.pipe(v.array(FeedFigureSchema), v.maxLength(2000)),
  }),
  v.check((f) => new Set(f.sources.map((s) => s.id)).size === f.sources.length, "two sources share an id"),
  v.check((f) => new Set(f.figures.map((x) => x.id)).size === f.figures.length, "two figures share an id"),
  v.check((f) => {
    const ids = new Set(f.sources.map((s) => s.id));
    return f.figures.every((x) => ids.has(x.sourceId));
  }, "a figure names a source that the feed does not list"),
);
export type Feed = v.InferOutput<typeof FeedSchema>;

/** Deepest nesting accepted before validation (a v1 feed nests 4 levels). */
const MAX_DEPTH = 8;

/**
 * Parses and validates feed bytes. `builtinSourceIds` are the bundled registry's ids, which a
 * feed may not reuse (no impersonation). Returns the feed or one error sentence for the reader.
 */
export function parseFeed(bytes: Uint8Array, builtinSourceIds: ReadonlySet<string>): { ok: true; feed: Feed } | { ok: false; error: string } {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: "The feed is not UTF-8 text." };
  }
  if (/^\s*</.test(text)) return { ok: false, error: "The feed is HTML or XML, not JSON; it was not opened." };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The feed is not valid JSON (${error instanceof Error ? error.message : "parse error"}).` };
  }
  if (depth(json) > MAX_DEPTH) return { ok: false, error: "The feed is nested too deeply to be a Tidemark feed." };
  const result = v.safeParse(FeedSchema, json);
  if (!result.success) return { ok: false, error: `The feed does not match the Tidemark feed format: ${describeIssue(result.issues[0])}` };
  const clash = result.output.sources.find((s) => builtinSourceIds.has(s.id));
  if (clash) return { ok: false, error: `The feed uses the id “${clash.id}” of a built-in source; feeds cannot stand in for built-in sources.` };
  return { ok: true, feed: result.output };
}

/** One validation issue as "sources[0].url: must start with https://". */
export function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return "unknown problem.";
  const path = (issue.path ?? [])
    .map((p) => (typeof p.key === "number" ? `[${p.key}]` : `.${String(p.key)}`))
    .join("")
    .replace(/^\./, "");
  const message = issue.message.replace(/^Invalid (type|key): /, "wrong $1: ");
  return `${path ? `${path}: ` : ""}${message}.`.replace(/\.\.$/, ".");
}

function depth(value: unknown, level = 0): number {
  if (level > MAX_DEPTH) return level;
  if (typeof value !== "object" || value === null) return level;
  let max = level + 1;
  for (const child of Object.values(value)) max = Math.max(max, depth(child, level + 1));
  return max;
}
