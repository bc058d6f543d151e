/**
 * Detection on a live or parsed document (issue 4): reads the article region once into a text
 * snapshot, then runs the pure pipeline on the snapshot's text. Offsets in the result refer to
 * `snapshot.text`; `rangeForOffsets(snapshot, start, end)` maps them back to text nodes.
 */
import { annotateText, type Annotation } from "../core/detect/annotate";
import { mayMention } from "../core/detect/mentions";
import { datasetLookup } from "../core/detect/official-figures";
import type { FigureLookup } from "../core/detect/verdicts";
import type { Dataset } from "../core/data/types";
import type { ISODate } from "../core/detect/periods";
import { ARTICLE_CHROME_SELECTOR, articleContext, publishedDate } from "./article-context";
import { takeSnapshot, type TextSnapshot } from "./text-snapshot";

const lookups = new WeakMap<Dataset, FigureLookup>();

// One lookup (with its answer cache) per dataset object.
function lookupFor(dataset: Dataset): FigureLookup {
  let lookup = lookups.get(dataset);
  if (!lookup) lookups.set(dataset, (lookup = datasetLookup(dataset)));
  return lookup;
}

/** An annotation with the snapshot its offsets refer to. */
export interface DocumentAnnotation extends Annotation {
  snapshot: TextSnapshot;
  root: Element;
}

/**
 * The cheap first test for a page: one regex over `body.textContent` (no layout, about half the cost
 * of a full scan). `textContent` includes script text, so a hit still needs the real scan.
 */
export function pageMayMention(doc: Document): boolean {
  return mayMention((doc.body ?? doc.documentElement).textContent ?? "");
}

/** Options for `annotateDocument`. */
export interface AnnotateDocumentOptions {
  /** Overrides the publication date found in the page (the CLI's --date). */
  published?: ISODate;
  /** Reads this element instead of the detected article region. */
  root?: Element;
}

/**
 * Annotates `doc`: article context, one snapshot of the article region, then mentions, claims and
 * verdicts. `data` is a dataset, a ready lookup, or null (every claim then "unverifiable").
 */
export function annotateDocument(doc: Document, data: Dataset | FigureLookup | null, options: AnnotateDocumentOptions = {}): DocumentAnnotation {
  if (!pageMayMention(doc)) {
    // Most pages stop here: one regex test on textContent, no snapshot (PERFORMANCE.md "gate first").
    const root = options.root ?? doc.body ?? doc.documentElement;
    const empty = { text: "", nodes: [], starts: [], ends: [] };
    const declared = (doc.documentElement.getAttribute("lang") ?? "").trim().toLowerCase().slice(0, 2);
    const language = declared === "en" || declared === "fr" ? declared : null;
    const published = options.published ?? publishedDate(doc, root);
    return { language, published, relevant: false, mentions: [], claims: [], snapshot: empty, root };
  }
  const context = articleContext(doc);
  const root = options.root ?? context.root;
  const snapshot = takeSnapshot(root, { exclude: ARTICLE_CHROME_SELECTOR });
  const annotation = annotateText(snapshot.text, {
    language: context.language,
    published: options.published ?? context.published,
    data: data && "series" in data ? lookupFor(data) : data,
  });
  return { ...annotation, snapshot, root };
}
