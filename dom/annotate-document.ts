/**
 * Detection on a live or parsed document (issue 4): reads the article region once into a text
 * snapshot, then runs the pure pipeline on the snapshot's text. Offsets in the result refer to
 * `snapshot.text`; `rangeForOffsets(snapshot, start, end)` maps them back to text nodes.
 */
import { annotateText, type Annotation } from "../core/detect/annotate";
import type { FigureLookup } from "../core/detect/verdicts";
import type { ISODate } from "../core/detect/periods";
import { ARTICLE_CHROME_SELECTOR, articleContext } from "./article-context";
import { takeSnapshot, type TextSnapshot } from "./text-snapshot";

/** An annotation with the snapshot its offsets refer to. */
export interface DocumentAnnotation extends Annotation {
  snapshot: TextSnapshot;
  root: Element;
}

/** Options for `annotateDocument`. */
export interface AnnotateDocumentOptions {
  /** Overrides the publication date found in the page (the CLI's --date). */
  published?: ISODate;
  /** Reads this element instead of the detected article region. */
  root?: Element;
}

/** Annotates `doc`: article context, one snapshot of the article region, then mentions, claims, verdicts. */
export function annotateDocument(doc: Document, data: FigureLookup | null, options: AnnotateDocumentOptions = {}): DocumentAnnotation {
  const context = articleContext(doc);
  const root = options.root ?? context.root;
  const snapshot = takeSnapshot(root, { exclude: ARTICLE_CHROME_SELECTOR });
  const annotation = annotateText(snapshot.text, {
    language: context.language,
    published: options.published ?? context.published,
    data,
  });
  return { ...annotation, snapshot, root };
}
