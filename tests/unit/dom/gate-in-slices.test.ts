// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { mayMention } from "../../../core/detect/gate";
import { gateInSlices } from "../../../dom/gate-in-slices";
import type { Pace } from "../../../dom/pace";

// Issue 15: the gate reads the page's text nodes in slices and stops at the first that passes; it answers
// as `mayMention(body.textContent)` does.

function pace(budgetMs = 20): Pace & { pauses: number } {
  const p = {
    budgetMs, pauses: 0, now: () => performance.now(),
    pause: async () => {
      p.pauses += 1;
      return true;
    },
  };
  return p;
}

describe("the gate, read in slices", () => {
  it.each([
    ["a term in one node", "<p>Migrants crossed in small boats.</p>"],
    ["a term split by inline markup", "<p>Crossings in small <b>boats</b> rose.</p>"],
    ["a term split over three nodes", "<p>The <i>one</i> in, <em>one out</em> deal.</p>"],
    ["no term at all", "<p>Ferry timetables for the summer.</p>"],
    ["a term at the very end of a long page", `${"<p>Weather and sport.</p>".repeat(3000)}<p>Border Force at Dover.</p>`],
  ])("answers as the gate on the whole text does: %s", async (_, html) => {
    document.body.innerHTML = html;
    const sliced = await gateInSlices(document.body, mayMention, pace());
    expect(sliced).toBe(mayMention(document.body.textContent ?? ""));
  });

  it("stops at the first node that passes", async () => {
    document.body.innerHTML = `<p>Small boats in the Channel.</p>${"<p>More text.</p>".repeat(1000)}`;
    let tested = 0;
    expect(await gateInSlices(document.body, (t) => (tested += 1, mayMention(t)), pace())).toBe(true);
    expect(tested).toBe(1); // the first run of nodes
  });

  it("gives the page turns on a long page with no mention, and can be abandoned", async () => {
    document.body.innerHTML = "<p>Weather and sport.</p>".repeat(5000);
    const slow = pace(0);
    expect(await gateInSlices(document.body, mayMention, slow)).toBe(false);
    expect(slow.pauses).toBeGreaterThan(10);
    const stopped = { ...pace(0), pause: async () => false };
    expect(await gateInSlices(document.body, mayMention, stopped)).toBeNull();
  });
});

describe("the gate's pieces", () => {
  it("read the page's text in order, comments left out, deep and wide trees alike", async () => {
    const entries = Array.from({ length: 300 }, (_, i) => `<li><p>Entry ${i} <!-- note --><b>bold</b> text.</p></li>`).join("");
    document.body.innerHTML = `<div><div><div><div><div><ul>${entries}</ul></div></div></div></div><p>tail <i>end</i></p></div><!-- c -->`;
    const seen: string[] = [];
    await gateInSlices(document.body, (t) => (seen.push(t), false), pace());
    // Each test sees the last 48 characters before it again; put together, the pieces are textContent.
    const joined = seen.reduce((all, t, i) => (i === 0 ? t : all + t.slice(Math.min(48, all.length))), "");
    expect(joined).toBe(document.body.textContent);
  });
});
