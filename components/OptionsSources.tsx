import type { BuiltinSource } from "../platform/data-layer";
import type { DataStatus, FeedPreview } from "../platform/messages";
import { REFRESH_INTERVALS_HOURS, type CustomFeed, type FetchStatus, type LiveRefresh } from "../platform/settings";
import { formatAgo, shortDate, type UiLanguage } from "./format";
import { OPTIONS_STRINGS } from "./options-strings";

/** State of the "add a feed" form. */
export type FeedDraft =
  | { kind: "idle" }
  | { kind: "checking"; url: string }
  | { kind: "error"; url: string; error: string }
  | { kind: "preview"; url: string; preview: FeedPreview };

export interface OptionsSourcesProps {
  lang: UiLanguage;
  sources: BuiltinSource[];
  hidden: string[];
  onToggleSource: (id: string, shown: boolean) => void;
  live: LiveRefresh;
  onLive: (next: LiveRefresh) => void;
  status: DataStatus | null;
  refreshing: boolean;
  onRefreshNow: () => void;
  feeds: CustomFeed[];
  feedStatus: Record<string, FetchStatus>;
  /** Feeds whose origin Tidemark may not fetch yet (permission withdrawn or imported). */
  feedsNeedingAccess: string[];
  draft: FeedDraft;
  onCheckFeed: (url: string) => void;
  onSaveFeed: () => void;
  onCancelFeed: () => void;
  onToggleFeed: (id: string, enabled: boolean) => void;
  onRefreshFeed: (id: string) => void;
  onRemoveFeed: (id: string) => void;
  onGrantFeed: (id: string) => void;
  now: number;
}

