import { createRng, type Rng } from "./prng";
import type { HostilePageId } from "./hostile";
import { CLAIM_COUNT, claimSentence, figureSentence, fillerHeadline, fillerParagraph, fillerSentence, mentionSentence } from "./prose";

/**
 * The four benchmark pages of issue 7, generated deterministically (seeded PRNG): the same bytes on
 * every machine and run. Each is a realistic news page: nav, header, byline, dates in meta tags and
 * JSON-LD, the article, related links, footer.
 */

/** The id of a benchmark page (the four of issue 7, and issue 14's hostile pages: bench/hostile.ts). */
export type PageId = "article" | "liveblog" | "nomention" | "appending" | "figureblog" | HostilePageId;

/** One generated page. */
export interface BenchPage {
  id: PageId;
  /** Served at this path. */
  path: string;
  title: string;
  html: string;
  /** Mention sentences the generator wrote (a claim sentence counts as a claim, not here). */
  mentionSentences: number;
  claimSentences: number;
  /** Page 4: how many paragraphs the page appends once started, and how often. */
  appends?: { count: number; everyMs: number };
}

const PUBLISHED = "2025-07-08T09:30:00+01:00";

/** Options for the generators (the smoke run shortens page 4). */
export interface PageOptions {
  /** Page 4: how long it keeps appending, in ms (issue 7: 10 s). */
  appendForMs?: number;
}

