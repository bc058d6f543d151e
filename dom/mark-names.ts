/** The custom element name of a highlight: page CSS written for `mark` does not reach it (issue #5). */
export const MARK_ELEMENT = "tidemark-mark";
/** Selector for every highlight we placed (documented attribute, relied on by users' styles and tests). */
export const MARK_SELECTOR = `${MARK_ELEMENT}[data-tidemark]`;
/** Global the `page-kit` script publishes itself under, in the content script's world. */
export const PAGE_KIT_GLOBAL = "__tidemarkPageKit";
