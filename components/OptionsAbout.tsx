import { OglAttribution } from "./Attribution";
import type { UiLanguage } from "./format";
import { OPTIONS_STRINGS } from "./options-strings";

/** Options › About: version, where the figures come from and the data licence's attribution (issue 16). */
export function OptionsAbout({ lang, version }: { lang: UiLanguage; version: string }) {
  const t = OPTIONS_STRINGS[lang].about;
  return (
    <section class="panel" id="about" aria-labelledby="about-title">
      <h2 id="about-title">{t.title}</h2>
      <p data-testid="about-version"><strong>{t.version(version)}</strong></p>
      <p>{t.data}</p>
      {t.attributionLead && <p class="small">{t.attributionLead}</p>}
      <OglAttribution className="small" newTabHint={{ lang, text: t.newTab }} />
      <p class="muted small">{t.crown}</p>
      <p class="muted small">{t.shortcuts}</p>
    </section>
  );
}
