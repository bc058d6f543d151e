/** The custom element name of a highlight: page CSS written for `mark` does not reach it (issue #5). */
export const MARK_ELEMENT = "tidemark-mark";
/** Selector for every highlight we placed (documented attribute, relied on by users' styles and tests). */
export const MARK_SELECTOR = `${MARK_ELEMENT}[data-tidemark]`;
/**
 * Where the `page-kit` script publishes itself in the content script's world: a registered Symbol, which
 * no element id or form name can clobber (named access on window only makes string keys; issue 14, row 6)
 * and which the page's own world cannot reach.
 */
export const PAGE_KIT_KEY: unique symbol = Symbol.for("tidemark.page-kit");
/** Where the `reader-kit` script publishes itself, for the same reasons. */
export const READER_KIT_KEY: unique symbol = Symbol.for("tidemark.reader-kit");
