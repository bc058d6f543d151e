// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { articleContext, articleContextInSlices } from "../../../dom/article-context";
import type { Pace } from "../../../dom/pace";
import { annotateDocument } from "../../../dom/annotate-document";
import { rangeForOffsets } from "../../../dom/text-snapshot";
import { bundledLookup } from "../../../core/detect/bundled-lookup";

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

describe("articleContext", () => {
  it.each<[string, string, string | null]>([
    ["JSON-LD datePublished", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-07-08T06:00:00+01:00"}</script>`, "2025-07-08"],
    ["JSON-LD @graph", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-10-26"}]}</script>`, "2024-10-26"],
    ["JSON-LD array", `<script type="application/ld+json">[{"@type":"Organization"},{"@type":"Article","datePublished":"2026-01-02T09:00:00Z"}]</script>`, "2026-01-02"],
    ["article:published_time", `<meta property="article:published_time" content="2025-07-01T07:30:00+01:00">`, "2025-07-01"],
    ["other meta", `<meta name="date" content="2025-05-12">`, "2025-05-12"],
    ["broken JSON-LD then time", `<script type="application/ld+json">{oops</script><article><time datetime="2025-06-01T10:00">1 June</time></article>`, "2025-06-01"],
    ["nothing", `<p>No date</p>`, null],
  ])("%s", (_name, head, published) => {
    expect(articleContext(doc(`<html lang="en"><head>${head}</head><body>${head.includes("<article") ? head : ""}<p>x</p></body></html>`)).published).toBe(published);
  });

  it.each<[string, string | null]>([
    [`<html lang="en-GB">`, "en"],
    [`<html lang="fr">`, "fr"],
    [`<html lang="de">`, null],
    [`<html>`, "fr"],
  ])("language of %s", (open, language) => {
    const d = doc(`${open}<body><article><p>Le nombre de personnes qui ont traversé la Manche est en hausse depuis le début de l'année.</p></article></body></html>`);
    expect(articleContext(d).language).toBe(language);
  });

  it("the article root is the largest article, or articleBody, main, body", () => {
    const d = doc(`<body><article id="teaser">short</article><main><article id="story"><p>${"long text ".repeat(20)}</p></article></main></body>`);
    expect(articleContext(d).root.id).toBe("story");
    const blog = doc(`<body><aside><article>teaser</article></aside><main><div id="feed">${'<article><p>entry text of a live blog post</p></article>'.repeat(5)}</div></main></body>`);
    expect(articleContext(blog).root.id).toBe("feed");
    const body = doc(`<body><main id="m"><div itemprop="articleBody" id="ab">text</div></main></body>`);
    expect(articleContext(body).root.id).toBe("ab");
  });
});

// Issue 15: on a long page the article is found in slices, with a turn for the page between them, and
// found exactly where the one-go search finds it.
describe("articleContextInSlices", () => {
  // A clock that says every slice is over its budget: it pauses at every step.
  function pace(stopAt = Infinity): Pace & { pauses: number } {
    let clock = 0;
    const p = {
      pauses: 0, budgetMs: 1, now: () => (clock += 1),
      pause: async () => ++p.pauses < stopAt,
    };
    return p;
  }
  const entries = (n: number) => Array.from({ length: n }, (_, i) =>
    `<section class="entry"><p>Entry ${i}: people crossed the Channel in small boats again today, officials said.</p></section>`).join("");
  const pages: [string, string][] = [
    ["a live blog of 900 entries in one article", `<html lang="en"><body><nav><p>${"menu link text here ".repeat(5)}</p></nav><article id="blog"><div id="entries">${entries(900)}</div></article></body></html>`],
    ["a live blog of 300 entries, each an article", `<html lang="en"><body><main id="m"><div id="feed">${entries(300).replaceAll("section", "article")}</div></main></body></html>`],
    ["a story outside its photo-gallery article", `<html lang="fr"><body><article id="gallery"><p>Photo</p></article><div id="story">${entries(40)}</div></body></html>`],
    ["a page with no paragraph", `<html><body><div id="x">Le nombre de personnes qui ont traversé la Manche est en hausse.</div></body></html>`],
  ];

  it.each(pages)("finds what the one-go search finds on %s, pausing on a long page", async (_, html) => {
    const d = doc(html);
    const p = pace();
    const sliced = await articleContextInSlices(d, p);
    expect(sliced).toEqual(articleContext(d));
    if (html.length > 50_000) expect(p.pauses).toBeGreaterThan(4);
  });

  it("gives up when the page's turn says the work is no longer wanted", async () => {
    expect(await articleContextInSlices(doc(pages[0]![1]), pace(2))).toBeNull();
  });
});

describe("annotateDocument", () => {
  const page = `<html lang="en"><head><meta property="article:published_time" content="2025-07-01T07:30:00+01:00"></head><body>
    <nav>Small boats live | Channel migrants explained</nav>
    <article><h1>Record half-year for <b>small</b> boats</h1>
    <p>Nearly 20,000 people crossed the Channel in the first six months of the year, the Home Office said.</p>
    <p>Migrants and asylum seekers boarded dinghies near Calais.</p>
    <aside class="related">Channel migrants: the story so far</aside></article>
    <footer>Small boats newsletter</footer></body></html>`;

  it("reads the article once, leaves page chrome out and maps offsets back to text nodes", () => {
    const result = annotateDocument(doc(page), bundledLookup());
    expect(result.relevant).toBe(true);
    expect(result.published).toBe("2025-07-01");
    expect(result.mentions.map((m) => m.text)).toEqual(["small boats", "crossed the Channel", "dinghies"]);
    const first = result.mentions[0]!;
    expect(rangeForOffsets(result.snapshot, first.start, first.end).map((p) => p.node.data.slice(p.start, p.end))).toEqual(["small", " boats"]);
    expect(result.claims[0]).toMatchObject({ value: 20000, verdict: "matches", official: { value: 19982 } });
  });

  it("a page without any stem stops at the gate, keeping its language and date", () => {
    const plain = `<html lang="fr"><head><meta property="article:published_time" content="2025-05-12"></head><body><article><p>Le budget des bibliothèques.</p></article></body></html>`;
    expect(annotateDocument(doc(plain), null)).toMatchObject({ language: "fr", published: "2025-05-12", relevant: false, snapshot: { text: "" } });
  });

  it("a trap page is not relevant and has no mentions", () => {
    const trap = `<html lang="en"><body><article><p>Crossing the Channel by train is quicker than the Dover to Calais ferry; Eurostar added trains.</p><p>Watch it on Channel 4.</p></article></body></html>`;
    expect(annotateDocument(doc(trap), null)).toMatchObject({ relevant: false, mentions: [], claims: [] });
  });
});
