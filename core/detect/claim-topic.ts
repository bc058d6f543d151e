import type { TopicId } from "../topics";
import type { Claim } from "./claims";

/**
 * The topic whose figures answer a claim: a death toll or a returns total by what it counts (a toll
 * "says the maritime prefecture" is still about deaths, issue 13), else its nearest mention's. Shared by
 * the page kit's reader and the background's (issue 15), so both highlight a claim under the same topic.
 */
export function claimTopic(claim: Claim): TopicId {
  if (claim.metric === "deaths") return "deaths";
  if (claim.metric === "returns" || claim.metric === "admissions") return "returns-deal";
  if (claim.topic) return claim.topic;
  if (claim.metric === "money") return "payments-france";
  return "arrivals";
}
