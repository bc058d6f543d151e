import { useCallback, useEffect, useState } from "preact/hooks";
import { browser } from "#imports";
import { sendToBackground, sendToContent, type DataStatus } from "../../platform/messages";
import {
  enabledSetting, noticesState, siteHighlightModesSetting, siteListSetting, siteOverridesSetting, themeSetting,
} from "../../platform/settings";
import { effectiveSites, parseSiteInput, siteForHost } from "../../platform/site-list";
import * as change from "../../platform/setting-changes";
import { CONTENT_SCRIPT_FILE, requestHostAccess } from "../../platform/site-access";
import { isClaimState } from "../../core/card/verdict-words";
import { PopupView, type PopupFindings, type PopupSite } from "../../components/PopupView";
import { applyTheme, useSetting } from "../../components/useSetting";
import { useUiLanguage } from "../../components/useUiLanguage";
import { browserUiLanguage } from "../../platform/ui-language";

/** The tab the popup is about: the active tab, or `?tab=<id>` (used when the popup is opened in a tab, e.g. by tests). */
async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const param = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(param) && param > 0) {
    const tab = await browser.tabs.get(param).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

/** Connects the popup view to settings, the current tab's content script and the background. */
export function PopupApp() {
  const [enabled, setEnabled] = useSetting(enabledSetting);
  const [overrides] = useSetting(siteOverridesSetting);
  const [sites] = useSetting(siteListSetting);
  const [drawModes] = useSetting(siteHighlightModesSetting);
  const lang = useUiLanguage(browserUiLanguage());
  const [theme] = useSetting(themeSetting);
  const [notices, setNotices] = useSetting(noticesState);
  const [tab, setTab] = useState<{ id: number; url: string | undefined } | null>(null);
  const [findings, setFindings] = useState<PopupFindings>({ kind: "loading" });
  const [status, setStatus] = useState<DataStatus | null>(null);

  useEffect(() => applyTheme(document.documentElement, theme), [theme]);
  useEffect(() => {
    void targetTab().then(setTab);
    void sendToBackground("dataStatus", {}).then(setStatus).catch(() => setStatus(null));
  }, []);

  const loadFindings = useCallback(async (tabId: number) => {
    try {
      const found = await sendToContent(tabId, "getFindings", {});
      // A verdict from the page is one of the known states, or reads as "unchecked" (issue 13).
      const claims = (found?.claims ?? []).map((c) => ({ ...c, verdict: isClaimState(c.verdict) ? c.verdict : "unchecked" as const }));
      setFindings(found ? { kind: "found", mentions: found.mentions ?? [], claims, stopped: found.stopped } : { kind: "none" });
    } catch {
      setFindings({ kind: "none" });
    }
  }, []);
  useEffect(() => {
    if (tab) void loadFindings(tab.id);
  }, [tab, enabled, overrides, loadFindings]);

  const host = (() => {
    try {
      const url = new URL(tab?.url ?? "");
      return /^https?:$/.test(url.protocol) ? url.hostname : null;
    } catch {
      return null;
    }
  })();
  let site: PopupSite = { kind: "none" };
  if (host) {
    const key = siteForHost(host, effectiveSites(sites));
    const everySiteKey = sites.everySite ? host : null;
    const k = key ?? everySiteKey;
    site = k ? { kind: "listed", host, key: k, on: overrides[k] !== false, drawMode: drawModes[k] ?? "auto" } : { kind: "unlisted", host };
  }

  const addSite = () => {
    if (!host) return;
    const parsed = parseSiteInput(host);
    if ("error" in parsed) return;
    // permissions.request must run inside the click (user gesture): no await before it.
    void requestHostAccess(parsed.host).then(async (granted) => {
      if (!granted || !tab) return;
      await siteListSetting.update(change.addSite(parsed.host));
      // Start on the open page now; the background registers the script for later visits.
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined);
      setTimeout(() => void loadFindings(tab.id), 500);
    });
  };

  return (
    <PopupView
      lang={lang}
      enabled={enabled}
      site={site}
      findings={findings}
      status={status}
      notices={notices}
      now={Date.now()}
      onToggle={(next) => void setEnabled(next)}
      onToggleSite={(next) => {
        if (site.kind !== "listed") return;
        void siteOverridesSetting.update(change.switchSite(site.key, next));
      }}
      onSiteDrawMode={(mode) => {
        if (site.kind !== "listed") return;
        void siteHighlightModesSetting.update(change.chooseDrawMode(site.key, mode));
      }}
      onAddSite={addSite}
      onReveal={(id) => {
        if (!tab) return;
        // Bring the page to the front first (a background tab may not run its smooth scroll), then reveal.
        void browser.tabs.update(tab.id, { active: true })
          .catch(() => undefined)
          .then(() => sendToContent(tab.id, "reveal", { id }))
          .catch(() => undefined);
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onDismissNotices={() => void setNotices([])}
    />
  );
}