/** Options › Sources: built-in sources, live refresh from GOV.UK, custom feeds. */
export function OptionsSources(p: OptionsSourcesProps) {
  const t = OPTIONS_STRINGS[p.lang].sources;
  return (
    <section class="panel" id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t.title}</h2>
      <fieldset>
        <legend>{t.builtin}</legend>
        <p class="muted small">{t.builtinHint}</p>
        {Object.keys(t.tiers).map((tier) => {
          const group = p.sources.filter((s) => s.tier === tier);
          if (group.length === 0) return null;
          const shown = group.filter((s) => !p.hidden.includes(s.id)).length;
          return (
            <details key={tier} class="tier-group" open={tier.startsWith("official")}>
              <summary>
                <strong>{t.tiers[tier]}</strong> <span class="muted small">· {t.shownOf(shown, group.length)}</span>
              </summary>
              <ul class="list">
                {group.map((s) => (
                  <li key={s.id}>
                    <label class="switch grow">
                      <input type="checkbox" checked={!p.hidden.includes(s.id)} onChange={(e) => p.onToggleSource(s.id, e.currentTarget.checked)} />
                      <span>
                        <strong>{s.publisher}</strong>{OPTIONS_STRINGS[p.lang].colon}{s.title}
                        {s.counts && <><br /><span class="muted small">{s.counts}</span></>}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </details>
          );
        })}
      </fieldset>
      <LiveRefreshPanel {...p} />
      <FeedsPanel {...p} />
    </section>
  );
}

/** "Last checked 2 h ago." for GOV.UK (verb "checked"), "Last fetched …" for feeds. */
function statusLine(status: FetchStatus | undefined, now: number, verb: "checked" | "fetched", lang: UiLanguage): string {
  const t = OPTIONS_STRINGS[lang].sources;
  if (!status?.lastAttempt) return t.status("never", verb, "");
  return status.lastSuccess ? t.status("ok", verb, formatAgo(status.lastSuccess, now, lang)) : t.status("failed", verb, "");
}

function LiveRefreshPanel(p: OptionsSourcesProps) {
  const t = OPTIONS_STRINGS[p.lang].sources;
  const s = p.status;
  const failed = s?.lastError && (!s.lastSuccess || (s.lastAttempt ?? "") > s.lastSuccess);
  return (
    <fieldset>
      <legend>{t.live}</legend>
      <label class="switch">
        <input type="checkbox" checked={p.live.enabled} onChange={(e) => p.onLive({ ...p.live, enabled: e.currentTarget.checked })} />
        <span>{t.liveSwitch}</span>
      </label>
      <div class="row">
        <label for="interval">{t.howOften}</label>
        <select id="interval" value={String(p.live.intervalHours)} disabled={!p.live.enabled}
          onChange={(e) => p.onLive({ ...p.live, intervalHours: Number(e.currentTarget.value) as LiveRefresh["intervalHours"] })}>
          {REFRESH_INTERVALS_HOURS.map((h) => (
            <option key={h} value={String(h)}>{t.interval(h)}</option>
          ))}
        </select>
        <button type="button" onClick={p.onRefreshNow} disabled={p.refreshing} aria-describedby="refresh-result">
          {p.refreshing ? t.refreshing : t.refreshNow}
        </button>
      </div>
      <div id="refresh-result" aria-live="polite">
        {s && (
          <p data-testid="options-freshness">
            {s.asOf ? <>{t.using(s.origin === "govuk" ? "govuk" : "bundled")}<strong>{shortDate(s.asOf, p.lang)}</strong>{s.release && t.released(shortDate(s.release, p.lang))}. </> : t.noData}
            {statusLine(s, p.now, "checked", p.lang)}
          </p>
        )}
        {failed && <p class="error" role="alert" data-testid="govuk-error">{t.lastFailed} {s.lastError} {s.asOf ? t.stillUsed : ""}</p>}
      </div>
    </fieldset>
  );
}

function FeedsPanel(p: OptionsSourcesProps) {
  const t = OPTIONS_STRINGS[p.lang].sources;
  const d = p.draft;
  return (
    <fieldset>
      <legend>{t.feeds}</legend>
      <p class="muted small">{t.feedsHint}</p>
      <form class="row" onSubmit={(e) => { e.preventDefault(); p.onCheckFeed(String(new FormData(e.currentTarget).get("url") ?? "").trim()); }}>
        <label for="feed-url" class="visually-hidden">{t.feedAddress}</label>
        <input id="feed-url" name="url" type="url" placeholder="https://example.org/tidemark-feed.json" required />
        <button type="submit" disabled={d.kind === "checking"}>{d.kind === "checking" ? t.checking : t.checkFeed}</button>
      </form>
      <div aria-live="polite">
        {d.kind === "error" && <p class="error" role="alert" data-testid="feed-error">{d.error}</p>}
        {d.kind === "preview" && (
          <div class="preview" data-testid="feed-preview">
            <p><strong>{d.preview.title}</strong> {t.by} {d.preview.publisher}</p>
            <p class="small">{t.figuresFrom(d.preview.figures.length, d.preview.sources.length)}</p>
            <ul class="small">
              {d.preview.figures.slice(0, 8).map((f) => <li key={f.id}>{f.label}: {f.value}</li>)}
              {d.preview.figures.length > 8 && <li>{t.more(d.preview.figures.length - 8)}</li>}
            </ul>
            <div class="row">
              <button type="button" onClick={p.onSaveFeed}>{t.saveFeed}</button>
              <button type="button" class="secondary" onClick={p.onCancelFeed}>{t.cancel}</button>
            </div>
          </div>
        )}
      </div>
      {p.feeds.length > 0 && (
        <ul class="list" aria-label={t.savedFeeds}>
          {p.feeds.map((f) => {
            const st = p.feedStatus[f.id];
            const failed = st?.lastError && (!st.lastSuccess || (st.lastAttempt ?? "") > st.lastSuccess);
            return (
              <li key={f.id} data-feed={f.id}>
                <div class="grow">
                  <label class="switch">
                    <input type="checkbox" checked={f.enabled} onChange={(e) => p.onToggleFeed(f.id, e.currentTarget.checked)} />
                    <span><strong>{f.name}</strong><br /><span class="muted small">{f.url}</span></span>
                  </label>
                  <p class="small muted">{statusLine(st, p.now, "fetched", p.lang)}</p>
                  {failed && <p class="error small" data-testid="feed-status-error">{st.lastError} {st.lastSuccess ? t.copyStillUsed : ""}</p>}
                  {p.feedsNeedingAccess.includes(f.id) && (
                    <p class="small">{t.needsAccess} <button type="button" class="link" onClick={() => p.onGrantFeed(f.id)}>{t.allowAccess}</button></p>
                  )}
                </div>
                <div class="row">
                  <button type="button" class="secondary" onClick={() => p.onRefreshFeed(f.id)} aria-label={t.fetchNamed(f.name)}>{t.fetch}</button>
                  <button type="button" class="secondary" onClick={() => p.onRemoveFeed(f.id)} aria-label={t.removeNamed(f.name)}>{t.remove}</button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
