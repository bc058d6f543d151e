import {
  HIGHLIGHT_PALETTES, HIGHLIGHT_STYLES, LANGUAGES, THEMES, type HighlightLook, type Language, type Theme,
} from "../platform/settings";
import type { UiLanguage } from "./format";
import { OPTIONS_STRINGS } from "./options-strings";

export interface OptionsAppearanceProps {
  lang: UiLanguage;
  highlight: HighlightLook;
  theme: Theme;
  language: Language;
  checkClaims: boolean;
  onHighlight: (next: HighlightLook) => void;
  onTheme: (next: Theme) => void;
  onLanguage: (next: Language) => void;
  onCheckClaims: (next: boolean) => void;
}

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
  const t = OPTIONS_STRINGS[p.lang].appearance;
  const [lead, mention, middle, boats, tail] = t.sample;
  return (
    <section class="panel" id="appearance" aria-labelledby="appearance-title">
      <h2 id="appearance-title">{t.title}</h2>
      <Radios name="style" legend={t.style} values={HIGHLIGHT_STYLES} labels={t.styles} value={p.highlight.style} onChange={(style) => p.onHighlight({ ...p.highlight, style })} />
      <Radios name="palette" legend={t.colour} values={HIGHLIGHT_PALETTES} labels={t.palettes} value={p.highlight.palette} onChange={(palette) => p.onHighlight({ ...p.highlight, palette })} />
      <div class={`sample palette-${p.highlight.palette}`} aria-label={t.preview} role="figure">
        <p>
          {lead}<mark class={`style-${p.highlight.style}`}>{mention}</mark>{middle}
          <mark class={`style-${p.highlight.style}`}>{boats}</mark>{tail}
        </p>
      </div>
      <Radios name="theme" legend={t.theme} values={THEMES} labels={t.themes} value={p.theme} onChange={p.onTheme} />
      <fieldset>
        <legend>{t.languageAndChecks}</legend>
        <div class="row">
          <label for="language">{t.language}</label>
          <select id="language" value={p.language} onChange={(e) => p.onLanguage(e.currentTarget.value as Language)}>
            {LANGUAGES.map((l) => <option key={l} value={l}>{t.languages[l]}</option>)}
          </select>
        </div>
        <label class="switch">
          <input type="checkbox" checked={p.checkClaims} onChange={(e) => p.onCheckClaims(e.currentTarget.checked)} />
          <span>{t.checkClaims}</span>
        </label>
      </fieldset>
    </section>
  );
}

/** Options › Privacy: what is fetched, from where; nothing about browsing leaves the browser. */
export function OptionsPrivacy(props: { lang: UiLanguage; feedOrigins: string[]; liveRefresh: boolean }) {
  const t = OPTIONS_STRINGS[props.lang].privacy;
  return (
    <section class="panel" id="privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t.title}</h2>
      <p>{t.body}</p>
      <p>{t.fetchesOnly}</p>
      <ul>
        <li>
          {props.liveRefresh ? "" : t.offNow}{t.govuk}
        </li>
        <li>
          {props.feedOrigins.length ? <>{t.feedsFrom}{props.feedOrigins.join(", ")}.</> : t.noFeeds}
        </li>
      </ul>
      <p class="muted small">{t.noCookies}</p>
    </section>
  );
}

export interface OptionsBackupProps {
  lang: UiLanguage;
  message: { ok: boolean; text: string } | null;
  onExport: () => void;
  onImport: (file: File) => void;
}

/** Options › Export and import of settings as a JSON file. */
export function OptionsBackup(p: OptionsBackupProps) {
  const t = OPTIONS_STRINGS[p.lang].backup;
  return (
    <section class="panel" id="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t.title}</h2>
      <p class="muted small">{t.hint}</p>
      <div class="row">
        <button type="button" onClick={p.onExport}>{t.export}</button>
        <label for="import-file">{t.import}</label>
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
