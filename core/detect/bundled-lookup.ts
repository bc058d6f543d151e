/**
 * Verdict lookups over the dataset bundled with the extension (issue 4). Kept apart from
 * official-figures.ts so that importing the adapter never pulls the bundled JSON into a bundle
 * (the content script asks the background for verdicts; docs/decisions/0001).
 */
import { bundledDataset } from "../data/bundled";
import { datasetLookup } from "./official-figures";
import type { FigureLookup } from "./verdicts";

let bundled: FigureLookup | null = null;

/** A lookup over the bundled dataset (built once). */
export function bundledLookup(): FigureLookup {
  bundled ??= datasetLookup(bundledDataset());
  return bundled;
}
