import { browser } from "#imports";

/**
 * The one message protocol between extension pages, content scripts and the background.
 * Named by direction; one line of doc per message. Messages are commands and queries;
 * shared state lives in storage (see settings.ts).
 */
export interface ToBackground {
  /** Liveness check used by the popup and tests: answers with the extension version. */
  ping: { request: Record<string, never>; response: { version: string } };
}

export type ToBackgroundName = keyof ToBackground;
export interface ToBackgroundMessage<K extends ToBackgroundName = ToBackgroundName> {
  to: "background";
  type: K;
  data: ToBackground[K]["request"];
}

/** Sends one typed message to the background and resolves with its typed answer. */
export function sendToBackground<K extends ToBackgroundName>(
  type: K,
  data: ToBackground[K]["request"],
): Promise<ToBackground[K]["response"]> {
  const message: ToBackgroundMessage<K> = { to: "background", type, data };
  return browser.runtime.sendMessage(message) as Promise<ToBackground[K]["response"]>;
}

/** True when a runtime message is addressed to the background with a known shape. */
export function isToBackground(value: unknown): value is ToBackgroundMessage {
  return (
    typeof value === "object" && value !== null &&
    (value as { to?: unknown }).to === "background" &&
    typeof (value as { type?: unknown }).type === "string"
  );
}
