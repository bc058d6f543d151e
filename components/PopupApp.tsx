import { useEffect, useState } from "preact/hooks";
import { enabledSetting } from "../platform/settings";
import { PopupView } from "./PopupView";

/** Connects the popup view to stored settings. */
export function PopupApp() {
  const [enabled, setEnabled] = useState(true);
  useEffect(() => {
    void enabledSetting.getValue().then(setEnabled);
    return enabledSetting.watch(setEnabled);
  }, []);
  return <PopupView enabled={enabled} onToggle={(next) => void enabledSetting.setValue(next)} />;
}
