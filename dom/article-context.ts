/**
 * What a page says about itself: its language, publication date and main text region (issue 4).
 * Reads the document given; writes nothing.
 */
import type { ISODate } from "../core/detect/periods";
import { detectLanguage, type Language } from "../core/detect/language";
import { readInSlices, type Pace } from "./pace";
import { takeSnapshot } from "./text-snapshot";

/** Language, publication date and the element holding the article text. */
export interface ArticleContext {
  language: Language | null;
  published: ISODate | null;
  root: Element;
}

/** Page chrome left out of the article text on top of the snapshot's own exclusions. */
export const ARTICLE_CHROME_SELECTOR =
  "nav, header:not(article header), footer, aside, form, [role=navigation], [role=banner], [role=contentinfo], " +
  "[role=complementary], #comments, .comments, [id^=comments], [class*=related], [class*=newsletter], [class*=share]";

// Candidates for the main text region, most specific first.
const ROOT_SELECTORS = ["[itemprop=articleBody]", "article", "main", "[role=main]"];

// Meta tags carrying a publication date, in order of trust.
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="sailthru.date"]',
  'meta[property="og:published_time"]',
];

/** Language, publication date and article root of `doc`. */
export function articleContext(doc: Document): ArticleContext {
  return runToEnd(articleSteps(doc));
}

/**
 * The same, in slices that leave the page a turn between them (issue 15: on a 2 MB live blog, finding the
 * story's paragraphs was one step of ≈ 25 ms at 1× and ≈ 85 ms at 4× CPU slowdown). Null: abandoned.
 */
export async function articleContextInSlices(doc: Document, pace: Pace): Promise<ArticleContext | null> {
  const steps = articleSteps(doc);
  let found: ArticleContext | null = null;
  const outcome = await readInSlices((perCheck) => {
    for (let i = 0; i < perCheck; i++) {
      const next = steps.next();
      if (next.done) {
        found = next.value;
        return true;
      }
    }
    return false;
  }, 1, pace);
  return outcome === "done" ? found : null;
}

// Finding the article, one step between two `yield`s (each a place the work may pause).
function* articleSteps(doc: Document): Generator<void, ArticleContext> {
  const candidate = yield* candidateRootSteps(doc);
  yield;
  const dense = yield* densestBlockSteps(doc);
  const root = !dense || candidate.contains(dense) || dense.contains(candidate) ? candidate : dense;
  yield;
  return { language: pageLanguage(doc, root), published: publishedDate(doc, root), root };
}

function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The element holding the article text (issue 12): where the story's paragraphs are. The longest
 * article-like candidate (`articleBody`, `<article>`, `<main>`) is used when it holds them; on real sites an
 * `<article>` can hold only a photo gallery or a teaser while the story's paragraphs sit outside it, and
 * then the block with the most paragraph text is the root instead.
 */
export function articleRoot(doc: Document): Element {
  return runToEnd(articleSteps(doc)).root;
}

// Paragraphs counted to find the story (a live blog has thousands; the first ones tell where the story is).
const MAX_PARAGRAPHS = 2000;
// Shorter paragraphs are captions, bylines and buttons.
const MIN_PARAGRAPH = 40;

// Candidates whose text is measured between two places the work may pause (a live blog's entries can each be one).
const CANDIDATES_PER_STEP = 64;
// Paragraphs read between two places the work may pause (≈ 1 ms at 1× on the live blog).
const PARAGRAPHS_PER_STEP = 128;

/** The element whose paragraphs (and those of its children and grandchildren) hold the most text. */
function* densestBlockSteps(doc: Document): Generator<void, Element | null> {
  const body = doc.body;
  if (!body) return null;
  const scores = new Map<Element, number>();
  const inChrome = within(ARTICLE_CHROME_SELECTOR);
  const paragraphs = body.getElementsByTagName("p");
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    if (i > 0 && i % PARAGRAPHS_PER_STEP === 0) yield;
    const p = paragraphs[i]!;
    const length = (p.textContent ?? "").trim().length;
    if (length < MIN_PARAGRAPH || inChrome(p)) continue;
    // A paragraph counts fully for its parent, half for the grandparent, a quarter above.
    let weight = 1;
    for (let el = p.parentElement, depth = 0; el && el !== doc.documentElement && depth < 3; el = el.parentElement, depth++, weight /= 2) {
      scores.set(el, (scores.get(el) ?? 0) + length * weight);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) if (score > bestScore) [best, bestScore] = [el, score];
  return best;
}

