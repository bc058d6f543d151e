import type { TopicId } from "../core/topics";
import type { DataStatus, FoundClaim, FoundMention } from "../platform/messages";
import { verdictWords } from "../core/card/verdict-words";
import { TOPIC_LABELS, formatAgo, shortDate } from "./format";

/** The current tab as the popup sees it. */
export type PopupSite =
  | { kind: "none" } // not a web page (new tab, browser pages)
  | { kind: "listed"; host: string; key: string; on: boolean; drawMode: SiteDrawMode }
  | { kind: "unlisted"; host: string };

/** How this site is highlighted: decided per page, wrapping text, or never changing the page (decision 0007). */
export type SiteDrawMode = "auto" | "marks" | "ranges";

/** What the content script reported, or why nothing was reported. */
export type PopupFindings =
  | { kind: "loading" }
  | { kind: "none" } // no content script on this tab
  | { kind: "found"; mentions: FoundMention[]; claims: FoundClaim[]; stopped?: "too-much-work" };

/** Props of the toolbar popup: pure render, callbacks for every action. */
export interface PopupViewProps {
  lang: "en" | "fr";
  enabled: boolean;
  site: PopupSite;
  findings: PopupFindings;
  status: DataStatus | null;
  notices: string[];
  /** Milliseconds since the epoch, for "checked 2 h ago". */
  now: number;
  onToggle: (next: boolean) => void;
  onToggleSite: (next: boolean) => void;
  onSiteDrawMode: (mode: SiteDrawMode) => void;
  onAddSite: () => void;
  onReveal: (id: string) => void;
  onOpenOptions: () => void;
  onDismissNotices: () => void;
}

const T = {
  en: {
    title: "Tidemark",
    global: "Highlight Channel crossing figures",
    site: "On for {host}",
    addSite: "Run Tidemark on {host}",
    addSiteHint: "Your browser will ask to let Tidemark read this site.",
    drawMode: "Highlight mode",
    drawModes: { auto: "Automatic", marks: "Mark the text", ranges: "Don’t change the page" },
    rangesHint: "Highlights are painted over the text, so the page’s own code never sees them. They cannot take keyboard focus: use Alt+Shift+J and Alt+Shift+K.",
    noPage: "Tidemark works on news pages.",
    found: "On this page",
    nothing: "No mentions found on this page.",
    notRunning: "Tidemark is not running on this page.",
    stopped: "Tidemark stopped on this page: this page is too large or changes too fast. What it found before stopping is listed below.",
    loading: "Looking…",
    mentions: "Mentions",
    claims: "Figures checked",
    data: "Home Office data to {asOf}",
    checked: "checked {ago}",
    never: "not checked online yet",
    noData: "No official data loaded yet.",
    refreshError: "Could not check for new data: {error}",
    feedError: "Feed “{name}”: {error}",
    kept: "The last good data is still used.",
    options: "Settings and sources",
    dismiss: "Dismiss",
    off: "Highlighting is off.",
  },
  fr: {
    title: "Tidemark",
    global: "Surligner les chiffres des traversées de la Manche",
    site: "Actif sur {host}",
    addSite: "Activer Tidemark sur {host}",
    addSiteHint: "Votre navigateur vous demandera d’autoriser Tidemark à lire ce site.",
    drawMode: "Mode de surlignage",
    drawModes: { auto: "Automatique", marks: "Baliser le texte", ranges: "Ne pas modifier la page" },
    rangesHint: "Les surlignages sont peints par-dessus le texte : le code de la page ne les voit jamais. Ils ne prennent pas le focus clavier : utilisez Alt+Maj+J et Alt+Maj+K.",
    noPage: "Tidemark fonctionne sur les pages d’actualité.",
    found: "Sur cette page",
    nothing: "Aucune mention trouvée sur cette page.",
    notRunning: "Tidemark ne fonctionne pas sur cette page.",
    stopped: "Tidemark s’est arrêté sur cette page : elle est trop grande ou change trop vite. Ce qu’il avait trouvé avant est listé ci-dessous.",
    loading: "Recherche…",
    mentions: "Mentions",
    claims: "Chiffres vérifiés",
    data: "Données du Home Office jusqu’au {asOf}",
    checked: "vérifié {ago}",
    never: "pas encore vérifié en ligne",
    noData: "Aucune donnée officielle chargée.",
    refreshError: "Impossible de vérifier les nouvelles données : {error}",
    feedError: "Flux « {name} » : {error}",
    kept: "Les dernières données valides restent utilisées.",
    options: "Réglages et sources",
    dismiss: "Fermer",
    off: "Le surlignage est désactivé.",
  },
} as const;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");
}

