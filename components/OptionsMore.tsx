import {
  HIGHLIGHT_PALETTES, HIGHLIGHT_STYLES, LANGUAGES, THEMES, type HighlightLook, type Language, type Theme,
} from "../platform/settings";

export interface OptionsAppearanceProps {
  highlight: HighlightLook;
  theme: Theme;
  language: Language;
  checkClaims: boolean;
  onHighlight: (next: HighlightLook) => void;
  onTheme: (next: Theme) => void;
  onLanguage: (next: Language) => void;
  onCheckClaims: (next: boolean) => void;
}

const STYLE_NAMES: Record<HighlightLook["style"], string> = { underline: "Underline", background: "Background", outline: "Outline" };
const PALETTE_NAMES: Record<HighlightLook["palette"], string> = { amber: "Amber", teal: "Teal", violet: "Violet", rose: "Rose" };
const THEME_NAMES: Record<Theme, string> = { auto: "Follow the system", light: "Light", dark: "Dark" };
const LANGUAGE_NAMES: Record<Language, string> = { auto: "Browser language", en: "English", fr: "Français" };

function Radios<T extends string>(props: { name: string; legend: string; values: readonly T[]; labels: Record<T, string>; value: T; onChange: (v: T) => void }) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div class="row">
        {props.values.map((v) => (
          <label key={v} class="switch">
            <input type="radio" name={props.name} value={v} checked={props.value === v} onChange={() => props.onChange(v)} />
            <span>{props.labels[v]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Options › Appearance and language, with a live preview of the highlight. */
export function OptionsAppearance(p: OptionsAppearanceProps) {
  return (
    <section class="panel" id="appearance" aria-labelledby="appearance-title">
      <h2 id="appearance-title">Appearance and language</h2>
      <Radios name="style" legend="Highlight style" values={HIGHLIGHT_STYLES} labels={STYLE_NAMES} value={p.highlight.style} onChange={(style) => p.onHighlight({ ...p.highlight, style })} />
      <Radios name="palette" legend="Highlight colour" values={HIGHLIGHT_PALETTES} labels={PALETTE_NAMES} value={p.highlight.palette} onChange={(palette) => p.onHighlight({ ...p.highlight, palette })} />
      <div class={`sample palette-${p.highlight.palette}`} aria-label="Preview" role="figure">
        <p>
          Preview: <mark class={`style-${p.highlight.style}`}>More than 600 people</mark> crossed the Channel in{" "}
          <mark class={`style-${p.highlight.style}`}>small boats</mark> on Tuesday, the Home Office said.
        </p>
      </div>
      <Radios name="theme" legend="Theme" values={THEMES} labels={THEME_NAMES} value={p.theme} onChange={p.onTheme} />
      <fieldset>
        <legend>Language and checks</legend>
        <div class="row">
          <label for="language">Language of Tidemark's texts</label>
          <select id="language" value={p.language} onChange={(e) => p.onLanguage(e.currentTarget.value as Language)}>
            {LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>)}
          </select>
        </div>
        <label class="switch">
          <input type="checkbox" checked={p.checkClaims} onChange={(e) => p.onCheckClaims(e.currentTarget.checked)} />
          <span>Check the article's numbers against the official data</span>
        </label>
      </fieldset>
    </section>
  );
}

/** Options › Privacy: what is fetched, from where; nothing about browsing leaves the browser. */
export function OptionsPrivacy(props: { feedOrigins: string[]; liveRefresh: boolean }) {
  return (
    <section class="panel" id="privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy</h2>
      <p>Tidemark reads news pages inside your browser. What it finds, the pages you visit and your settings never leave your browser; there is no Tidemark server, no account and no analytics.</p>
      <p>It fetches only:</p>
      <ul>
        <li>
          {props.liveRefresh ? "" : "(now off) "}the Home Office publication's details from www.gov.uk and its spreadsheet from assets.publishing.service.gov.uk, on the schedule you choose or when you press “Refresh now”;
        </li>
        <li>
          {props.feedOrigins.length ? <>the custom feeds you added, from {props.feedOrigins.join(", ")}.</> : "the custom feeds you add (none yet)."}
        </li>
      </ul>
      <p class="muted small">These requests carry no cookies and no information about the page you are reading.</p>
    </section>
  );
}

export interface OptionsBackupProps {
  message: { ok: boolean; text: string } | null;
  onExport: () => void;
  onImport: (file: File) => void;
}

/** Options › Export and import of settings as a JSON file. */
export function OptionsBackup(p: OptionsBackupProps) {
  return (
    <section class="panel" id="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">Export and import settings</h2>
      <p class="muted small">The file holds your settings, site list and feed addresses, not the data fetched.</p>
      <div class="row">
        <button type="button" onClick={p.onExport}>Export settings</button>
        <label for="import-file">Import a settings file</label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) p.onImport(file);
          e.currentTarget.value = "";
        }} />
      </div>
      <div aria-live="polite">
        {p.message && <p class={p.message.ok ? "ok-text" : "error"} role={p.message.ok ? "status" : "alert"} data-testid="backup-message">{p.message.text}</p>}
      </div>
    </section>
  );
}
