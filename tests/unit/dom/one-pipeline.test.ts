// One pipeline (issue 12): the content script's detection (coreDetection's snapshot, read by the page kit's
// mentionsInSnapshot + coreClaims)
// finds exactly what the annotate command reports, on every article of our corpus, so the figures the
// README gives are what readers get. And the article root is where the story's paragraphs are.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { annotateDocument } from "../../../dom/annotate-document";
import { articleRoot } from "../../../dom/article-context";
import { coreClaims } from "../../../dom/core-claims";
import { coreDetection } from "../../../dom/core-detection";
import type { Pace } from "../../../dom/pace";
import { mentionsInSnapshot } from "../../../dom/core-mentions";
import { readText } from "../../../core/detect/read-text";

const DIR = join(import.meta.dirname, "../../fixtures/articles");
const pages = readdirSync(DIR).filter((f) => f.endsWith(".html")).sort();

function parse(html: string): Document {
  return new JSDOM(html, { url: "https://example.test/a" }).window.document as unknown as Document;
}

const oneGo: Pace = { budgetMs: Number.POSITIVE_INFINITY, now: () => 0, pause: async () => true };

describe("one pipeline for the content script and the annotate command", () => {
  it.each(pages)("%s: same mentions and claims", async (file) => {
    const html = readFileSync(join(DIR, file), "utf8");
    const cli = annotateDocument(parse(html), null);
    const detection = coreDetection();
    const doc = parse(html);
    // Both stop at the same cheap gate on the page's text.
    expect(detection.relevant(doc.body.textContent ?? "")).toBe(cli.snapshot.text !== "");
    if (cli.snapshot.text === "") return;
    // The content script reads in slices (a pace that never pauses here): the same article, the same text.
    const article = (await detection.article(doc, oneGo))!;
    const snapshot = (await detection.snapshot(article.root, oneGo))!;
    const mentions = mentionsInSnapshot(snapshot, article, "article");
    const claims = mentions.length > 0 ? coreClaims(snapshot, article, mentions) : [];
    expect(snapshot.text).toBe(cli.snapshot.text);
    expect(mentions.map((m) => m.text)).toEqual(cli.relevant ? cli.mentions.map((m) => m.text) : []);
    expect(claims.map((c) => c.text)).toEqual(cli.relevant ? cli.claims.map((c) => c.text) : []);
    // The background reads the same text the same way (readText, issue 15): same mentions, same claims.
    const background = readText(snapshot.text, { language: article.language ?? "en", published: article.published }, "article");
    expect(background.mentions.map(({ start, end, topic }) => ({ start, end, topic }))).toEqual(mentions.map(({ start, end, topic }) => ({ start, end, topic })));
    expect(background.claims.map(({ start, end, topic, claim }) => ({ start, end, topic, claim }))).toEqual(claims.map(({ start, end, topic, claim }) => ({ start, end, topic, claim })));
  });
});

describe("the article root", () => {
  const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story, long enough to count as the text a reader came for.</p>`).join("");

  it("is the story's paragraphs when the <article> holds only a photo gallery", () => {
    const d = parse(`<body><header><nav><a href="/">Home</a></nav></header><article id="gallery"><figure><img alt=""><figcaption>Boats at dawn</figcaption></figure></article><div id="story">${paragraphs(6)}</div><footer>© Paper</footer></body>`);
    expect(articleRoot(d).id).toBe("story");
  });

  it("is the <article> when it holds the story (its headline with it)", () => {
    const d = parse(`<body><article id="story"><h1>Headline</h1><div class="body">${paragraphs(6)}</div></article><aside>${paragraphs(2)}</aside></body>`);
    expect(articleRoot(d).id).toBe("story");
  });

  it("is the longer teaser-free story when related teasers sit in asides", () => {
    const d = parse(`<body><main><article id="story">${paragraphs(5)}</article></main><aside><article>${paragraphs(1)}</article></aside></body>`);
    expect(articleRoot(d).id).toBe("story");
  });
});
