import { browser } from "#imports";
import { hostMatchPatterns } from "../core/sites";
import { effectiveSites } from "./site-list";
import type { SiteList } from "./settings";

/**
 * Host permissions and dynamically registered content scripts for sites the reader adds
 * (issue #6). Extension pages ask for permissions inside the click handler (browsers require a
 * user gesture); the background keeps the registrations in step with the stored site list.
 */

/** Match patterns that "run on every site" asks for. */
export const EVERY_SITE_PATTERNS = ["https://*/*"];
/** The content script bundle WXT builds from entrypoints/content/index.ts. */
export const CONTENT_SCRIPT_FILE = "/content-scripts/content.js";
const ADDED_ID = "tidemark-added-sites";
const EVERYWHERE_ID = "tidemark-every-site";

/** The origins to request for one host (the site and its subdomains). */
export function originsForHost(host: string): string[] {
  return hostMatchPatterns(host);
}

/**
 * Asks for origins; call synchronously from a click handler (user gesture). Firefox refuses to
 * request an origin that is not optional even when it is already granted (e.g. a required
 * host permission), so a refusal falls back to "is it granted already?".
 */
function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins }).catch(() => browser.permissions.contains({ origins }));
}

/** Asks for access to a host. Call synchronously from a click handler (user gesture). */
export function requestHostAccess(host: string): Promise<boolean> {
  return requestOrigins(originsForHost(host));
}

/** Asks for access to every https site. Call synchronously from a click handler. */
export function requestEverySiteAccess(): Promise<boolean> {
  return requestOrigins(EVERY_SITE_PATTERNS);
}

/** The permission pattern for a feed's host (match patterns carry no port). */
export function feedOriginPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** Asks for access to a feed's host. Call synchronously from a click handler. */
export function requestFeedAccess(url: string): Promise<boolean> {
  return requestOrigins([feedOriginPattern(url)]);
}

/** True when Tidemark may fetch from the feed's host. */
export function hasFeedAccess(url: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [feedOriginPattern(url)] });
}

/** True when the extension may already run on (or fetch from) this host. */
export async function hasHostAccess(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: originsForHost(host) });
}

/** Gives back an optional permission that is no longer needed; errors are ignored (it may be required). */
export async function releaseHostAccess(host: string): Promise<void> {
  await browser.permissions.remove({ origins: originsForHost(host) }).catch(() => false);
}

/**
 * Registers the content script for added sites that have their permission, and for every site
 * when opted in and granted; unregisters what is no longer wanted. Idempotent.
 */
export async function syncContentScripts(list: SiteList): Promise<{ added: string[]; everySite: boolean }> {
  const defaults = new Set(effectiveSites({ added: [], removed: [], everySite: false }));
  const granted: string[] = [];
  for (const host of list.added) {
    if (!defaults.has(host) && (await hasHostAccess(host))) granted.push(host);
  }
  const everySite = list.everySite && (await browser.permissions.contains({ origins: EVERY_SITE_PATTERNS }));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ADDED_ID, EVERYWHERE_ID] }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  const scripts: Parameters<typeof browser.scripting.registerContentScripts>[0] = [];
  const base = { js: [CONTENT_SCRIPT_FILE], runAt: "document_idle" as const, allFrames: false };
  if (everySite) {
    // Built-in and added sites already have their own script; don't inject twice.
    const exclude = [...defaults, ...granted].flatMap(hostMatchPatterns);
    scripts.push({ id: EVERYWHERE_ID, matches: EVERY_SITE_PATTERNS, excludeMatches: exclude, ...base });
  } else if (granted.length) {
    scripts.push({ id: ADDED_ID, matches: granted.flatMap(hostMatchPatterns), ...base });
  }
  if (scripts.length) await browser.scripting.registerContentScripts(scripts);
  return { added: granted, everySite };
}
