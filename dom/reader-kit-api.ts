import { coreClaims, coreClaimsInSlices } from "./core-claims";
import { mentionsInSnapshot } from "./core-mentions";

/**
 * The page's own reader of mentions and claims (the detection core: lexicon, relevance, the claims reader),
 * for when the background cannot read the text (issue 15, decision 0013). Built as the `reader-kit` script
 * and imported only then: a page the background reads never loads or compiles it.
 */
export interface ReaderKit {
  find: typeof mentionsInSnapshot;
  findClaims: typeof coreClaims;
  findClaimsInSlices: typeof coreClaimsInSlices;
}

export const readerKit: ReaderKit = { find: mentionsInSnapshot, findClaims: coreClaims, findClaimsInSlices: coreClaimsInSlices };
