import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

/** Where the release build puts the content script (wxt build, Chrome MV3). */
export const CONTENT_SCRIPT = new URL("../.output/chrome-mv3/content-scripts/content.js", import.meta.url).pathname;

/** Raw and gzipped size of a file; gzip level 9, as servers and stores compress (deterministic for given bytes). */
export function gzipSize(bytes: Uint8Array): { rawBytes: number; gzipBytes: number } {
  return { rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/** The release content script's size, or null when it has not been built. */
export function contentScriptSize(file = CONTENT_SCRIPT): { rawBytes: number; gzipBytes: number } | null {
  return existsSync(file) ? gzipSize(readFileSync(file)) : null;
}

/** Where the release build puts the page kit, loaded on demand on pages with something to highlight. */
export const PAGE_KIT = new URL("../.output/chrome-mv3/page-kit.js", import.meta.url).pathname;

/** Where it puts the page's own reader, loaded only when the background cannot read a page (issue 15). */
export const READER_KIT = new URL("../.output/chrome-mv3/reader-kit.js", import.meta.url).pathname;

/** The content script budget of issue 7, in bytes (25 KB gzipped). */
export const CONTENT_SCRIPT_BUDGET_GZIP = 25 * 1024;

/** Issue 15's target for the content script, in bytes (20 KB gzipped): the ceiling the size test asserts, and the bench reports. */
export const CONTENT_SCRIPT_TARGET_GZIP = 20 * 1024;
