/**
 * The dataset as verdicts see it (issue 4): for a claim and a day D, the official figures as they
 * stood on D. Built on the data layer's queries (core/data, issue 3).
 */
import type { FigureLookup } from "./verdicts";

/** A lookup over the bundled dataset, or null while no data is bundled. */
export function bundledLookup(): FigureLookup | null {
  return null;
}
