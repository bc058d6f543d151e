import { extractClaims, type Claim } from "../core/detect/claims";
import type { TopicId } from "../core/topics";
import type { ArticleInfo, Finding, PageSnapshot } from "./detection";

/** The numeric claims in a snapshot, as findings (issue #4's extractClaims), given its mentions. */
export function coreClaims(snapshot: PageSnapshot, article: ArticleInfo, mentions: readonly Finding[]): Finding[] {
  if (!article.language) return [];
  return extractClaims(snapshot.text, [...mentions], { language: article.language, published: article.published }).map((claim) => ({
    start: claim.start, end: claim.end, text: claim.text, topic: claimTopic(claim), kind: "claim", claim,
  }));
}

/** The topic whose figures answer a claim: its nearest mention's, else by what it counts. */
function claimTopic(claim: Claim): TopicId {
  if (claim.topic) return claim.topic;
  if (claim.metric === "deaths") return "deaths";
  if (claim.metric === "returns" || claim.metric === "admissions") return "returns-deal";
  if (claim.metric === "money") return "payments-france";
  return "arrivals";
}
