// @vitest-environment jsdom
import { render } from "preact";
import { describe, expect, it, vi } from "vitest";
import { OptionsSources, type OptionsSourcesProps } from "../../../components/OptionsSources";

function props(overrides: Partial<OptionsSourcesProps> = {}): OptionsSourcesProps {
  return {
    lang: "en",
    sources: [
      { id: "a", publisher: "Home Office", title: "Series", tier: "official-operational", counts: "People detected arriving." },
      { id: "b", publisher: "Paper", title: "Story", tier: "press-report", counts: "" },
    ],
    hidden: ["b"], onToggleSource: vi.fn(),
    live: { enabled: true, intervalHours: 24 }, onLive: vi.fn(),
    status: { origin: "bundled", release: "2026-08-21", asOf: "2026-08-20", lastAttempt: "2026-11-27T02:00:00.000Z", lastSuccess: null, lastError: "Could not reach www.gov.uk: the network may be down.", liveRefresh: true, feedErrors: [] },
    refreshing: false, onRefreshNow: vi.fn(),
    feeds: [{ id: "feed-abcdef", url: "https://example.org/f.json", name: "F", enabled: true, addedAt: "2026-11-01T00:00:00.000Z" }],
    feedStatus: { "feed-abcdef": { lastAttempt: "2026-11-27T02:00:00.000Z", lastSuccess: "2026-11-26T02:00:00.000Z", lastError: "example.org answered HTTP 500." } },
    feedsNeedingAccess: [], draft: { kind: "idle" },
    onCheckFeed: vi.fn(), onSaveFeed: vi.fn(), onCancelFeed: vi.fn(), onToggleFeed: vi.fn(), onRefreshFeed: vi.fn(), onRemoveFeed: vi.fn(), onGrantFeed: vi.fn(),
    now: Date.parse("2026-11-27T03:00:00.000Z"),
    ...overrides,
  };
}

function mount(p: OptionsSourcesProps): HTMLElement {
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  render(<OptionsSources {...p} />, root);
  return root;
}

describe("OptionsSources", () => {
  it("groups sources by tier with counts of those shown", () => {
    const root = mount(props());
    const summaries = [...root.querySelectorAll("summary")].map((s) => s.textContent);
    expect(summaries).toEqual(["Official operational data (provisional) · 1 of 1 shown", "Press report · 0 of 1 shown"]);
  });

  it("shows GOV.UK and feed errors with the data still in use", () => {
    const root = mount(props());
    expect(root.querySelector("[data-testid=govuk-error]")?.textContent).toBe(
      "Last refresh failed: Could not reach www.gov.uk: the network may be down. The last good data is still used.",
    );
    expect(root.querySelector("[data-testid=options-freshness]")?.textContent).toMatch(/Using bundled data to 20 Aug 2026/);
    expect(root.querySelector("[data-testid=feed-status-error]")?.textContent).toMatch(/HTTP 500\. The last good copy is still used\./);
  });

  it("submits the feed address and shows a preview to save", () => {
    const p = props();
    const root = mount(p);
    const input = root.querySelector("#feed-url") as HTMLInputElement;
    input.value = " https://example.org/new.json ";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    (root.querySelector("form") as HTMLFormElement).dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    expect(p.onCheckFeed).toHaveBeenCalledWith("https://example.org/new.json");
    const withPreview = props({ draft: { kind: "preview", url: "https://example.org/new.json", preview: { title: "T", publisher: "P", sources: [], figures: [{ id: "x", topic: "deaths", label: "L", value: "3 people" }] } } });
    const root2 = mount(withPreview);
    expect(root2.querySelector("[data-testid=feed-preview]")?.textContent).toMatch(/T by P.*1 figure from 0 sources.*L: 3 people/s);
    (root2.querySelector("[data-testid=feed-preview] button") as HTMLButtonElement).click();
    expect(withPreview.onSaveFeed).toHaveBeenCalled();
  });
});
