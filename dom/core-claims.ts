import { claimsReader, extractClaims, type Claim } from "../core/detect/claims";
import { claimInText } from "../core/detect/read-text";
import type { ArticleInfo, Finding, PageSnapshot } from "./detection";
import { readInSlices, type Pace } from "./pace";

/** The numeric claims in a snapshot, as findings (issue #4's extractClaims), given its mentions. */
export function coreClaims(snapshot: PageSnapshot, article: ArticleInfo, mentions: readonly Finding[]): Finding[] {
  if (!article.language) return [];
  return extractClaims(snapshot.text, [...mentions], { language: article.language, published: article.published }).map(asFinding);
}

// Sentences read between two looks at the clock: one, since a sentence with a figure read for the first
// time costs up to tens of milliseconds (the claims code and its expressions are compiled on first use), and
// four of them in a row made one task of 66 ms at 1× on the bench's punctuation page (issue 14).
const SENTENCES_PER_CHECK = 1;

/** The same claims, read in slices with a turn for the page between them (null: abandoned). */
export async function coreClaimsInSlices(
  snapshot: PageSnapshot, article: ArticleInfo, mentions: readonly Finding[], pace: Pace,
): Promise<Finding[] | null> {
  if (!article.language) return [];
  // Setting the reader up (it splits the text into sentences) is work too: charged as a slice of its own.
  const started = pace.now();
  const reader = claimsReader(snapshot.text, [...mentions], { language: article.language, published: article.published });
  pace.onSlice?.(started);
  // On a long text (the punctuation page's 120,000 characters) the split alone is a step: the reading
  // that follows gets a task of its own.
  if (pace.now() - started > pace.budgetMs / 2 && !(await pace.pause())) return null;
  const outcome = await readInSlices((n) => reader.read(n), SENTENCES_PER_CHECK, pace);
  return outcome === "done" ? reader.result().map(asFinding) : null;
}

function asFinding(claim: Claim): Finding {
  return { ...claimInText(claim), kind: "claim" };
}
