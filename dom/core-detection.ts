import { extractClaims, type Claim } from "../core/detect/claims";
import { findMentions, mayMention } from "../core/detect/mentions";
import { isRelevant } from "../core/detect/relevance";
import type { TopicId } from "../core/topics";
import { articleContext } from "./article-context";
import type { Detection, Finding } from "./detection";
import { EXCLUDED_SELECTOR, rangeForOffsets, takeSnapshot } from "./text-snapshot";

/** Binds the annotator's Detection seam to the detection core (issue #4). Nothing else imports the core. */
export function coreDetection(): Detection {
  return {
    relevant: mayMention,
    excluded: EXCLUDED_SELECTOR,
    article: (doc) => {
      const context = articleContext(doc);
      return { language: context.language, published: context.published, root: context.root };
    },
    snapshot: (root) => takeSnapshot(root),
    find: (snapshot, article, scope) => {
      const language = article.language;
      if (!language) return [];
      const mentions = findMentions(snapshot.text, language);
      // Relevance is judged on the whole article; new fragments of a relevant article need no context.
      if (scope === "article" && !isRelevant(snapshot.text, mentions, language)) return [];
      const findings: Finding[] = mentions.map((m) => ({ ...m, kind: "mention" }));
      for (const claim of extractClaims(snapshot.text, mentions, { language, published: article.published })) {
        findings.push({ start: claim.start, end: claim.end, text: claim.text, topic: claimTopic(claim), kind: "claim", claim });
      }
      return findings;
    },
    pieces: rangeForOffsets,
  };
}

/** The topic whose figures answer a claim: its nearest mention's, else by what it counts. */
function claimTopic(claim: Claim): TopicId {
  if (claim.topic) return claim.topic;
  if (claim.metric === "deaths") return "deaths";
  if (claim.metric === "returns" || claim.metric === "admissions") return "returns-deal";
  if (claim.metric === "money") return "payments-france";
  return "arrivals";
}
