/**
 * The whole detection pipeline on plain text (issue 4): gate, language, mentions, relevance, claims,
 * verdicts. The content script and the `annotate` command both end here.
 */
import type { Claim } from "./claims";
import { extractClaims } from "./claims";
import { detectLanguage, type Language } from "./language";
import { findMentions, mayMention, type Mention } from "./mentions";
import type { ISODate, Period } from "./periods";
import { isRelevant } from "./relevance";
import { checkClaim, type ClaimCheck, type FigureLookup } from "./verdicts";

/** A claim with its verdict. */
export type CheckedClaim = Claim & ClaimCheck;

/** Everything detection found on one page; offsets refer to the text that was annotated. */
export interface Annotation {
  language: Language | null;
  published: ISODate | null;
  relevant: boolean;
  mentions: Mention[];
  claims: CheckedClaim[];
}

/** What annotation needs besides the text. */
export interface AnnotateOptions {
  /** The page's declared language; detected from the text when null or absent. */
  language?: Language | null;
  /** Publication date; claims' periods and verdicts are resolved against it. */
  published?: ISODate | null;
  /** Official data; without it every claim is "unverifiable". */
  data?: FigureLookup | null;
}

const NO_DATA: FigureLookup = { lookup: () => ({ figures: [] }) };

/** What detection finds before any data is consulted (the content script's part). */
export interface Detection {
  language: Language | null;
  published: ISODate | null;
  relevant: boolean;
  mentions: Mention[];
  claims: Claim[];
}

/** Gate, language, mentions, relevance and claims, without verdicts: cheap and data-free. */
export function detectText(text: string, options: Omit<AnnotateOptions, "data"> = {}): Detection {
  const published = options.published ?? null;
  const language = options.language ?? detectLanguage(text);
  const empty: Detection = { language, published, relevant: false, mentions: [], claims: [] };
  if (!language || !mayMention(text)) return empty;
  const mentions = findMentions(text, language);
  if (!isRelevant(text, mentions, language)) return empty;
  return { language, published, relevant: true, mentions, claims: extractClaims(text, mentions, { language, published }) };
}

/** Verdicts for detected claims (where the data lives: the background, or the CLI). */
export function checkClaims(claims: Claim[], data: FigureLookup | null, published: ISODate | null, language: Language): CheckedClaim[] {
  return claims.map((claim) => ({ ...claim, ...checkClaim(claim, data ?? NO_DATA, published, language) }));
}

/** Annotates plain text: a cheap gate first, then mentions, relevance, claims and verdicts. */
export function annotateText(text: string, options: AnnotateOptions = {}): Annotation {
  const found = detectText(text, options);
  if (!found.relevant || !found.language) return { ...found, claims: [] };
  return { ...found, claims: checkClaims(found.claims, options.data ?? null, found.published, found.language) };
}

/** The JSON shape of issue 4 (what `annotate --json` prints): no offsets, one object. */
export interface AnnotationReport {
  language: Language | null;
  published: ISODate | null;
  relevant: boolean;
  mentions: { text: string; topic: string }[];
  claims: {
    text: string;
    metric: string;
    value: number;
    approx: string;
    period: Period | null;
    comparison?: { period: Period | null; direction: "up" | "down" | null };
    rate?: "day" | "week" | "month";
    verdict: string;
    official?: { value: number; period: Period | null; source: string; sourceId: string; asOf: ISODate };
    sources?: { value: number; source: string; sourceId: string; asOf: ISODate; note?: string }[];
    matchedAsOf?: ISODate;
    explanation: string;
  }[];
}

/** The serialisable report of an annotation. */
export function toReport(a: Annotation): AnnotationReport {
  return {
    language: a.language,
    published: a.published,
    relevant: a.relevant,
    mentions: a.mentions.map((m) => ({ text: m.text, topic: m.topic })),
    claims: a.claims.map((c) => ({
      text: c.text,
      metric: c.metric,
      value: c.value,
      approx: c.approx,
      period: c.period,
      ...(c.comparison ? { comparison: c.comparison } : {}),
      ...(c.rate ? { rate: c.rate } : {}),
      verdict: c.verdict,
      ...(c.official
        ? { official: { value: c.official.value, period: c.official.period, source: c.official.source, sourceId: c.official.sourceId, asOf: c.official.asOf } }
        : {}),
      ...(c.sources ? { sources: c.sources.map((s) => ({ value: s.value, source: s.source, sourceId: s.sourceId, asOf: s.asOf, ...(s.note ? { note: s.note } : {}) })) } : {}),
      ...(c.matchedAsOf ? { matchedAsOf: c.matchedAsOf } : {}),
      explanation: c.explanation,
    })),
  };
}
