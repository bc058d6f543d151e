import type { TopicId } from "../core/topics";
import type { Pace } from "./pace";
import type { TextPiece, TextSnapshot } from "./text-snapshot";

/**
 * The seam between the page glue and the detection core (issue #4): everything the annotator needs,
 * passed in as one object so the annotator can be tested with a fake and never imports the core itself.
 */

/** The page read once: its text and where each text node starts in it (see text-snapshot.ts). */
export type PageSnapshot = TextSnapshot;

/** Language, date and main text element of the article on the page. */
export interface ArticleInfo {
  /** null for pages in other languages: nothing is highlighted there. */
  language: "en" | "fr" | null;
  /** ISO date (yyyy-mm-dd) the article was published, when the page says. */
  published: string | null;
  root: Element;
}

/** One thing to highlight, in snapshot offsets. */
export interface Finding {
  start: number;
  end: number;
  text: string;
  topic: TopicId;
  kind: "mention" | "claim";
  /** For claims: the parsed claim, sent as is to the background for a verdict. */
  claim?: unknown;
}

/** What the annotator needs from the core, bound to one implementation in the content script. */
export interface Detection {
  /** Cheap gate on the page's whole text: false means nothing to do. */
  relevant(text: string): boolean;
  /** Selector for regions never highlighted (forms, code, our own UI, existing highlights...). */
  excluded: string;
  /** The article on the page, found in slices that leave the page a turn between them (null: abandoned). */
  article(doc: Document, pace: Pace): Promise<ArticleInfo | null>;
  /** The text of `root`, read in slices that leave the page a turn between them (null: abandoned). */
  snapshot(root: Element, pace: Pace): Promise<PageSnapshot | null>;
  /**
   * Findings in a snapshot; `scope` "article" also judges relevance, "fragment" is new content of it.
   * Optional: the content script leaves it to the background and the page kit (annotator.ts).
   */
  find?(snapshot: PageSnapshot, article: ArticleInfo, scope: "article" | "fragment"): Finding[];
  pieces(snapshot: PageSnapshot, start: number, end: number): TextPiece[];
}
