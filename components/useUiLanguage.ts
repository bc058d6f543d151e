import { useEffect } from "preact/hooks";
import { languageSetting } from "../platform/settings";
import { resolveLanguage, type UiLanguage } from "./format";
import { useSetting } from "./useSetting";

/**
 * The language of an extension page (popup, options): the reader's choice, or with "auto" the language
 * the browser resolved Tidemark's own texts in (`i18n.getUILanguage()`, the same choice as the manifest's
 * `_locales`), so the toolbar title and the page agree (issue 16, decision 0011). Keeps `<html lang>` and,
 * when given, the document title in that language. The entrypoint passes the browser's language
 * (`platform/ui-language.ts`): components never call extension APIs.
 */
export function useUiLanguage(browserLanguage: string, titles?: Record<UiLanguage, string>): UiLanguage {
  const [setting] = useSetting(languageSetting);
  const lang = resolveLanguage(setting, browserLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
    if (titles) document.title = titles[lang];
  }, [lang, titles?.en, titles?.fr]);
  return lang;
}
