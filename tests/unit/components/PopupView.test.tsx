// @vitest-environment jsdom
import { render } from "preact";
import { describe, expect, it, vi } from "vitest";
import { PopupView, type PopupViewProps } from "../../../components/PopupView";

function props(overrides: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    lang: "en", enabled: true, site: { kind: "listed", host: "www.bbc.co.uk", key: "bbc.co.uk", on: true, drawMode: "auto" },
    findings: { kind: "found", mentions: [{ id: "m1", topic: "arrivals", text: "small boats" }], claims: [{ id: "c1", text: "600 people", verdict: "differs" }] },
    status: { origin: "govuk", release: "2026-08-21", asOf: "2026-08-20", lastAttempt: "2026-11-27T01:00:00.000Z", lastSuccess: "2026-11-27T01:00:00.000Z", lastError: null, liveRefresh: true, feedErrors: [] },
    notices: [], now: Date.parse("2026-11-27T03:00:00.000Z"),
    onToggle: vi.fn(), onToggleSite: vi.fn(), onSiteDrawMode: vi.fn(), onAddSite: vi.fn(), onReveal: vi.fn(), onOpenOptions: vi.fn(), onDismissNotices: vi.fn(),
    ...overrides,
  };
}

function mount(p: PopupViewProps): HTMLElement {
  const root = document.createElement("div");
  document.body.replaceChildren(root); // jsdom fires change events only on attached inputs
  render(<PopupView {...p} />, root);
  return root;
}

describe("PopupView", () => {
  it("shows freshness, findings and verdicts as symbol plus words", () => {
    const root = mount(props());
    expect(root.querySelector("[data-testid=freshness]")?.textContent).toBe("Home Office data to 20 Aug 2026 · checked 2 h ago");
    expect(root.textContent).toContain("On for bbc.co.uk");
    const claim = root.querySelector("[data-reveal=c1]")!;
    expect(claim.textContent).toContain("✗");
    expect(claim.textContent).toContain("Does not match the official figures");
  });

  it("says when Tidemark stopped on the page (issue 14), and still lists what it found", () => {
    const found = props().findings as Extract<PopupViewProps["findings"], { kind: "found" }>;
    const root = mount(props({ findings: { ...found, stopped: "too-much-work" } }));
    expect(root.querySelector("[data-testid=stopped]")?.textContent).toMatch(/this page is too large or changes too fast/);
    expect(root.querySelector("[data-reveal=m1]")).not.toBeNull();
    expect(mount(props()).querySelector("[data-testid=stopped]")).toBeNull();
  });

  it("calls back on toggles and reveal", () => {
    const p = props();
    const root = mount(p);
    (root.querySelector("[data-reveal=m1]") as HTMLButtonElement).click();
    expect(p.onReveal).toHaveBeenCalledWith("m1");
    (root.querySelectorAll("input[role=switch]")[1] as HTMLInputElement).click();
    expect(p.onToggleSite).toHaveBeenCalledWith(false);
  });

  it("offers the per-site highlighting mode and explains what not changing the page costs", () => {
    const p = props();
    const root = mount(p);
    const select = root.querySelector("[data-testid=draw-mode]") as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(["Automatic", "Mark the text", "Don’t change the page"]);
    expect(root.textContent).not.toContain("Alt+Shift+J");
    select.value = "ranges";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    expect(p.onSiteDrawMode).toHaveBeenCalledWith("ranges");
    const chosen = mount(props({ site: { kind: "listed", host: "www.bbc.co.uk", key: "bbc.co.uk", on: true, drawMode: "ranges" } }));
    expect((chosen.querySelector("[data-testid=draw-mode]") as HTMLSelectElement).value).toBe("ranges");
    expect(chosen.textContent).toContain("cannot take keyboard focus: use Alt+Shift+J");
    const off = mount(props({ site: { kind: "listed", host: "www.bbc.co.uk", key: "bbc.co.uk", on: false, drawMode: "auto" } }));
    expect((off.querySelector("[data-testid=draw-mode]") as HTMLSelectElement).disabled).toBe(true);
  });

  it("says what happens when the network is down: the error and that the last good data is kept", () => {
    const root = mount(props({
      status: { origin: "govuk", release: "2026-08-21", asOf: "2026-08-20", lastAttempt: "2026-11-27T02:59:00.000Z", lastSuccess: "2026-11-26T03:00:00.000Z",
        lastError: "Could not reach www.gov.uk: the network may be down.", liveRefresh: true, feedErrors: [] },
    }));
    expect(root.querySelector("[data-testid=refresh-error]")?.textContent).toMatch(/network may be down\. The last good data is still used\./);
    expect(root.querySelector("[data-testid=freshness]")?.textContent).toMatch(/data to 20 Aug 2026 · checked 24 h ago/);
  });

  it("offers to run on an unlisted site, and speaks French", () => {
    const p = props({ lang: "fr", site: { kind: "unlisted", host: "nice-matin.com" } });
    const root = mount(p);
    const button = [...root.querySelectorAll("button")].find((b) => b.textContent === "Activer Tidemark sur nice-matin.com")!;
    button.click();
    expect(p.onAddSite).toHaveBeenCalled();
  });
});
