import { browser } from "#imports";

/** The browser's interface language as extensions see it (`i18n.getUILanguage()`); the page's where the API is missing. */
export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language;
  } catch {
    return navigator.language;
  }
}
