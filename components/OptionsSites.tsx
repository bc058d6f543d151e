export interface OptionsSitesProps {
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

const DRAW_MODE_LABELS = { auto: "Automatic", marks: "Mark the text", ranges: "Don’t change the page" } as const;

/** Options › Sites: built-in list with switches, added sites, the "every site" opt-in. */
export function OptionsSites(p: OptionsSitesProps) {
  const on = (host: string) => p.overrides[host] !== false;
  return (
    <section class="panel" id="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <fieldset>
        <legend>Built-in UK and French news sites</legend>
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
        <legend>Sites you added</legend>
        {p.added.length === 0 && <p class="muted small">None yet.</p>}
        <ul class="list" aria-label="Sites you added">
          {p.added.map((host) => (
            <li key={host} data-site={host}>
              <div class="grow">
                <label class="switch">
                  <input type="checkbox" checked={on(host)} onChange={(e) => p.onToggleSite(host, e.currentTarget.checked)} />
                  <span>{host}</span>
                </label>
                {p.addedWithoutAccess.includes(host) && (
                  <p class="small">Access to this site was withdrawn. <button type="button" class="link" onClick={() => p.onGrantSite(host)}>Allow again</button></p>
                )}
              </div>
              <button type="button" class="secondary" onClick={() => p.onRemoveSite(host)} aria-label={`Remove ${host}`}>Remove</button>
            </li>
          ))}
        </ul>
        <form class="row" onSubmit={(e) => { e.preventDefault(); p.onAddSite(String(new FormData(e.currentTarget).get("site") ?? "")); }}>
          <label for="site-input">Add a site</label>
          <input id="site-input" name="site" type="text" inputMode="url" placeholder="nice-matin.com" aria-describedby="site-hint" />
          <button type="submit">Add</button>
        </form>
        <p id="site-hint" class="muted small">Your browser asks you to allow Tidemark on that site (and its subdomains).</p>
        {p.error && <p class="error" role="alert">{p.error}</p>}
      </fieldset>
      <fieldset>
        <legend>Highlight mode</legend>
        <p class="muted small" id="draw-mode-hint">
          Automatic marks the text, except on pages a framework such as React or Next.js manages: there Tidemark paints
          its highlights over the text and never changes the page. Choose a mode for the site you are on from the
          toolbar popup; the sites where you chose one are listed here.
        </p>
        {Object.keys(p.drawModes).length === 0 && <p class="muted small">Every site is on Automatic.</p>}
        <ul class="list" aria-label="Sites with a highlight mode">
          {Object.entries(p.drawModes).sort(([a], [b]) => a.localeCompare(b)).map(([host, mode]) => (
            <li key={host} data-draw-mode={host}>
              <label class="grow" for={`draw-mode-${host}`}>{host}</label>
              <select id={`draw-mode-${host}`} value={mode} onChange={(e) => p.onDrawMode(host, e.currentTarget.value as "auto" | "marks" | "ranges")}>
                {(["auto", "marks", "ranges"] as const).map((m) => <option key={m} value={m}>{DRAW_MODE_LABELS[m]}</option>)}
              </select>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Every site</legend>
        <label class="switch">
          <input type="checkbox" checked={p.everySite} onChange={(e) => p.onEverySite(e.currentTarget.checked)} />
          <span>Run Tidemark on every website I visit (asks for access to all https sites; still nothing leaves your browser)</span>
        </label>
      </fieldset>
    </section>
  );
}
