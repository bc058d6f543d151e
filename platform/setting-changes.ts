import type { CustomFeed, SiteHighlightChoice, SiteList } from "./settings";

/**
 * The changes the popup and options page make to settings, each a function of the value stored now
 * (`Setting.update`): what was rendered, or read before a permission prompt or a fetch, may be stale
 * (issue 14, row 7). Pure; shared by both pages so they change a setting the same way.
 */

type Change<T> = (current: T) => T;

/** A per-site switch: absent means on, so "on" removes the key. */
export const switchSite = (key: string, on: boolean): Change<Record<string, boolean>> => (current) => {
  const rest = Object.fromEntries(Object.entries(current).filter(([k]) => k !== key));
  return on ? rest : { ...rest, [key]: false };
};

/** A site's highlight mode: "auto" removes the choice. */
export const chooseDrawMode = (key: string, mode: "auto" | SiteHighlightChoice): Change<Record<string, SiteHighlightChoice>> => (current) => {
  const rest = Object.fromEntries(Object.entries(current).filter(([k]) => k !== key));
  return mode === "auto" ? rest : { ...rest, [key]: mode };
};

/** Adds a site (and takes it off the removed list). */
export const addSite = (host: string): Change<SiteList> => (list) => ({
  ...list, added: [...new Set([...list.added, host])], removed: list.removed.filter((s) => s !== host),
});

/** Removes a site the reader added. */
export const removeSite = (host: string): Change<SiteList> => (list) => ({ ...list, added: list.added.filter((h) => h !== host) });

/** The "run on every site" opt-in. */
export const setEverySite = (on: boolean): Change<SiteList> => (list) => ({ ...list, everySite: on });

/** Shows or hides a source's figures in popovers. */
export const showSource = (id: string, shown: boolean): Change<string[]> => (hidden) =>
  shown ? hidden.filter((h) => h !== id) : [...new Set([...hidden, id])];

/** Adds a feed (once). */
export const addFeed = (feed: CustomFeed): Change<CustomFeed[]> => (feeds) => (feeds.some((f) => f.id === feed.id) ? feeds : [...feeds, feed]);

/** Turns a feed on or off. */
export const enableFeed = (id: string, enabled: boolean): Change<CustomFeed[]> => (feeds) => feeds.map((f) => (f.id === id ? { ...f, enabled } : f));

/** Removes a feed. */
export const removeFeed = (id: string): Change<CustomFeed[]> => (feeds) => feeds.filter((f) => f.id !== id);
