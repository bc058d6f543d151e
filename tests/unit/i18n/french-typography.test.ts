import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OPTIONS_STRINGS } from "../../../components/options-strings";
import { frenchTypographyProblems } from "./french-typography";

// Issue 16: French texts read as a French reader expects them: a no-break space before « : » and inside
// « », a (narrow) no-break space before « ; ! ? », typographic apostrophes, no English quotation marks.

/** Every string in a table, functions called with sample arguments. */
function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const samples: unknown[][] = [["exemple.fr"], [2, 3], [168], [6], ["govuk"], ["bundled"], ["ok", "fetched", "il y a 2 h"], ["never", "checked", ""], ["failed", "checked", ""]];
    return samples.map((args, i) => [`${path}(${i})`, String((value as (...a: unknown[]) => unknown)(...args))]);
  }
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe("French typography", () => {
  it("finds what it is meant to find", () => {
    expect(frenchTypographyProblems("Données\u00a0: ok\u202f; «\u00a0guillemets\u00a0» l’accent")).toEqual([]);
    expect(frenchTypographyProblems("Données : ok")).toHaveLength(1);
    expect(frenchTypographyProblems("Données: ok")).toHaveLength(1);
    expect(frenchTypographyProblems("« mot »")).toHaveLength(2);
    expect(frenchTypographyProblems("l'accent")).toHaveLength(1);
    expect(frenchTypographyProblems("“mot”")).toHaveLength(2);
    expect(frenchTypographyProblems("https://www.gov.uk/ et Alt+Maj+J")).toEqual([]);
  });

  it("in the manifest's French messages", () => {
    const fr = JSON.parse(readFileSync(new URL("../../../public/_locales/fr/messages.json", import.meta.url), "utf8")) as Record<string, { message: string; description: string }>;
    for (const [key, m] of Object.entries(fr)) {
      expect(frenchTypographyProblems(m.message), key).toEqual([]);
      expect(frenchTypographyProblems(m.description), `${key} (description)`).toEqual([]);
    }
  });

  it("in the options page's French table", () => {
    const all = strings(OPTIONS_STRINGS.fr);
    expect(all.length).toBeGreaterThan(100);
    for (const [path, text] of all) expect(frenchTypographyProblems(text), path).toEqual([]);
  });
});
