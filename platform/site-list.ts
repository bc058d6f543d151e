import * as v from "valibot";
import { DEFAULT_NEWS_SITES } from "../core/sites";
import { HostSchema, type SiteList } from "./setting-defs";

/** Loopback hosts count as listed sites in the e2e build only (its content script matches them). */
const LOOPBACK_HOSTS = ["127.0.0.1", "localhost"];

/** The sites Tidemark runs on: the built-in list minus removed ones, plus the reader's additions. */
export function effectiveSites(list: SiteList, e2e = import.meta.env.MODE === "e2e"): string[] {
  const removed = new Set(list.removed);
  const sites = DEFAULT_NEWS_SITES.filter((s) => !removed.has(s));
  for (const host of list.added) if (!sites.includes(host)) sites.push(host);
  return e2e ? [...sites, ...LOOPBACK_HOSTS] : sites;
}

/** The listed site a page's host name belongs to (the site itself or a subdomain), or null. */
export function siteForHost(hostname: string, sites: readonly string[]): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  let best: string | null = null;
  for (const site of sites) {
    if ((host === site || host.endsWith(`.${site}`)) && (!best || site.length > best.length)) best = site;
  }
  return best;
}

/** The key for per-site switches: the listed site, or the page's own host when running everywhere. */
export function siteKey(hostname: string, list: SiteList): string | null {
  return siteForHost(hostname, effectiveSites(list)) ?? (list.everySite ? hostname.toLowerCase() : null);
}

/** Whether Tidemark should highlight on a page with this host name, given the settings. */
export function isActiveOn(
  hostname: string,
  settings: { enabled: boolean; siteOverrides: Record<string, boolean>; sites: SiteList },
): boolean {
  if (!settings.enabled) return false;
  const key = siteKey(hostname, settings.sites);
  return key !== null && settings.siteOverrides[key] !== false;
}

/**
 * Turns what a reader typed ("https://www.lemonde.fr/politique/", "Le-Monde.fr") into a host
 * name, dropping a leading "www."; returns an error sentence when it is not a public host name.
 */
export function parseSiteInput(input: string): { host: string } | { error: string } {
  const text = input.trim().toLowerCase();
  if (!text) return { error: "Type a site's address, for example lemonde.fr." };
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`).hostname;
  } catch {
    return { error: `“${input.trim()}” is not a web address.` };
  }
  host = host.replace(/^www\./, "").replace(/\.$/, "");
  if (!v.safeParse(HostSchema, host).success || /^\d+(\.\d+)*$/.test(host)) {
    return { error: `“${input.trim()}” is not a site name like lemonde.fr.` };
  }
  return { host };
}
