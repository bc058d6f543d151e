import type { TopicId } from "../topics";
import { claimTopic } from "./claim-topic";
import { extractClaims, type Claim, type ClaimContext } from "./claims";
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
  const mentions = findMentions(text, context.language);
  if (mentions.length === 0 || (scope === "article" && !isRelevant(text, mentions, context.language))) return { mentions: [], claims: [] };
  const claims = extractClaims(text, mentions, context)
    .map((claim) => ({ start: claim.start, end: claim.end, text: claim.text, topic: claimTopic(claim), claim }));
  return { mentions, claims };
}
