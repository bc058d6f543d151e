import { browser } from "#imports";
import { dataStatus, forgetRemovedFeeds, previewFeed, refreshAll, refreshFeed } from "./data-service";
import {
  PAGE_REQUESTS, TO_BACKGROUND_SCHEMAS, fromExtensionPage, fromTopFrameContentScript, parseMessage,
  type MessageSender, type ToBackground, type ToBackgroundName,
} from "./messages";
import { customFeedsSetting, feedCacheState, govukStatusState, liveRefreshSetting, repairSettings, siteListSetting, type CustomFeed } from "./settings";
import { syncContentScripts } from "./site-access";
import { listenForPageCommands, pageHandlers } from "./page-handlers";

type Handlers = {
  [K in ToBackgroundName]: (data: ToBackground[K]["request"], sender: MessageSender) => Promise<ToBackground[K]["response"]>;
};

/** Background handlers: a flat map from message type to handler, looked up as own properties only. */
const handlers: Handlers = {
  ping: async () => ({ version: browser.runtime.getManifest().version }),
  highlightCount: async ({ count }, sender) => {
    if (sender.tab?.id !== undefined) await setBadge(sender.tab.id, count);
    return {};
  },
  dataStatus: () => dataStatus(),
  refreshNow: () => refreshAll(true),
  previewFeed: ({ url }) => previewFeed(url),
  refreshFeed: async ({ id }) => {
    const feed = (await customFeedsSetting.getValue()).find((f) => f.id === id);
    return feed ? refreshFeed(feed) : { ok: false, error: "No such feed." };
  },
  ...pageHandlers,
};

/**
 * One runtime message: checked against the protocol (own handler, schema) and its sender (a tab may ask
 * only for what a page needs), then handled. Refusals reject with a sentence; other messages are not ours.
 */
export function handleMessage(message: unknown, sender: MessageSender): Promise<unknown> | undefined {
  const parsed = parseMessage(message, "background", TO_BACKGROUND_SCHEMAS);
  if (!parsed.ok) return "notOurs" in parsed ? undefined : Promise.reject(new Error(parsed.error));
  const type = parsed.message.type as ToBackgroundName;
  const allowed = fromExtensionPage(sender) || (PAGE_REQUESTS.has(type) && fromTopFrameContentScript(sender));
  if (!allowed) return Promise.reject(new Error(`Tidemark refused “${type}” from ${sender.tab ? "a web page" : "an unknown sender"}.`));
  const handler = handlers[type] as (data: unknown, sender: MessageSender) => Promise<unknown>;
  return handler(parsed.message.data, sender);
}

/** The toolbar action: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** Shows the number of highlights on a tab (computed in the page; nothing leaves the browser). */
async function setBadge(tabId: number, count: number): Promise<void> {
  const n = Number.isFinite(count) && count > 0 ? Math.floor(count) : 0;
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text: n === 0 ? "" : n > 999 ? "999+" : String(n) }).catch(() => undefined);
  await action.setBadgeBackgroundColor({ tabId, color: "#1d4f6e" }).catch(() => undefined);
}

const ALARM = "tidemark-refresh";
const MINUTES_PER_HOUR = 60;

/** Creates or clears the refresh alarm to match the live refresh setting. */
async function scheduleRefresh(): Promise<void> {
  const live = await liveRefreshSetting.getValue();
  await browser.alarms.clear(ALARM);
  if (!live.enabled) return;
  const period = live.intervalHours * MINUTES_PER_HOUR;
  const status = await govukStatusState.getValue();
  const last = status.lastAttempt ? Date.parse(status.lastAttempt) : 0;
  // First run soon after start when the last attempt is older than the interval (or never happened).
  const dueInMinutes = Math.max(1, period - (Date.now() - last) / 60_000);
  await browser.alarms.create(ALARM, { delayInMinutes: dueInMinutes, periodInMinutes: period });
}

/** Wires the background's listeners; called from the background entrypoint's main(). */
export function startBackground(): void {
  listenForPageCommands(); // keyboard shortcut → content script
  browser.runtime.onMessage.addListener(handleMessage);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshAll(false);
  });
  // Permissions can be withdrawn from the browser's own settings: re-sync registrations then.
  browser.permissions.onRemoved.addListener(() => void siteListSetting.getValue().then(syncContentScripts));
  browser.permissions.onAdded.addListener(() => void siteListSetting.getValue().then(syncContentScripts));
  liveRefreshSetting.watch(() => void scheduleRefresh());
  siteListSetting.watch((list) => void syncContentScripts(list).catch(logError));
  customFeedsSetting.watch((feeds) => {
    void forgetRemovedFeeds();
    // A newly added or re-enabled feed is fetched at once.
    void refreshNewFeeds(feeds);
  });
  void (async () => {
    await repairSettings();
    await scheduleRefresh();
    await syncContentScripts(await siteListSetting.getValue());
    await forgetRemovedFeeds();
  })().catch(logError);
}

const fetchedOnce = new Set<string>();
/** Fetches enabled feeds that have no content yet (just added), once each. */
async function refreshNewFeeds(feeds: CustomFeed[]): Promise<void> {
  const cache = await feedCacheState.getValue();
  for (const f of feeds) {
    if (f.enabled && !cache[f.id] && !fetchedOnce.has(f.id)) {
      fetchedOnce.add(f.id);
      void refreshFeed(f);
    }
  }
}

function logError(error: unknown): void {
  console.error("[tidemark]", error);
}