/**
 * `el.closest(selector) !== null`, known once per element: a live blog's thousands of paragraphs and entries
 * share a few ancestors, and `closest()` from each matched every ancestor against the selector again.
 */
function within(selector: string): (el: Element | null) => boolean {
  const known = new Map<Element, boolean>();
  const test = (el: Element | null): boolean => {
    if (!el) return false;
    let answer = known.get(el);
    if (answer === undefined) {
      answer = el.matches(selector) || test(el.parentElement);
      known.set(el, answer);
    }
    return answer;
  };
  return test;
}

/** The longest article-like candidate, else the body. */
function* candidateRootSteps(doc: Document): Generator<void, Element> {
  const inCards = within("aside, nav, footer, [role=complementary]");
  for (const selector of ROOT_SELECTORS) {
    // Cards in asides, navigation and footers are never the story.
    const found = Array.from(doc.querySelectorAll(selector)).filter((el) => !inCards(el.parentElement));
    if (found.length === 0) continue;
    // One candidate is the candidate: its text is not read to be compared with nothing (on a 2 MB live blog
    // in one <article>, that `textContent` alone was ≈ 30 ms at 1× and ≈ 120 ms at 4× CPU slowdown, issue 15).
    if (found.length === 1) return found[0]!;
    // Several <article>s: teasers and related cards around one story (the one with most text), or the
    // entries of a live blog (no entry dominates: their common ancestor holds the story).
    let best = found[0]!;
    let bestLength = -1;
    let total = 0;
    for (const [i, el] of found.entries()) {
      if (i > 0 && i % CANDIDATES_PER_STEP === 0) yield;
      const length = el.textContent?.length ?? 0;
      total += length;
      if (length > bestLength) [best, bestLength] = [el, length];
    }
    if (found.length > 2 && bestLength < total / 2) return commonAncestor(found) ?? best;
    return best;
  }
  return doc.body ?? doc.documentElement;
}

// The deepest element containing all of `elements`.
function commonAncestor(elements: Element[]): Element | null {
  let candidate: Element | null = elements[0]!.parentElement;
  while (candidate && !elements.every((el) => candidate!.contains(el))) candidate = candidate.parentElement;
  return candidate;
}

/** "en" or "fr" from `<html lang>`, else from the article text; null for other languages. */
export function pageLanguage(doc: Document, root: Element): Language | null {
  const declared = (doc.documentElement.getAttribute("lang") ?? "").trim().toLowerCase().slice(0, 2);
  if (declared === "en" || declared === "fr") return declared;
  if (declared) return null;
  return detectLanguage(takeSnapshot(root).text.slice(0, 20_000));
}

/** The publication date as YYYY-MM-DD (the date as written, before any time-zone shift), or null. */
export function publishedDate(doc: Document, root: Element): ISODate | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const found = jsonLdDate(script.textContent ?? "");
    if (found) return found;
  }
  for (const selector of DATE_META) {
    const found = isoDay(doc.querySelector(selector)?.getAttribute("content"));
    if (found) return found;
  }
  const time = root.querySelector("time[datetime]") ?? doc.querySelector("time[datetime]");
  return isoDay(time?.getAttribute("datetime"));
}

// datePublished anywhere in a JSON-LD block: top level, arrays and @graph.
function jsonLdDate(json: string): ISODate | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const queue: unknown[] = [data];
  while (queue.length > 0) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === "object") {
      const record = item as Record<string, unknown>;
      const found = isoDay(typeof record.datePublished === "string" ? record.datePublished : null);
      if (found) return found;
      if (record["@graph"]) queue.push(record["@graph"]);
      if (record.mainEntity) queue.push(record.mainEntity);
    }
  }
  return null;
}

function isoDay(value: string | null | undefined): ISODate | null {
  const m = value ? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
