// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import type { Pace } from "../../../dom/pace";
import { takeSnapshot, takeSnapshotInSlices } from "../../../dom/text-snapshot";

// The sliced read (a long page must not be one long task): the same snapshot as the one-pass read,
// whatever the page does between slices. A clock that says every slice is over its budget makes it
// pause every 256 nodes.
function pace(onPause: (n: number) => boolean | void = () => true): Pace & { pauses: number; slices: number } {
  let clock = 0;
  const p = {
    pauses: 0,
    slices: 0,
    budgetMs: 1,
    now: () => (clock += 1),
    onSlice: () => void (p.slices += 1),
    pause: async () => {
      p.pauses += 1;
      return onPause(p.pauses) !== false;
    },
  };
  return p;
}

function paragraphs(count: number): HTMLElement[] {
  return Array.from({ length: count }, (_, i) => {
    const p = document.createElement("p");
    p.append(`Paragraph ${i}: people crossed in `, Object.assign(document.createElement("b"), { textContent: "small" }), " boats.");
    return p;
  });
}

function page(count: number): HTMLElement {
  const article = document.createElement("article");
  article.append(...paragraphs(count));
  document.body.replaceChildren(article);
  return article;
}

describe("takeSnapshotInSlices", () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = page(400);
  });

  it("reads the same snapshot as one pass, in many slices", async () => {
    const p = pace();
    const sliced = await takeSnapshotInSlices(root, {}, p);
    expect(p.pauses).toBeGreaterThan(5);
    expect(p.slices).toBe(p.pauses + 1);
    expect(sliced).toEqual(takeSnapshot(root));
  });

  it("reads text the page changed during a pause as it is at the end, after the reader", async () => {
    const last = root.lastElementChild!;
    const sliced = await takeSnapshotInSlices(root, {}, pace((n) => {
      if (n === 1) last.append(" Update: more small boats.");
    }));
    expect(sliced!.text).toBe(takeSnapshot(root).text);
  });

  it("starts again when the page removed the node being read", async () => {
    const sliced = await takeSnapshotInSlices(root, {}, pace((n) => {
      // Replace the paragraph the reader is in (about the 85th: 3 nodes each, 256 per check).
      if (n === 1) root.children[90]!.replaceWith(Object.assign(document.createElement("p"), { textContent: "Replaced." }));
    }));
    expect(sliced).toEqual(takeSnapshot(root));
  });

  it("reads in one go on the third attempt when the page keeps replacing what is read", async () => {
    // A page that re-renders all of its article on every turn it gets.
    const p = pace((n) => void root.replaceChildren(...paragraphs(400 + n)));
    const sliced = await takeSnapshotInSlices(root, {}, p);
    expect(p.pauses).toBe(2);
    expect(sliced).toEqual(takeSnapshot(root));
    expect(sliced!.text).toContain("Paragraph 401");
  });

  it("gives up when the read is no longer wanted or the root left the page", async () => {
    expect(await takeSnapshotInSlices(root, {}, pace(() => false))).toBeNull();
    expect(await takeSnapshotInSlices(root, {}, pace(() => void root.remove()))).toBeNull();
  });
});
