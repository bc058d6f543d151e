// @vitest-environment jsdom
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { properties, rangeProperties } from "../../properties/highlighter-properties";
import { installHighlightApi, removeHighlightApi } from "../dom/fake-highlight-api";

// Issue 8: at least 1,000 generated pages per property in CI. FC_RUNS raises it locally; a failure prints
// fast-check's seed and shrunk counterexample, which FC_SEED replays.
const RUNS = Math.max(1000, Number(process.env.FC_RUNS ?? 0));
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;

describe("highlighter properties (jsdom)", () => {
  for (const [name, property] of Object.entries(properties(document))) {
    it(`${name} (${RUNS} cases)`, () => {
      fc.assert(property, { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) });
    }, 120_000);
  }
});

describe("no-page-modification mode properties (jsdom)", () => {
  // jsdom has no CSS Custom Highlight API: the unit tests' stand-in.
  beforeAll(() => void installHighlightApi());
  afterAll(removeHighlightApi);
  for (const [name, property] of Object.entries(rangeProperties(document))) {
    it(`${name} (${RUNS} cases)`, () => {
      fc.assert(property, { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) });
    }, 120_000);
  }
});
