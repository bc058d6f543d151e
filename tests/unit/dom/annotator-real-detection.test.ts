// @vitest-environment jsdom
// The annotator with the real detection core and page kit on a fixture page (glue, issue 12): what the
// annotate command finds is what the page shows, including a claim whose sentence runs over a line break
// in the page's source (the snapshot holds it as a space; the page's text node holds "\n").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { Annotator } from "../../../dom/annotator";
import { coreClaims, coreClaimsInSlices } from "../../../dom/core-claims";
import { coreDetection } from "../../../dom/core-detection";
import { createSurface } from "../../../dom/highlight-surfaces";

const PAGE = join(import.meta.dirname, "../../fixtures/pages/page-static.html");

function load(html: string): void {
  const doc = new DOMParser().parseFromString(html, "text/html");
  document.documentElement.replaceWith(document.importNode(doc.documentElement, true));
}

let annotator: Annotator | null = null;
afterEach(() => annotator?.destroy());

it("highlights a claim whose sentence crosses a line break in the source, and the mentions around it", async () => {
  load(readFileSync(PAGE, "utf8"));
  expect(document.querySelector("#p7")!.textContent).toContain("the\n");
  const errors: unknown[] = [];
  annotator = new Annotator(document, coreDetection(), async () => ({
    findClaims: coreClaims, findClaimsInSlices: coreClaimsInSlices, surface: createSurface(document, "marks"),
  }), { onError: (e) => errors.push(e) });
  await annotator.start();
  await annotator.idle();
  const marks = [...document.querySelectorAll("tidemark-mark[data-tidemark]")].map((el) => ({
    in: el.closest("p")?.id, kind: el.getAttribute("data-tidemark"), text: el.textContent!.replace(/\s+/g, " "),
  }));
  expect(marks).toContainEqual({ in: "p7", kind: "claim", text: expect.stringMatching(/^Nearly 20,000 people crossed the Channel .* the same months$/) });
  expect(marks.filter((m) => m.in === "p1")).toEqual([{ in: "p1", kind: "mention", text: "small boats" }]);
  expect(errors).toEqual([]);
});
