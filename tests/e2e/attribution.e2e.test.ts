import { describe, expect, it } from "vitest";
import { withPage, type TestPage } from "./support/harness";
import { MARKS, errors, useBrowser, waitForPopover } from "./page-helpers";

// Issue 16: the Open Government Licence's attribution statement, with the licence's link, is visible where
// the Home Office data is shown: on the popover (with its sources) and in Options › About.
const STATEMENT = "Contains public sector information licensed under the Open Government Licence v3.0.";
const LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

interface Seen {
  text: string;
  href: string | null;
  /** Rendered, not hidden, and inside the viewport (and inside the popover's scrolling panel, when given). */
  visible: boolean;
}

/** Scrolls the attribution under `root` into view and reports what a reader sees of it. */
function seeAttribution(page: TestPage, where: "popover" | "page"): Promise<Seen | null> {
  return page.evaluate(async (inPopover) => {
    const root: ParentNode | null | undefined = inPopover ? document.querySelector("tidemark-popover")?.shadowRoot : document;
    const p = root?.querySelector<HTMLElement>("[data-testid=ogl-attribution]");
    if (!p) return null;
    p.scrollIntoView({ block: "center" });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const box = p.getBoundingClientRect();
    const inside = (outer: DOMRect) => box.top >= outer.top - 1 && box.bottom <= outer.bottom + 1 && box.left >= outer.left - 1 && box.right <= outer.right + 1;
    const scroller = inPopover ? root!.querySelector<HTMLElement>(".tm-scroll") : null;
    const copy = p.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".tm-visually-hidden, .visually-hidden").forEach((n) => n.remove());
    const style = getComputedStyle(p);
    return {
      text: (copy.textContent ?? "").replace(/\s+/g, " ").trim(),
      href: p.querySelector("a")?.getAttribute("href") ?? null,
      visible: box.width > 0 && box.height > 0 && style.visibility === "visible" && Number(style.opacity) > 0 &&
        inside(new DOMRect(0, 0, innerWidth, innerHeight)) && (!scroller || inside(scroller.getBoundingClientRect())),
    };
  }, where === "popover");
}

describe.each(["chromium", "firefox"] as const)("OGL attribution in %s", (name) => {
  const ctx = useBrowser(name);

  it("is visible on the popover of a mention, with the Home Office source", async () => {
    await withPage(await ctx.browser.newPage(ctx.server.url("/pages/page-static.html")), `${name}-attribution-popover`, async (page) => {
      await page.waitFor("#p1 " + MARKS);
      await page.hover("#p1 " + MARKS);
      await waitForPopover(page);
      await page.waitForFunction(() => !!document.querySelector("tidemark-popover")?.shadowRoot?.querySelector(".tm-fresh"), undefined, 10_000);
      expect(await seeAttribution(page, "popover")).toEqual({ text: STATEMENT, href: LICENCE_URL, visible: true });
      expect(errors(page)).toEqual([]);
    });
  });

  it("is visible in Options › About", async () => {
    await withPage(await ctx.browser.openExtensionPage("options.html#about"), `${name}-attribution-options`, async (page) => {
      await page.waitFor("#about [data-testid=ogl-attribution]");
      expect(await seeAttribution(page, "page")).toEqual({ text: STATEMENT, href: LICENCE_URL, visible: true });
    });
  });
});
