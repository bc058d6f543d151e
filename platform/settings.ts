import { storage } from "#imports";

/** Every stored setting, declared once. Popup and options write; the content script watches. */

/** Global on/off switch for highlighting. */
export const enabledSetting = storage.defineItem<boolean>("local:enabled", {
  fallback: true,
  version: 1,
});
