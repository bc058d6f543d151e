// @vitest-environment jsdom
import { render } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Popover } from "../../../components/Popover";
import { buildCard } from "../../../core/card/build-card";
import { bundledDataset } from "../../../core/data/bundled";

const card = buildCard(bundledDataset(), { topic: "arrivals", language: "en", published: "2025-07-01", today: "2026-11-27" });

function mount(props: Parameters<typeof Popover>[0]): HTMLElement {
  const root = document.createElement("div");
  document.body.append(root);
  render(<Popover {...props} />, root);
  return root;
}

describe("Popover", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("is a labelled dialog showing figures, chart, counts, sources and freshness from props", () => {
    const root = mount({ content: { state: "ready", card }, onClose: vi.fn(), onCopy: vi.fn() });
    const dialog = root.querySelector("[role=dialog]")!;
    expect(dialog.getAttribute("aria-labelledby")).toBe("tm-title");
    expect(root.querySelector("#tm-title")!.textContent).toBe(card.title);
    expect(root.querySelector(".tm-figures")!.textContent).toContain("19,982");
    expect(root.querySelector(".tm-fresh")!.textContent).toBe("Home Office data to 20 August 2026");
    const links = [...root.querySelectorAll(".tm-sources a")] as HTMLAnchorElement[];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.target).toBe("_blank");
      expect(a.rel).toBe("noopener noreferrer");
      expect(a.href).toMatch(/^https:\/\//);
    }
    const bars = [...root.querySelectorAll(".tm-bar")];
    expect(bars.length).toBe(card.chart!.bars.length);
    expect(bars.at(-1)!.getAttribute("aria-label")).toBe("2025: 19,982");
    expect(bars.every((b) => b.getAttribute("tabindex") === "0")).toBe(true);
  });

  it("shows a claim's verdict in words as well as by icon", () => {
    const withClaim = { ...card, claim: { text: "nearly 20,000", verdict: "differs" as const, verdictLabel: "Does not match the official figures", verdictSymbol: "✗", explanation: "One sentence." } };
    const root = mount({ content: { state: "ready", card: withClaim }, onClose: vi.fn(), onCopy: vi.fn() });
    const claim = root.querySelector(".tm-claim")!;
    expect(claim.getAttribute("data-verdict")).toBe("differs");
    expect(claim.textContent).toContain("Does not match the official figures");
    expect(claim.querySelector(".tm-verdict-icon")!.getAttribute("aria-hidden")).toBe("true");
  });

  it("copies the citation and closes through callbacks only", () => {
    const onCopy = vi.fn();
    const onClose = vi.fn();
    const root = mount({ content: { state: "ready", card }, onClose, onCopy });
    (root.querySelector(".tm-copy") as HTMLButtonElement).click();
    expect(onCopy).toHaveBeenCalledWith(card.citation);
    (root.querySelector(".tm-close") as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalled();
  });

  it("renders page text as text, never as markup", () => {
    const hostile = { ...card, claim: { text: "<img src=x onerror=alert(1)>", verdict: "matches" as const, verdictLabel: "ok", verdictSymbol: "✓", explanation: "<b>x</b>" } };
    const root = mount({ content: { state: "ready", card: hostile }, onClose: vi.fn(), onCopy: vi.fn() });
    expect(root.querySelector("img")).toBeNull();
    expect(root.querySelector(".tm-claim b")).toBeNull();
    expect(root.querySelector(".tm-claim-text")!.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("has loading and error states in the page's language", () => {
    expect(mount({ content: { state: "loading", lang: "fr" }, onClose: vi.fn(), onCopy: vi.fn() }).textContent).toContain("Chargement");
    expect(mount({ content: { state: "error", lang: "en" }, onClose: vi.fn(), onCopy: vi.fn() }).querySelector("[role=alert]")).not.toBeNull();
  });
});
