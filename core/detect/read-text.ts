import type { TopicId } from "../topics";
import { claimTopic } from "./claim-topic";
import { extractClaims, type Claim, type ClaimContext } from "./claims";
import type { Language } from "./language";
import { findMentions, type Mention } from "./mentions";
import { isRelevant } from "./relevance";

/** A claim found in a text, under the topic whose figures answer it. */
export interface ClaimInText {
  start: number;
  end: number;
  text: string;
  topic: TopicId;
  claim: Claim;
}

/** What a text says about crossings: its mentions and its claims (both empty when it is not about them). */
export interface TextReading {
  mentions: Mention[];
  claims: ClaimInText[];
}

/**
 * Reads an article's text, or new content of one (issue 4, 12, 15): its mentions; for a whole article
 * (`scope` "article") whether it is about crossings at all; and the claims among them. The same steps as
 * the page kit's own reader (core-mentions.ts and core-claims.ts), so the background, which runs this off
 * the page's main thread, finds exactly what the page would.
 */
export function readText(text: string, context: ClaimContext, scope: "article" | "fragment"): TextReading {
  const mentions = readMentions(text, context.language, scope);
  if (mentions.length === 0) return { mentions, claims: [] };
  return { mentions, claims: extractClaims(text, mentions, context).map(claimInText) };
}

/** The mentions in a text; for a whole article (`scope` "article"), none unless it is about crossings. */
export function readMentions(text: string, language: Language, scope: "article" | "fragment"): Mention[] {
  const mentions = findMentions(text, language);
  return mentions.length > 0 && scope === "article" && !isRelevant(text, mentions, language) ? [] : mentions;
}

/** A claim with its place in the text and the topic whose figures answer it. */
export function claimInText(claim: Claim): ClaimInText {
  return { start: claim.start, end: claim.end, text: claim.text, topic: claimTopic(claim), claim };
}
