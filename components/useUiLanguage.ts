import { useEffect } from "preact/hooks";
import { browser } from "#imports";
import { languageSetting } from "../platform/settings";
import { resolveLanguage, type UiLanguage } from "./format";
import { useSetting } from "./useSetting";

/**
 * The language of an extension page (popup, options): the reader's choice, or with "auto" the language
 * the browser resolved Tidemark's own texts in (`i18n.getUILanguage()`, the same choice as the manifest's
 * `_locales`), so the toolbar title and the page agree (issue 16, decision 0011). Keeps `<html lang>` and,
 * when given, the document title in that language.
 */
export function useUiLanguage(titles?: Record<UiLanguage, string>): UiLanguage {
  const [setting] = useSetting(languageSetting);
  const lang = resolveLanguage(setting, browserLanguage());
  useEffect(() => {
    document.documentElement.lang = lang;
    if (titles) document.title = titles[lang];
  }, [lang, titles?.en, titles?.fr]);
  return lang;
}

/** The browser's interface language as extensions see it; the page's language where the API is missing. */
function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language;
  } catch {
    return navigator.language;
  }
}
