// @vitest-environment jsdom
import { render } from "preact";
import { describe, expect, it, vi } from "vitest";
import { OptionsSites, type OptionsSitesProps } from "../../../components/OptionsSites";

function mount(overrides: Partial<OptionsSitesProps> = {}): { root: HTMLElement; p: OptionsSitesProps } {
  const p: OptionsSitesProps = {
    lang: "en",
    defaults: ["bbc.co.uk", "lemonde.fr"], added: ["nice-matin.com"], overrides: { "lemonde.fr": false }, drawModes: {},
    everySite: false, addedWithoutAccess: [], error: null,
    onToggleSite: vi.fn(), onAddSite: vi.fn(), onRemoveSite: vi.fn(), onGrantSite: vi.fn(), onEverySite: vi.fn(), onDrawMode: vi.fn(),
    ...overrides,
  };
  const root = document.createElement("div");
  document.body.replaceChildren(root); // jsdom fires change events only on attached inputs
  render(<OptionsSites {...p} />, root);
  return { root, p };
}

describe("OptionsSites", () => {
  it("shows the per-site switches as stored", () => {
    const { root } = mount();
    const boxes = [...root.querySelectorAll<HTMLInputElement>(".site-grid input")].map((i) => i.checked);
    expect(boxes).toEqual([true, false]);
  });

  it("says every site is automatic when the reader chose no highlight mode", () => {
    const { root } = mount();
    expect(root.textContent).toContain("Every site is on Automatic.");
    expect(root.querySelectorAll("[data-draw-mode]")).toHaveLength(0);
  });

  it("lists the sites with a highlight mode, sorted, and changes or resets one", () => {
    const { root, p } = mount({ drawModes: { "lemonde.fr": "marks", "bbc.co.uk": "ranges" } });
    const rows = [...root.querySelectorAll("[data-draw-mode]")];
    expect(rows.map((r) => r.getAttribute("data-draw-mode"))).toEqual(["bbc.co.uk", "lemonde.fr"]);
    const select = rows[0]!.querySelector("select")!;
    expect(select.value).toBe("ranges");
    expect(root.querySelector("label[for='draw-mode-bbc.co.uk']")?.textContent).toBe("bbc.co.uk");
    select.value = "auto";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    expect(p.onDrawMode).toHaveBeenCalledWith("bbc.co.uk", "auto");
  });
});
