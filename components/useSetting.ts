import { useEffect, useState } from "preact/hooks";
import type { Setting } from "../platform/settings";

/** A stored setting's current value (fallback until loaded) and its setter; follows changes live. */
export function useSetting<T>(setting: Setting<T>): [T, (next: T) => Promise<void>, boolean] {
  const [value, setValue] = useState<T>(setting.fallback);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void setting.getValue().then((v) => {
      if (live) { setValue(v); setLoaded(true); }
    });
    const unwatch = setting.watch((v) => setValue(v));
    return () => { live = false; unwatch(); };
  }, [setting]);
  return [value, (next: T) => setting.setValue(next), loaded];
}

/** Applies the theme setting to the document root (`data-theme`), "auto" following the system. */
export function applyTheme(root: HTMLElement, theme: string): void {
  if (theme === "auto") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", theme);
}
