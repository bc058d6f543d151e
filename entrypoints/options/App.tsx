import { useEffect, useState } from "preact/hooks";
import { browser } from "#imports";
import { DEFAULT_NEWS_SITES } from "../../core/sites";
import { builtinSources } from "../../platform/data-layer";
import { urlProblem, LOOPBACK_ALLOWED } from "../../platform/fetch-limited";
import { sendToBackground, type DataStatus } from "../../platform/messages";
import {
  checkClaimsSetting, customFeedsSetting, feedStatusState, govukStatusState, hiddenSourcesSetting, highlightSetting,
  languageSetting, liveRefreshSetting, noticesState, officialImportState, siteHighlightModesSetting, siteListSetting, siteOverridesSetting, themeSetting,
} from "../../platform/settings";
import { applySettings, exportSettings, parseSettingsFile, settingsFileText } from "../../platform/settings-file";
import { parseSiteInput } from "../../platform/site-list";
import * as change from "../../platform/setting-changes";
import {
  hasFeedAccess, hasHostAccess, releaseHostAccess, requestEverySiteAccess, requestFeedAccess, requestHostAccess, EVERY_SITE_PATTERNS,
} from "../../platform/site-access";
import { OptionsAbout } from "../../components/OptionsAbout";
import { OptionsHeader } from "../../components/OptionsHeader";
import { OptionsAppearance, OptionsBackup, OptionsPrivacy } from "../../components/OptionsMore";
import { OPTIONS_STRINGS } from "../../components/options-strings";
import { OptionsSites } from "../../components/OptionsSites";
import { OptionsSources, type FeedDraft } from "../../components/OptionsSources";
import { applyTheme, useSetting } from "../../components/useSetting";
import { useUiLanguage } from "../../components/useUiLanguage";
import { browserUiLanguage } from "../../platform/ui-language";

const TITLES = { en: OPTIONS_STRINGS.en.title, fr: OPTIONS_STRINGS.fr.title };

/** A new feed id: "feed-" and 12 random base-36 characters. */
function newFeedId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `feed-${[...bytes].map((b) => (b % 36).toString(36)).join("")}`;
}

