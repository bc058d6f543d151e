// @vitest-environment jsdom
import { render } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildCard } from "../../../core/card/build-card";
import { verdictWords } from "../../../core/card/verdict-words";
import { bundledDataset } from "../../../core/data/bundled";
import type { ClaimCheck } from "../../../core/detect/verdicts";
import { Popover } from "../../../components/Popover";
import { PopupView, type PopupViewProps } from "../../../components/PopupView";

// Issue 13: cards show what was known on the article's date first, later figures apart and labelled.
const data = bundledDataset();
const base = { language: "en", today: "2026-11-27" } as const;
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("cards as of the article", () => {
  it("an article of October 2024 shows no 2024 or 2025 toll as if it were known then; later tolls are labelled", () => {
    const card = buildCard(data, { ...base, topic: "deaths", published: "2024-10-26" });
    const shownThen = card.deaths?.rows ?? [];
    expect(shownThen.every((r) => !/^202[45]/.test(r.period))).toBe(true);
    expect(card.later?.title).toBe("Published after this article");
    const later = card.later!.deaths;
    expect(later.map((r) => r.period)).toEqual(expect.arrayContaining([expect.stringMatching(/^2024 · published/), expect.stringMatching(/^2025 · published 30 January 2026$/)]));
    expect(card.background ?? "").not.toMatch(/2024|2025/);
  });

  it("death rows carry their period and publication date", () => {
    const card = buildCard(data, { ...base, topic: "deaths", published: "2025-03-01" });
    const rows = card.deaths!.rows;
    expect(rows.map((r) => [r.source, r.value])).toEqual(expect.arrayContaining([
      ["Préfecture maritime de la Manche et de la mer du Nord", "72"],
      ["Refugee Council", "69"],
      ["Office de lutte contre le trafic illicite de migrants (OLTIM)", "78"],
    ]));
    expect(rows.find((r) => r.value === "72")!.period).toBe("2024 · published February 2025");
    // The freshness line names the newest figure the card shows (here the 2025 toll, shown apart as later).
    expect(card.freshness).toBe("Newest figure shown: Préfecture maritime de la Manche et de la mer du Nord, published 30 January 2026");
  });

  it("2021's deaths are the year's 31, not the 27 of one sinking", () => {
    const card = buildCard(data, { ...base, topic: "deaths", published: "2022-06-01" });
    expect(card.deaths!.rows.map((r) => r.value)).toEqual(["31"]);
    expect(card.deaths!.rows[0]!.period).toMatch(/^2021 · /);
    expect(card.deaths!.rows[0]!.counts).toMatch(/4 more people are recorded as missing/);
  });

  it("an article of 5 January 2026 leads with the whole of 2025 (41,472)", () => {
    const card = buildCard(data, { ...base, topic: "arrivals", published: "2026-01-05" });
    expect(card.figures[0]).toMatchObject({ label: "Whole of 2025", value: "41,472" });
    expect(card.figures[1]!.label).toBe("2026 so far");
    expect(card.chart!.bars.at(-1)).toMatchObject({ label: "2025", value: 41_472 });
  });

  it("a returns card of December 2025 shows the totals known then, the January total apart", () => {
    const card = buildCard(data, { ...base, topic: "returns-deal", published: "2025-12-20" });
    expect(card.figures.map((f) => f.value)).toContain("193 returned to France · 195 admitted to the UK");
    expect(card.later!.figures.map((f) => f.value)).toContain("281 returned to France · 350 admitted to the UK");
    expect(card.figures.find((f) => f.value.startsWith("193"))!.note).toMatch(/transcript was not opened/);
  });

  it("a maximum sentence reads in years, in both languages", () => {
    const en = buildCard(data, { ...base, topic: "law-2025", published: "2026-02-01" });
    const fr = buildCard(data, { ...base, language: "fr", topic: "law-2025", published: "2026-02-01" });
    expect(en.figures.find((f) => /Maximum sentence/.test(f.label))!.value).toBe("5 years maximum prison term · 6 years for someone entering in breach of a deportation order");
    expect(plain(fr.figures.find((f) => /Peine maximale/.test(f.label))!.value)).toMatch(/^5 ans d['’]emprisonnement au maximum · 6 ans pour /);
  });

  it("status and caveat notes are on the card; money is called a commitment", () => {
    const card = buildCard(data, { ...base, topic: "payments-france", published: "2023-04-01" });
    expect(card.title).toBe("UK funding committed to France");
    const deal = card.figures.find((f) => /541/.test(f.label))!;
    expect(deal.status).toBe("Seen in a copy that names the original");
    expect(deal.note).toMatch(/exchange rate/);
    const source = card.sources.find((s) => s.id === "uk-france-summit-2023-03-10")!;
    expect(source.via).toMatchObject({ publisher: "The Independent", url: expect.stringMatching(/^https:\/\//) });
  });
});

describe("French as a French reader reads it", () => {
  it("a no-break space before the colon, guillemets, and articles before institutions", () => {
    const card = buildCard(data, { ...base, language: "fr", topic: "deaths", published: "2026-03-01" });
    expect(card.citation).toContain("Source\u00a0: ");
    expect(card.citation).toMatch(/«\u00a0.+\u00a0»/);
    expect(card.citation).not.toMatch(/[“”]/);
    expect(card.freshness).toBe("Chiffre le plus récent affiché\u00a0: La Préfecture maritime de la Manche et de la mer du Nord, publié le 30 janvier 2026");
    const cps = buildCard(data, { ...base, language: "fr", topic: "law-2025", published: "2026-03-01" });
    expect(cps.freshness).toMatch(/Crown Prosecution Service|legislation\.gov\.uk/);
  });

  it("names the Rwanda law and scheme as British, not Rwandan", () => {
    const card = buildCard(data, { ...base, language: "fr", topic: "rwanda", published: "2026-03-01" });
    expect(card.background).not.toMatch(/sûreté du Rwanda|programme rwandais/);
    expect(card.title).toBe("Le plan britannique d’expulsions vers le Rwanda");
  });
});

describe("one verdict vocabulary", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });
  const mount = (node: preact.ComponentChild) => {
    const root = document.createElement("div");
    document.body.append(root);
    render(node, root);
    return root;
  };

  it.each(["en", "fr"] as const)("a disputed claim reads the same in the popup and the popover (%s)", (lang) => {
    const check: ClaimCheck = {
      verdict: "disputed",
      sources: [{ value: 72, period: { start: "2024-01-01", end: "2024-12-31" }, source: "Préfecture maritime", sourceId: "premar-bilan-2024", asOf: "2024-12-31" }],
      explanation: "Sources differ.",
    };
    const card = buildCard(data, { ...base, language: lang, topic: "deaths", published: "2025-03-01", claim: { text: "72 people died", check } });
    const popover = mount(<Popover content={{ state: "ready", card }} onClose={vi.fn()} onCopy={vi.fn()} />);
    const popup = mount(<PopupView {...popupProps(lang)} />);
    const words = verdictWords("disputed", lang);
    const heading = popover.querySelector(".tm-verdict")!.textContent!;
    const item = popup.querySelector("[data-reveal=c1]")!.textContent!;
    expect(heading).toBe(`${words.symbol}${words.label}`);
    expect(item).toContain(words.symbol);
    expect(item).toContain(words.label);
    expect(card.citation).toContain(words.cited);
    expect(heading).not.toMatch(/could not be checked|non vérifiable/);
  });
});

function popupProps(lang: "en" | "fr"): PopupViewProps {
  return {
    lang, enabled: true, site: { kind: "listed", host: "www.example.org", key: "example.org", on: true, drawMode: "auto" },
    findings: { kind: "found", mentions: [], claims: [{ id: "c1", text: "72 people died", verdict: "disputed" }] },
    status: null, notices: [], now: Date.now(),
    onToggle: vi.fn(), onToggleSite: vi.fn(), onSiteDrawMode: vi.fn(), onAddSite: vi.fn(), onReveal: vi.fn(), onOpenOptions: vi.fn(), onDismissNotices: vi.fn(),
  };
}