/** The four pages of issue 7 and issue 15's figure-heavy live blog, in the order the bench reports them. */
export function generatePages(options: PageOptions = {}): BenchPage[] {
  return [articlePage(), liveBlogPage(), noMentionPage(), appendingPage(options.appendForMs ?? 10_000), figureBlogPage()];
}

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function shell(opts: { title: string; lang?: string; body: string; script?: string; section: string }): string {
  const jsonLd = JSON.stringify({
    "@context": "https://schema.org", "@type": "NewsArticle", headline: opts.title,
    datePublished: PUBLISHED, author: { "@type": "Person", name: "Staff reporter" },
  });
  const nav = ["Home", "News", "UK", "World", "Business", "Politics", "Sport", "Culture", "Weather"]
    .map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`).join("");
  const related = ["Council budget vote delayed again", "What the new rail timetable means for you",
    "Five things we learned from the inquiry", "Weather: heavy rain expected in the west"]
    .map((t, i) => `<li><a href="/related/${i}">${esc(t)}</a></li>`).join("");
  return `<!doctype html>
<html lang="${opts.lang ?? "en"}">
<head>
<meta charset="utf-8">
<title>${esc(opts.title)} | The Daily Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${PUBLISHED}">
<meta property="article:section" content="${opts.section}">
<script type="application/ld+json">${jsonLd}</script>
<style>
body{font:18px/1.6 Georgia,serif;margin:0;color:#1a1a1a}header,footer{background:#f4f1ea;padding:12px 24px}
nav ul{display:flex;gap:16px;list-style:none;margin:0;padding:0}main{display:flex;gap:32px;max-width:1100px;margin:0 auto;padding:24px}
article{flex:1;max-width:680px}aside{width:280px;font-size:15px}.entry{border-top:1px solid #ddd;padding-top:8px}
.byline{color:#555;font-size:15px}time{color:#777}
</style>
</head>
<body>
<header><strong>The Daily Ledger</strong><nav aria-label="Sections"><ul>${nav}</ul></nav></header>
<main>
${opts.body}
<aside aria-label="Related"><h2>Related</h2><ul>${related}</ul></aside>
</main>
<footer><p>© The Daily Ledger. A fictional newspaper generated for Tidemark's benchmark.</p></footer>
${opts.script ? `<script>${opts.script}</script>` : ""}
</body>
</html>
`;
}

function articleHead(title: string, standfirst: string): string {
  return `<h1>${esc(title)}</h1>
<p class="standfirst">${esc(standfirst)}</p>
<p class="byline">By a staff reporter · <time datetime="${PUBLISHED}">8 July 2025</time></p>`;
}

/**
 * Page 1: a ~50 KB article with about 20 mentions and 8 claims. The claims and mentions are spread
 * evenly through the text, the rest is filler that names no Tidemark term.
 */
export function articlePage(): BenchPage {
  const rng = createRng(0x7a1de001);
  const paragraphs: string[] = [];
  const MENTIONS = 20;
  const PARAGRAPHS = 80;
  // Which paragraphs carry a claim (8) and a mention (20): spread evenly, deterministic.
  const claimAt = new Map<number, number>();
  for (let i = 0; i < CLAIM_COUNT; i++) claimAt.set(3 + i * 9, i);
  const mentionAt = new Set<number>();
  for (let i = 0; i < MENTIONS; i++) mentionAt.add(1 + Math.floor((i * PARAGRAPHS) / MENTIONS));
  let mentions = 0;
  for (let p = 0; p < PARAGRAPHS; p++) {
    const sentences = [fillerParagraph(rng, rng.int(5, 7), true)];
    if (mentionAt.has(p)) { sentences.splice(rng.int(0, 1), 0, mentionSentence(rng)); mentions++; }
    const claim = claimAt.get(p);
    if (claim !== undefined) sentences.unshift(claimSentence(claim));
    paragraphs.push(`<p>${esc(sentences.join(" "))}</p>`);
    if (p > 0 && p % 18 === 0) paragraphs.push(`<h2>${esc(fillerHeadline(rng))}</h2>`);
  }
  const title = "Ministers under pressure as summer arrivals rise";
  const body = `<article>
${articleHead(title, "Figures published this week show the government's plans have yet to change the picture on the coast.")}
${paragraphs.join("\n")}
</article>`;
  return {
    id: "article", path: "/article.html", title: "50 KB article",
    html: shell({ title, body, section: "Politics" }), mentionSentences: mentions, claimSentences: CLAIM_COUNT,
  };
}

/** A live-blog entry: time, headline, one to three paragraphs; `mention` puts one mention sentence in. */
function liveEntry(rng: Rng, minute: number, mention: boolean, policy: boolean): string {
  const hh = String(8 + Math.floor(minute / 60) % 14).padStart(2, "0");
  const mm = String(minute % 60).padStart(2, "0");
  const paras = Array.from({ length: rng.int(1, 3) }, () => fillerParagraph(rng, rng.int(2, 4), policy));
  if (mention) {
    const i = rng.int(0, paras.length - 1);
    paras[i] = `${paras[i]} ${mentionSentence(rng)}`;
  }
  return `<section class="entry"><time datetime="2025-07-08T${hh}:${mm}">${hh}:${mm}</time><h3>${esc(fillerHeadline(rng))}</h3>${paras.map((p) => `<p>${esc(p)}</p>`).join("")}</section>`;
}

/** Entries until the page reaches `bytes`; every `mentionEvery`-th entry (on average) has a mention. */
function liveBlogBody(rng: Rng, bytes: number, mentionRate: number, policy: boolean, title: string, standfirst: string) {
  const entries: string[] = [];
  let size = 0;
  let mentions = 0;
  for (let minute = 0; size < bytes; minute++) {
    const mention = mentionRate > 0 && rng.next() < mentionRate;
    if (mention) mentions++;
    const entry = liveEntry(rng, minute, mention, policy);
    entries.push(entry);
    size += entry.length;
  }
  const body = `<article class="live-blog">
${articleHead(title, standfirst)}
<div class="entries">
${entries.join("\n")}
</div>
</article>`;
  return { body, mentions };
}

const TWO_MB = 2 * 1024 * 1024;

/** Page 2: a 2 MB live blog with about 800 mentions. */
export function liveBlogPage(): BenchPage {
  const rng = createRng(0x7a1de002);
  const title = "Live: Home Office figures, reaction and the day in Westminster";
  // ~3,000 entries of ~650 bytes fill 2 MB; one in four carries a mention, so ~800 in all.
  const { body, mentions } = liveBlogBody(rng, TWO_MB - 6_000, 0.26, true, title,
    "Follow the day's developments as they happen, with reaction from MPs, charities and officials.");
  return {
    id: "liveblog", path: "/liveblog.html", title: "2 MB live blog",
    html: shell({ title, body, section: "Politics" }), mentionSentences: mentions, claimSentences: 0,
  };
}

/** Page 3: a 2 MB live blog about local news that never names a Tidemark term. */
export function noMentionPage(): BenchPage {
  const rng = createRng(0x7a1de003);
  const title = "Live: council budget day, rail works and the weather";
  const { body } = liveBlogBody(rng, TWO_MB - 6_000, 0, false, title,
    "Updates through the day from the town hall, the railways and the forecasters.");
  return {
    id: "nomention", path: "/nomention.html", title: "2 MB page, no mention",
    html: shell({ title, body, section: "UK" }), mentionSentences: 0, claimSentences: 0,
  };
}

/**
 * Page 4: a short relevant article that, once `window.__benchStartAppending()` is called, appends a
 * paragraph with one mention every 50 ms for `forMs` ms. Each appended paragraph records when it went in
 * (`window.__benchAppended[i]`), so the harness can measure append → highlighted.
 */
export function appendingPage(forMs: number): BenchPage {
  const rng = createRng(0x7a1de004);
  const EVERY_MS = 50;
  const count = Math.floor(forMs / EVERY_MS);
  const intro = Array.from({ length: 8 }, (_, i) =>
    `<p>${esc(i % 3 === 1 ? `${fillerSentence(rng, true)} ${mentionSentence(rng)}` : fillerParagraph(rng, 3, true))}</p>`);
  const texts = Array.from({ length: count }, () => `${fillerSentence(rng, true)} ${mentionSentence(rng)}`);
  const title = "Live: arrivals on the coast as the weather clears";
  const body = `<article class="live-blog">
${articleHead(title, "Updates as they come in.")}
${intro.join("\n")}
<div class="entries" id="live"></div>
</article>`;
  // Plain ES5-style script: the page's own code, in the main world. No Tidemark terms in identifiers.
  const script = `(function () {
  var texts = ${JSON.stringify(texts)};
  window.__benchAppended = [];
  window.__benchStartAppending = function () {
    var i = 0, live = document.getElementById("live");
    var timer = setInterval(function () {
      if (i >= texts.length) { clearInterval(timer); window.__benchAppendDone = true; return; }
      var p = document.createElement("p");
      p.setAttribute("data-bench-append", String(i));
      p.textContent = texts[i];
      live.appendChild(p);
      window.__benchAppended.push(performance.now());
      i++;
    }, ${EVERY_MS});
  };
})();`;
  return {
    id: "appending", path: "/appending.html", title: "appends a paragraph every 50 ms",
    html: shell({ title, body, script, section: "UK" }),
    mentionSentences: 3 + count, claimSentences: 0, appends: { count, everyMs: EVERY_MS },
  };
}

/** How many entries the figure-heavy live blog has (issue 15: 1,500 entries, each stating a figure). */
export const FIGURE_BLOG_ENTRIES = 1_500;

/**
 * Issue 15's figure-heavy live blog: 1,500 entries, every one of them stating a figure next to a
 * mention (a day of arrivals reported boat by boat), so that claim reading and thousands of highlight
 * writes dominate. About 0.5 MB.
 */
export function figureBlogPage(): BenchPage {
  const rng = createRng(0x7a1de015);
  const entries: string[] = [];
  for (let i = 0; i < FIGURE_BLOG_ENTRIES; i++) {
    const minute = FIGURE_BLOG_ENTRIES - i;
    const hh = String(6 + Math.floor(minute / 60) % 16).padStart(2, "0");
    const mm = String(minute % 60).padStart(2, "0");
    const sentences = [figureSentence(rng), fillerParagraph(rng, rng.int(1, 2), true)];
    if (rng.next() < 0.3) sentences.splice(1, 0, mentionSentence(rng));
    entries.push(`<section class="entry"><time datetime="2025-07-08T${hh}:${mm}">${hh}:${mm}</time><h3>${esc(fillerHeadline(rng))}</h3><p>${esc(sentences.join(" "))}</p></section>`);
  }
  const title = "Live: arrivals on the coast, boat by boat";
  const body = `<article class="live-blog">
${articleHead(title, "Every boat, every figure, as officials report them through the day.")}
<div class="entries">
${entries.join("\n")}
</div>
</article>`;
  return {
    id: "figureblog", path: "/figureblog.html", title: "live blog, a figure in every entry (1,500 entries)",
    html: shell({ title, body, section: "UK" }), mentionSentences: FIGURE_BLOG_ENTRIES, claimSentences: FIGURE_BLOG_ENTRIES,
  };
}
