export interface OptionsSitesProps {
  /** Built-in news sites (core/sites.ts). */
  defaults: readonly string[];
  /** Sites the reader added. */
  added: string[];
  /** Per-site switches; absent means on. */
  overrides: Record<string, boolean>;
  everySite: boolean;
  /** Added sites whose permission was withdrawn in the browser's settings. */
  addedWithoutAccess: string[];
  error: string | null;
  onToggleSite: (host: string, on: boolean) => void;
  onAddSite: (input: string) => void;
  onRemoveSite: (host: string) => void;
  onGrantSite: (host: string) => void;
  onEverySite: (on: boolean) => void;
}

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
        <legend>Every site</legend>
        <label class="switch">
          <input type="checkbox" checked={p.everySite} onChange={(e) => p.onEverySite(e.currentTarget.checked)} />
          <span>Run Tidemark on every website I visit (asks for access to all https sites; still nothing leaves your browser)</span>
        </label>
      </fieldset>
    </section>
  );
}