/** The options page: wires settings, permissions and the background to the section views. */
export function OptionsApp() {
  const [hidden] = useSetting(hiddenSourcesSetting);
  const [live, setLive] = useSetting(liveRefreshSetting);
  const [feeds] = useSetting(customFeedsSetting);
  const [feedStatus] = useSetting(feedStatusState);
  const [govukStatus] = useSetting(govukStatusState);
  const [officialImport] = useSetting(officialImportState);
  const [sites] = useSetting(siteListSetting);
  const [overrides] = useSetting(siteOverridesSetting);
  const [drawModes] = useSetting(siteHighlightModesSetting);
  const [highlight, setHighlight] = useSetting(highlightSetting);
  const [theme, setTheme] = useSetting(themeSetting);
  const [language, setLanguage] = useSetting(languageSetting);
  const [checkClaims, setCheckClaims] = useSetting(checkClaimsSetting);
  const [notices, setNotices] = useSetting(noticesState);
  const [status, setStatus] = useState<DataStatus | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [draft, setDraft] = useState<FeedDraft>({ kind: "idle" });
  const [siteError, setSiteError] = useState<string | null>(null);
  const [backup, setBackup] = useState<{ ok: boolean; text: string } | null>(null);
  const [feedsNeedingAccess, setFeedsNeedingAccess] = useState<string[]>([]);
  const [sitesWithoutAccess, setSitesWithoutAccess] = useState<string[]>([]);
  const [now, setNow] = useState(Date.now());
  const lang = useUiLanguage(browserUiLanguage(), TITLES);
  const t = OPTIONS_STRINGS[lang];
  // Bumped after a permission prompt, so the "needs access" lists are checked again.
  const [permissionsSeen, recheckPermissions] = useState(0);

  useEffect(() => applyTheme(document.documentElement, theme), [theme]);
  // The background writes status to storage; ask it for the summary whenever that changes.
  useEffect(() => {
    setNow(Date.now());
    void sendToBackground("dataStatus", {}).then(setStatus).catch(() => undefined);
  }, [govukStatus, officialImport, feedStatus, feeds, live]);
  useEffect(() => {
    void Promise.all(feeds.map(async (f) => ((await hasFeedAccess(f.url).catch(() => false)) ? null : f.id))).then((ids) =>
      setFeedsNeedingAccess(ids.filter((x): x is string => x !== null)),
    );
    void Promise.all(sites.added.map(async (h) => ((await hasHostAccess(h).catch(() => false)) ? null : h))).then((hs) =>
      setSitesWithoutAccess(hs.filter((x): x is string => x !== null)),
    );
  }, [feeds, sites, permissionsSeen]);

  const checkFeed = (url: string) => {
    const problem = urlProblem(url, LOOPBACK_ALLOWED);
    if (problem) return setDraft({ kind: "error", url, error: problem });
    if (feeds.some((f) => f.url === url)) return setDraft({ kind: "error", url, error: t.errors.feedListed });
    setDraft({ kind: "checking", url });
    // The permission request comes first, inside the click (browsers require a user gesture).
    void requestFeedAccess(url)
      .catch(() => false)
      .then(async (granted) => {
        if (!granted) return setDraft({ kind: "error", url, error: t.errors.feedRefused });
        const result = await sendToBackground("previewFeed", { url });
        setDraft(result.ok ? { kind: "preview", url, preview: result.preview } : { kind: "error", url, error: result.error });
      })
      .catch((e: unknown) => setDraft({ kind: "error", url, error: String(e) }));
  };

  const saveFeed = () => {
    if (draft.kind !== "preview") return;
    const feed = { id: newFeedId(), url: draft.url, name: draft.preview.title.slice(0, 120), enabled: true, addedAt: new Date().toISOString() };
    void customFeedsSetting.update(change.addFeed(feed)).then(() => setDraft({ kind: "idle" }));
  };

  const addSite = (input: string) => {
    const parsed = parseSiteInput(input);
    if ("error" in parsed) return setSiteError(parsed.error);
    if (DEFAULT_NEWS_SITES.includes(parsed.host) || sites.added.includes(parsed.host)) return setSiteError(t.errors.siteListed(parsed.host));
    setSiteError(null);
    void requestHostAccess(parsed.host).then(async (granted) => {
      if (!granted) setSiteError(t.errors.siteRefused(parsed.host));
      else await siteListSetting.update(change.addSite(parsed.host));
    });
  };

  const toggleSite = (host: string, on: boolean) => {
    void siteOverridesSetting.update(change.switchSite(host, on));
  };

  return (
    <main class="options">
      <OptionsHeader lang={lang} />
      {notices.length > 0 && (
        <section class="notice" role="status">
          {notices.map((n) => <p key={n}>{n}</p>)}
          <button type="button" class="link" onClick={() => void setNotices([])}>{t.dismiss}</button>
        </section>
      )}
      <OptionsSources
        lang={lang}
        sources={builtinSources(lang)}
        hidden={hidden}
        onToggleSource={(id, shown) => void hiddenSourcesSetting.update(change.showSource(id, shown))}
        live={live}
        onLive={(next) => void setLive(next)}
        status={status}
        refreshing={refreshing}
        onRefreshNow={() => {
          setRefreshing(true);
          void sendToBackground("refreshNow", {}).finally(() => setRefreshing(false));
        }}
        feeds={feeds}
        feedStatus={feedStatus}
        feedsNeedingAccess={feedsNeedingAccess}
        draft={draft}
        onCheckFeed={checkFeed}
        onSaveFeed={saveFeed}
        onCancelFeed={() => setDraft({ kind: "idle" })}
        onToggleFeed={(id, enabled) => void customFeedsSetting.update(change.enableFeed(id, enabled))}
        onRefreshFeed={(id) => void sendToBackground("refreshFeed", { id })}
        onRemoveFeed={(id) => void customFeedsSetting.update(change.removeFeed(id))}
        onGrantFeed={(id) => {
          const feed = feeds.find((f) => f.id === id);
          if (!feed) return;
          void requestFeedAccess(feed.url).then(async (granted) => {
            recheckPermissions((n) => n + 1);
            if (granted) await sendToBackground("refreshFeed", { id });
          }).catch(() => undefined);
        }}
        now={now}
      />
      <OptionsSites
        lang={lang}
        defaults={DEFAULT_NEWS_SITES}
        added={sites.added}
        overrides={overrides}
        drawModes={drawModes}
        onDrawMode={(host, mode) => {
          void siteHighlightModesSetting.update(change.chooseDrawMode(host, mode));
        }}
        everySite={sites.everySite}
        addedWithoutAccess={sitesWithoutAccess}
        error={siteError}
        onToggleSite={toggleSite}
        onAddSite={addSite}
        onRemoveSite={(host) => {
          void siteListSetting.update(change.removeSite(host)).then(() => releaseHostAccess(host));
          toggleSite(host, true);
        }}
        onGrantSite={(host) => void requestHostAccess(host).then(() => recheckPermissions((n) => n + 1))}
        onEverySite={(on) => {
          if (!on) {
            void siteListSetting.update(change.setEverySite(false)).then(() => browser.permissions.remove({ origins: EVERY_SITE_PATTERNS }).catch(() => false));
            return;
          }
          void requestEverySiteAccess().then(async (granted) => {
            if (granted) await siteListSetting.update(change.setEverySite(true));
            else setSiteError(t.errors.everySiteRefused);
          });
        }}
      />
      <OptionsAppearance
        lang={lang}
        highlight={highlight}
        theme={theme}
        language={language}
        checkClaims={checkClaims}
        onHighlight={(v) => void setHighlight(v)}
        onTheme={(v) => void setTheme(v)}
        onLanguage={(v) => void setLanguage(v)}
        onCheckClaims={(v) => void setCheckClaims(v)}
      />
      <OptionsPrivacy lang={lang} feedOrigins={[...new Set(feeds.filter((f) => f.enabled).map((f) => new URL(f.url).host))]} liveRefresh={live.enabled} />
      <OptionsBackup
        lang={lang}
        message={backup}
        onExport={() => {
          void exportSettings().then((file) => {
            const blob = new Blob([settingsFileText(file)], { type: "application/json" });
            const a = document.createElement("a");
            a.href = URL.createObjectURL(blob);
            a.download = `tidemark-settings-${file.exportedAt.slice(0, 10)}.json`;
            a.click();
            setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
            setBackup({ ok: true, text: t.backup.exported });
          });
        }}
        onImport={(file) => {
          void file.text().then(async (text) => {
            const parsed = parseSettingsFile(text);
            if (!parsed.ok) return setBackup({ ok: false, text: parsed.error });
            await applySettings(parsed.settings);
            setBackup({ ok: true, text: t.backup.imported });
          });
        }}
      />
      <OptionsAbout lang={lang} version={browser.runtime.getManifest().version} />
    </main>
  );
}
