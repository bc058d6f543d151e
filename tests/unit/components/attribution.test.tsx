// @vitest-environment jsdom
import { render, type ComponentChild } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OGL, OglAttribution, usesOgl } from "../../../components/Attribution";
import { OptionsAbout } from "../../../components/OptionsAbout";
import { Popover } from "../../../components/Popover";
import { buildCard } from "../../../core/card/build-card";
import { bundledDataset } from "../../../core/data/bundled";

// Issue 16: the Open Government Licence asks for its attribution statement, with a link to the licence,
// wherever the data is shown: the popover's sources and the options page's About section.
const STATEMENT = "Contains public sector information licensed under the Open Government Licence v3.0.";
const LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement("div");
  document.body.append(root);
  render(node, root);
  return root;
}

/** The attribution paragraph's text (the screen-reader hint left out) and its link. */
function attribution(root: HTMLElement): { text: string; href: string | null; lang: string | null } | null {
  const p = root.querySelector<HTMLElement>("[data-testid=ogl-attribution]");
  if (!p) return null;
  const copy = p.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(".visually-hidden").forEach((n) => n.remove());
  return { text: copy.textContent ?? "", href: p.querySelector("a")?.getAttribute("href") ?? null, lang: p.getAttribute("lang") };
}

describe("OGL attribution", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("is the licence's own statement, word for word, linked to the licence", () => {
    expect(OGL.statement).toBe(STATEMENT);
    expect(OGL.url).toBe(LICENCE_URL);
    const shown = attribution(mount(<OglAttribution newTabHint={{ lang: "fr", text: "(s’ouvre dans un nouvel onglet)" }} />));
    expect(shown).toEqual({ text: STATEMENT, href: LICENCE_URL, lang: "en" });
  });

  it.each(["en", "fr"] as const)("is on a %s popover whose figures come from the Home Office series", (language) => {
    const card = buildCard(bundledDataset(), { topic: "arrivals", language, published: "2025-07-01", today: "2026-11-27" });
    expect(card.sources.find((s) => s.publisher === "Home Office")?.licence).toBe(OGL.name);
    const root = mount(<Popover content={{ state: "ready", card }} onClose={vi.fn()} onCopy={vi.fn()} />);
    expect(attribution(root)).toEqual({ text: STATEMENT, href: LICENCE_URL, lang: "en" });
    // It sits with the sources, after their list.
    expect(root.querySelector(".tm-sources [data-testid=ogl-attribution]")).not.toBeNull();
  });

  it("is left out of a popover none of whose sources is under the OGL", () => {
    const card = buildCard(bundledDataset(), { topic: "arrivals", language: "en", published: "2025-07-01", today: "2026-11-27" });
    const press = { ...card, sources: card.sources.map((s) => ({ ...s, licence: undefined })) };
    expect(usesOgl(press.sources)).toBe(false);
    expect(attribution(mount(<Popover content={{ state: "ready", card: press }} onClose={vi.fn()} onCopy={vi.fn()} />))).toBeNull();
  });

  it.each(["en", "fr"] as const)("is in the options page's About section (%s), with the version", (lang) => {
    const root = mount(<OptionsAbout lang={lang} version="1.2.3" />);
    expect(attribution(root)).toEqual({ text: STATEMENT, href: LICENCE_URL, lang: "en" });
    expect(root.querySelector("[data-testid=about-version]")?.textContent).toBe("Tidemark 1.2.3");
    expect(root.querySelector("h2")?.textContent).toBe(lang === "fr" ? "À propos" : "About");
  });
});
