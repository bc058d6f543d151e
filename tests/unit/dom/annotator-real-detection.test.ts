// @vitest-environment jsdom
// The annotator with the real detection core and page kit on a fixture page (glue, issue 12): what the
// annotate command finds is what the page shows, including a claim whose sentence runs over a line break
// in the page's source (the snapshot holds it as a space; the page's text node holds "\n").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { Annotator, type AnnotatorHooks } from "../../../dom/annotator";
import { coreClaims, coreClaimsInSlices } from "../../../dom/core-claims";
import { coreDetection } from "../../../dom/core-detection";
import { mentionsInSnapshot } from "../../../dom/core-mentions";
import { readText } from "../../../core/detect/read-text";
import type { Finding } from "../../../dom/detection";
import { createSurface } from "../../../dom/highlight-surfaces";

const PAGE = join(import.meta.dirname, "../../fixtures/pages/page-static.html");

function load(html: string): void {
  const doc = new DOMParser().parseFromString(html, "text/html");
  document.documentElement.replaceWith(document.importNode(doc.documentElement, true));
}

let annotator: Annotator | null = null;
afterEach(() => annotator?.destroy());

// The page kit reads the text on the page (the background did not answer), or the background reads it
// (readText, as platform/page-handlers.ts runs it): the same highlights either way (issue 15).
type Read = NonNullable<AnnotatorHooks["read"]>;
const background: { read: Read } = {
  read: async (snapshot, article, scope) => {
    const r = readText(snapshot.text, { language: article.language ?? "en", published: article.published }, scope);
    return {
      mentions: r.mentions.map((m): Finding => ({ ...m, kind: "mention" })),
      claims: r.claims.map((c): Finding => ({ ...c, kind: "claim" })),
    };
  },
};

async function marksWith(hooks: { read?: Read }) {
  load(readFileSync(PAGE, "utf8"));
  expect(document.querySelector("#p7")!.textContent).toContain("the\n");
  const errors: unknown[] = [];
  annotator = new Annotator(document, coreDetection(), async () => ({
    surface: createSurface(document, "marks"),
    reader: async () => ({ find: mentionsInSnapshot, findClaims: coreClaims, findClaimsInSlices: coreClaimsInSlices }),
  }), { ...hooks, onError: (e) => errors.push(e) });
  await annotator.start();
  await annotator.idle();
  expect(errors).toEqual([]);
  return [...document.querySelectorAll("tidemark-mark[data-tidemark]")].map((el) => ({
    in: el.closest("p")?.id, kind: el.getAttribute("data-tidemark"), text: el.textContent!.replace(/\s+/g, " "),
  }));
}

it.each<[string, { read?: Read }]>([["the page kit", {}], ["the background", background], ["the page kit, after the background failed", { read: async () => null }]])(
  "read by %s: highlights a claim whose sentence crosses a line break in the source, and the mentions around it", async (_, hooks) => {
    const marks = await marksWith(hooks);
    expect(marks).toContainEqual({ in: "p7", kind: "claim", text: expect.stringMatching(/^Nearly 20,000 people crossed the Channel .* the same months$/) });
    expect(marks.filter((m) => m.in === "p1")).toEqual([{ in: "p1", kind: "mention", text: "small boats" }]);
  });

it("the background and the page kit highlight the same words", async () => {
  const here = await marksWith({});
  annotator!.destroy();
  annotator = null;
  expect(await marksWith(background)).toEqual(here);
  expect(here.filter((m) => m.kind === "claim").length).toBeGreaterThan(0);
});
