import type { UiLanguage } from "./format";
import { OPTIONS_STRINGS } from "./options-strings";

/** The options page's title, lead and table of contents, in the interface's language. */
export function OptionsHeader({ lang }: { lang: UiLanguage }) {
  const t = OPTIONS_STRINGS[lang];
  return (
    <header>
      <h1>{t.title}</h1>
      <p>{t.lead}</p>
      <nav aria-label={t.sectionsLabel}>
        <ul>
          <li><a href="#sources">{t.nav.sources}</a></li>
          <li><a href="#sites">{t.nav.sites}</a></li>
          <li><a href="#appearance">{t.nav.appearance}</a></li>
          <li><a href="#privacy">{t.nav.privacy}</a></li>
          <li><a href="#backup">{t.nav.backup}</a></li>
          <li><a href="#about">{t.nav.about}</a></li>
        </ul>
      </nav>
    </header>
  );
}
