import type { BuiltinSource } from "../platform/data-layer";
import type { DataStatus, FeedPreview } from "../platform/messages";
import { REFRESH_INTERVALS_HOURS, type CustomFeed, type FetchStatus, type LiveRefresh } from "../platform/settings";
import { formatAgo, shortDate } from "./format";

/** Tier ids in words. */
export const TIER_LABELS: Record<string, string> = {
  "official-statistics": "Official statistics",
  "official-operational": "Official operational data (provisional)",
  "parliamentary-record": "Parliamentary record",
  legislation: "Legislation",
  "international-organisation": "International organisation",
  ngo: "NGO",
  "press-report": "Press report",
};

/** State of the "add a feed" form. */
export type FeedDraft =
  | { kind: "idle" }
  | { kind: "checking"; url: string }
  | { kind: "error"; url: string; error: string }
  | { kind: "preview"; url: string; preview: FeedPreview };

export interface OptionsSourcesProps {
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
  return (
    <section class="panel" id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <fieldset>
        <legend>Built-in sources shown in popovers</legend>
        <p class="muted small">Grouped by how authoritative they are. Untick a source to leave its figures out of popovers.</p>
        {Object.keys(TIER_LABELS).map((tier) => {
          const group = p.sources.filter((s) => s.tier === tier);
          if (group.length === 0) return null;
          const shown = group.filter((s) => !p.hidden.includes(s.id)).length;
          return (
            <details key={tier} class="tier-group" open={tier.startsWith("official")}>
              <summary>
                <strong>{TIER_LABELS[tier]}</strong> <span class="muted small">· {shown} of {group.length} shown</span>
              </summary>
              <ul class="list">
                {group.map((s) => (
                  <li key={s.id}>
                    <label class="switch grow">
                      <input type="checkbox" checked={!p.hidden.includes(s.id)} onChange={(e) => p.onToggleSource(s.id, e.currentTarget.checked)} />
                      <span>
                        <strong>{s.publisher}</strong>: {s.title}
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
function statusLine(status: FetchStatus | undefined, now: number, verb: "checked" | "fetched"): string {
  if (!status?.lastAttempt) return `Not ${verb} yet.`;
  return status.lastSuccess ? `Last ${verb} ${formatAgo(status.lastSuccess, now, "en")}.` : `Never ${verb} successfully.`;
}

function LiveRefreshPanel(p: OptionsSourcesProps) {
  const s = p.status;
  const failed = s?.lastError && (!s.lastSuccess || (s.lastAttempt ?? "") > s.lastSuccess);
  return (
    <fieldset>
      <legend>Live data from GOV.UK</legend>
      <label class="switch">
        <input type="checkbox" checked={p.live.enabled} onChange={(e) => p.onLive({ ...p.live, enabled: e.currentTarget.checked })} />
        <span>Check GOV.UK for a newer Home Office release</span>
      </label>
      <div class="row">
        <label for="interval">How often</label>
        <select id="interval" value={String(p.live.intervalHours)} disabled={!p.live.enabled}
          onChange={(e) => p.onLive({ ...p.live, intervalHours: Number(e.currentTarget.value) as LiveRefresh["intervalHours"] })}>
          {REFRESH_INTERVALS_HOURS.map((h) => (
            <option key={h} value={String(h)}>{h === 168 ? "Every week" : h === 24 ? "Every day" : `Every ${h} hours`}</option>
          ))}
        </select>
        <button type="button" onClick={p.onRefreshNow} disabled={p.refreshing} aria-describedby="refresh-result">
          {p.refreshing ? "Refreshing…" : "Refresh now"}
        </button>
      </div>
      <div id="refresh-result" aria-live="polite">
        {s && (
          <p data-testid="options-freshness">
            {s.asOf ? <>Using {s.origin === "govuk" ? "GOV.UK" : "bundled"} data to <strong>{shortDate(s.asOf, "en")}</strong>{s.release && <> (released {shortDate(s.release, "en")})</>}. </> : "No official data loaded yet. "}
            {statusLine(s, p.now, "checked")}
          </p>
        )}
        {failed && <p class="error" role="alert" data-testid="govuk-error">Last refresh failed: {s.lastError} {s.asOf ? "The last good data is still used." : ""}</p>}
      </div>
    </fieldset>
  );
}

function FeedsPanel(p: OptionsSourcesProps) {
  const d = p.draft;
  return (
    <fieldset>
      <legend>Custom feeds</legend>
      <p class="muted small">
        A feed adds figures and sources written in the Tidemark feed format (described in the project's docs/feed-format.md).
        Feeds are data only: they are checked and shown as text, never run. They cannot replace built-in sources.
      </p>
      <form class="row" onSubmit={(e) => { e.preventDefault(); p.onCheckFeed(String(new FormData(e.currentTarget).get("url") ?? "").trim()); }}>
        <label for="feed-url" class="visually-hidden">Feed address</label>
        <input id="feed-url" name="url" type="url" placeholder="https://example.org/tidemark-feed.json" required />
        <button type="submit" disabled={d.kind === "checking"}>{d.kind === "checking" ? "Checking…" : "Check feed"}</button>
      </form>
      <div aria-live="polite">
        {d.kind === "error" && <p class="error" role="alert" data-testid="feed-error">{d.error}</p>}
        {d.kind === "preview" && (
          <div class="preview" data-testid="feed-preview">
            <p><strong>{d.preview.title}</strong> by {d.preview.publisher}</p>
            <p class="small">
              {d.preview.figures.length} figure{d.preview.figures.length === 1 ? "" : "s"} from {d.preview.sources.length} source{d.preview.sources.length === 1 ? "" : "s"}:
            </p>
            <ul class="small">
              {d.preview.figures.slice(0, 8).map((f) => <li key={f.id}>{f.label}: {f.value}</li>)}
              {d.preview.figures.length > 8 && <li>… and {d.preview.figures.length - 8} more</li>}
            </ul>
            <div class="row">
              <button type="button" onClick={p.onSaveFeed}>Save feed</button>
              <button type="button" class="secondary" onClick={p.onCancelFeed}>Cancel</button>
            </div>
          </div>
        )}
      </div>
      {p.feeds.length > 0 && (
        <ul class="list" aria-label="Saved feeds">
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
                  <p class="small muted">{statusLine(st, p.now, "fetched")}</p>
                  {failed && <p class="error small" data-testid="feed-status-error">{st.lastError} {st.lastSuccess ? "The last good copy is still used." : ""}</p>}
                  {p.feedsNeedingAccess.includes(f.id) && (
                    <p class="small">Tidemark needs your permission to fetch this feed. <button type="button" class="link" onClick={() => p.onGrantFeed(f.id)}>Allow access</button></p>
                  )}
                </div>
                <div class="row">
                  <button type="button" class="secondary" onClick={() => p.onRefreshFeed(f.id)} aria-label={`Fetch ${f.name} now`}>Fetch</button>
                  <button type="button" class="secondary" onClick={() => p.onRemoveFeed(f.id)} aria-label={`Remove ${f.name}`}>Remove</button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
