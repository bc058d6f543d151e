import Mark from "mark.js";
import type { ContentScriptContext } from "#imports";
import { enabledSetting } from "../platform/settings";

// Foundation-stage highlighter: marks one phrase so the pipeline can be tested end to end.
// The detection issue (#4) and the in-page issue (#5) replace this with the full core.
const PHRASE = /\bsmall[\s\u00a0-]boats?\b/gi;

/** Content script body: highlights while enabled, reacting to the setting live. */
export async function startContent(ctx: ContentScriptContext): Promise<void> {
  const marker = new Mark(document.body);
  const apply = () => marker.markRegExp(PHRASE, {
    element: "tidemark-mark",
    className: "tidemark",
    each: (el) => el.setAttribute("data-tidemark", "mention"),
  });
  const clear = () => marker.unmark({ element: "tidemark-mark" });
  if (await enabledSetting.getValue()) apply();
  const unwatch = enabledSetting.watch((on) => (on ? apply() : clear()));
  ctx.onInvalidated(() => { unwatch(); clear(); });
}