/** The toolbar popup's view. */
export function PopupView(props: PopupViewProps) {
  const t = T[props.lang];
  return (
    <main class="popup" lang={props.lang}>
      <header class="popup-head">
        <h1>{t.title}</h1>
        <label class="switch">
          <input type="checkbox" role="switch" checked={props.enabled} onChange={(e) => props.onToggle(e.currentTarget.checked)} />
          <span>{t.global}</span>
        </label>
        <SiteControl {...props} />
      </header>
      {props.notices.length > 0 && (
        <section class="notice" role="status">
          {props.notices.map((n) => <p key={n}>{n}</p>)}
          <button type="button" class="link" onClick={props.onDismissNotices}>{t.dismiss}</button>
        </section>
      )}
      <Findings {...props} />
      <Freshness {...props} />
      <footer>
        <button type="button" class="link" onClick={props.onOpenOptions}>{t.options}</button>
      </footer>
    </main>
  );
}

function SiteControl({ lang, site, enabled, onToggleSite, onAddSite, onSiteDrawMode }: PopupViewProps) {
  const t = T[lang];
  if (site.kind === "none") return <p class="muted">{t.noPage}</p>;
  if (site.kind === "unlisted") {
    return (
      <div class="site-add">
        <button type="button" onClick={onAddSite} disabled={!enabled}>{fill(t.addSite, { host: site.host })}</button>
        <p class="muted small">{t.addSiteHint}</p>
      </div>
    );
  }
  return (
    <>
      <label class="switch">
        <input type="checkbox" role="switch" checked={site.on} disabled={!enabled} onChange={(e) => onToggleSite(e.currentTarget.checked)} />
        <span>{fill(t.site, { host: site.key })}</span>
      </label>
      <label class="draw-mode">
        <span>{t.drawMode}</span>
        <select
          data-testid="draw-mode"
          value={site.drawMode}
          disabled={!enabled || !site.on}
          onChange={(e) => onSiteDrawMode(e.currentTarget.value as SiteDrawMode)}
        >
          {(["auto", "marks", "ranges"] as const).map((m) => <option key={m} value={m}>{t.drawModes[m]}</option>)}
        </select>
      </label>
      {site.drawMode === "ranges" && <p class="muted small">{t.rangesHint}</p>}
    </>
  );
}

function Findings({ lang, enabled, site, findings, onReveal }: PopupViewProps) {
  const t = T[lang];
  if (site.kind === "none") return null;
  let body;
  if (!enabled) body = <p class="muted">{t.off}</p>;
  else if (findings.kind === "loading") body = <p class="muted">{t.loading}</p>;
  else if (findings.kind === "none") body = <p class="muted">{t.notRunning}</p>;
  else if (findings.mentions.length === 0 && findings.claims.length === 0) body = <p class="muted">{t.nothing}</p>;
  else {
    const byTopic = new Map<TopicId, FoundMention[]>();
    for (const m of findings.mentions) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
    body = (
      <>
        {byTopic.size > 0 && (
          <>
            <h3>{t.mentions}</h3>
            <ul class="findings">
              {[...byTopic].map(([topic, list]) => (
                <li key={topic}>
                  <span class="topic">{TOPIC_LABELS[topic]?.[lang] ?? topic}</span>
                  <span class="chips">
                    {list.map((m) => (
                      <button type="button" class="chip" key={m.id} data-reveal={m.id} onClick={() => onReveal(m.id)}>
                        {m.text}
                      </button>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        {findings.claims.length > 0 && (
          <>
            <h3>{t.claims}</h3>
            <ul class="claims">
              {findings.claims.map((c) => {
                const v = verdictWords(c.verdict, lang);
                return (
                  <li key={c.id}>
                    <button type="button" class="claim" data-reveal={c.id} onClick={() => onReveal(c.id)}>
                      <span class={`verdict verdict-${v.tone}`} aria-hidden="true">{v.symbol}</span>
                      <span class="claim-text">{c.text}</span>
                      <span class="visually-hidden">{lang === "fr" ? "\u00a0: " : ": "}{v.label}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </>
    );
  }
  return (
    <section class="found" aria-labelledby="found-title">
      <h2 id="found-title">{t.found}</h2>
      {enabled && findings.kind === "found" && findings.stopped && <p class="notice" role="status" data-testid="stopped">{t.stopped}</p>}
      {body}
    </section>
  );
}

function Freshness({ lang, status, now }: PopupViewProps) {
  const t = T[lang];
  if (!status) return null;
  const checked = status.lastSuccess ? fill(t.checked, { ago: formatAgo(status.lastSuccess, now, lang) }) : t.never;
  const failed = status.lastError && (!status.lastSuccess || (status.lastAttempt ?? "") > status.lastSuccess);
  return (
    <section class="freshness" aria-label={lang === "fr" ? "Fraîcheur des données" : "Data freshness"}>
      <p data-testid="freshness">
        {status.asOf ? fill(t.data, { asOf: shortDate(status.asOf, lang) }) : t.noData}
        {status.liveRefresh && <> · {checked}</>}
      </p>
      {failed && (
        <p class="error" role="alert" data-testid="refresh-error">
          {fill(t.refreshError, { error: status.lastError ?? "" })} {status.asOf ? t.kept : ""}
        </p>
      )}
      {status.feedErrors.map((f) => (
        <p class="error" key={f.id}>{fill(t.feedError, { name: f.name, error: f.error })}</p>
      ))}
    </section>
  );
}
