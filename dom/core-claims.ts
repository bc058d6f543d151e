import { claimsReader, extractClaims, type Claim } from "../core/detect/claims";
import type { TopicId } from "../core/topics";
import type { ArticleInfo, Finding, PageSnapshot } from "./detection";
import { readInSlices, type Pace } from "./pace";

/** The numeric claims in a snapshot, as findings (issue #4's extractClaims), given its mentions. */
export function coreClaims(snapshot: PageSnapshot, article: ArticleInfo, mentions: readonly Finding[]): Finding[] {
  if (!article.language) return [];
  return extractClaims(snapshot.text, [...mentions], { language: article.language, published: article.published }).map(asFinding);
}

// Sentences read between two looks at the clock: few, since one sentence with a figure read for the first
// time on a slow machine costs milliseconds (the claims code and its expressions are compiled on first use).
const SENTENCES_PER_CHECK = 4;

/** The same claims, read in slices with a turn for the page between them (null: abandoned). */
export async function coreClaimsInSlices(
  snapshot: PageSnapshot, article: ArticleInfo, mentions: readonly Finding[], pace: Pace,
): Promise<Finding[] | null> {
  if (!article.language) return [];
  // Setting the reader up (it splits the text into sentences) is work too: charged as a slice of its own.
  const started = pace.now();
  const reader = claimsReader(snapshot.text, [...mentions], { language: article.language, published: article.published });
  pace.onSlice?.(started);
  const outcome = await readInSlices((n) => reader.read(n), SENTENCES_PER_CHECK, pace);
  return outcome === "done" ? reader.result().map(asFinding) : null;
}

function asFinding(claim: Claim): Finding {
  return { start: claim.start, end: claim.end, text: claim.text, topic: claimTopic(claim), kind: "claim", claim };
}

/**
 * The topic whose figures answer a claim: a death toll or a returns total by what it counts (a toll
 * "says the maritime prefecture" is still about deaths, issue 13), else its nearest mention's.
 */
function claimTopic(claim: Claim): TopicId {
  if (claim.metric === "deaths") return "deaths";
  if (claim.metric === "returns" || claim.metric === "admissions") return "returns-deal";
  if (claim.topic) return claim.topic;
  if (claim.metric === "money") return "payments-france";
  return "arrivals";
}
