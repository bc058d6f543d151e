import { browser } from "#imports";
import type { ToBackground } from "./messages";

/**
 * Background side of the in-page messages (issue #5): verdicts for claims and popover cards, built
 * from the dataset the background holds, plus the keyboard shortcut that steps through highlights.
 */

type PageHandlers = {
  [K in "checkClaims" | "getCard"]: (data: ToBackground[K]["request"]) => Promise<ToBackground[K]["response"]>;
};

/** Manifest `commands` names (wxt.config.ts). */
export const PAGE_COMMANDS = { next: "next-highlight", previous: "previous-highlight" } as const;

export const pageHandlers: PageHandlers = {
  // Until the data layer lands (issue #4), claims stay unchecked and cards are unavailable.
  checkClaims: async ({ claims }) => ({ verdicts: Object.fromEntries(claims.map((c) => [c.id, "unchecked"])) }),
  getCard: async () => {
    throw new Error("No dataset yet");
  },
};

/** Forwards the next/previous-highlight shortcuts to the active tab's content script. */
export function listenForPageCommands(): void {
  browser.commands?.onCommand.addListener(async (command: string, tab?: { id?: number }) => {
    const direction = command === PAGE_COMMANDS.next ? 1 : command === PAGE_COMMANDS.previous ? -1 : 0;
    if (!direction) return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return;
    await browser.tabs.sendMessage(id, { to: "content", type: "step", data: { direction } }).catch(() => undefined);
  });
}
