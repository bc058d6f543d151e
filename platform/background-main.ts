import { browser } from "#imports";
import { isToBackground, type ToBackground, type ToBackgroundName } from "./messages";
import { listenForPageCommands, pageHandlers } from "./page-handlers";

type Handlers = { [K in ToBackgroundName]: (data: ToBackground[K]["request"]) => Promise<ToBackground[K]["response"]> };

/** Background handlers: a flat map from message type to handler. */
const handlers: Handlers = {
  ping: async () => ({ version: browser.runtime.getManifest().version }),
  // In-page messages (issue #5, page branch).
  ...pageHandlers,
};

/** Wires the background's listeners; called from the background entrypoint's main(). */
export function startBackground(): void {
  listenForPageCommands(); // issue #5: keyboard shortcut → content script
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isToBackground(message)) return undefined;
    const handler = handlers[message.type] as ((data: unknown) => Promise<unknown>) | undefined;
    return handler ? handler(message.data) : undefined;
  });
}
