import type { UiLanguage } from "./format";
import { OPTIONS_STRINGS } from "./options-strings";

export interface OptionsSitesProps {
  lang: UiLanguage;
  /** Built-in news sites (core/sites.ts). */
  defaults: readonly string[];
  /** Sites the reader added. */
  added: string[];
  /** Per-site switches; absent means on. */
  overrides: Record<string, boolean>;
  everySite: boolean;
  /** Per-site highlight modes the reader chose (absent: automatic). */
  drawModes: Record<string, "marks" | "ranges">;
  /** Added sites whose permission was withdrawn in the browser's settings. */
  addedWithoutAccess: string[];
  error: string | null;
  onToggleSite: (host: string, on: boolean) => void;
  onAddSite: (input: string) => void;
  onRemoveSite: (host: string) => void;
  onGrantSite: (host: string) => void;
  onEverySite: (on: boolean) => void;
  /** Sets a site's highlight mode; "auto" removes the choice. */
  onDrawMode: (host: string, mode: "auto" | "marks" | "ranges") => void;
}

/** Options › Sites: built-in list with switches, added sites, the "every site" opt-in. */
export function OptionsSites(p: OptionsSitesProps) {
  const on = (host: string) => p.overrides[host] !== false;
  const t = OPTIONS_STRINGS[p.lang].sites;
  return (
    <section class="panel" id="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">{t.title}</h2>
      <fieldset>
        <legend>{t.builtin}</legend>
        <ul class="site-grid">
          {p.defaults.map((host) => (
            <li key={host}>
              <label class="switch">
                <input type="checkbox" checked={on(host)} onChange={(e) => p.onToggleSite(host, e.currentTarget.checked)} />
                <span>{host}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t.added}</legend>
        {p.added.length === 0 && <p class="muted small">{t.none}</p>}
        <ul class="list" aria-label={t.added}>
          {p.added.map((host) => (
            <li key={host} data-site={host}>
              <div class="grow">
                <label class="switch">
                  <input type="checkbox" checked={on(host)} onChange={(e) => p.onToggleSite(host, e.currentTarget.checked)} />
                  <span>{host}</span>
                </label>
                {p.addedWithoutAccess.includes(host) && (
                  <p class="small">{t.withdrawn} <button type="button" class="link" onClick={() => p.onGrantSite(host)}>{t.allowAgain}</button></p>
                )}
              </div>
              <button type="button" class="secondary" onClick={() => p.onRemoveSite(host)} aria-label={t.removeNamed(host)}>{t.remove}</button>
            </li>
          ))}
        </ul>
        <form class="row" onSubmit={(e) => { e.preventDefault(); p.onAddSite(String(new FormData(e.currentTarget).get("site") ?? "")); }}>
          <label for="site-input">{t.addSite}</label>
          <input id="site-input" name="site" type="text" inputMode="url" placeholder="nice-matin.com" aria-describedby="site-hint" />
          <button type="submit">{t.add}</button>
        </form>
        <p id="site-hint" class="muted small">{t.addHint}</p>
        {p.error && <p class="error" role="alert">{p.error}</p>}
      </fieldset>
      <fieldset>
        <legend>{t.modeTitle}</legend>
        <p class="muted small" id="draw-mode-hint">{t.modeHint}</p>
        {Object.keys(p.drawModes).length === 0 && <p class="muted small">{t.allAutomatic}</p>}
        <ul class="list" aria-label={t.modeListLabel}>
          {Object.entries(p.drawModes).sort(([a], [b]) => a.localeCompare(b)).map(([host, mode]) => (
            <li key={host} data-draw-mode={host}>
              <label class="grow" for={`draw-mode-${host}`}>{host}</label>
              <select id={`draw-mode-${host}`} value={mode} onChange={(e) => p.onDrawMode(host, e.currentTarget.value as "auto" | "marks" | "ranges")}>
                {(["auto", "marks", "ranges"] as const).map((m) => <option key={m} value={m}>{t.modes[m]}</option>)}
              </select>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t.everySite}</legend>
        <label class="switch">
          <input type="checkbox" checked={p.everySite} onChange={(e) => p.onEverySite(e.currentTarget.checked)} />
          <span>{t.everySiteSwitch}</span>
        </label>
      </fieldset>
    </section>
  );
}
