import { vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";

/**
 * Resets WXT's fake browser and stubs what it does not implement but the background calls at start-up
 * (permissions, commands, scripting registrations). `granted` is what permissions.contains answers.
 */
export function fakeBackgroundApis(granted: boolean | ((origins: string[]) => boolean) = false): void {
  fakeBrowser.reset();
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.permissions!.contains = vi.fn(async (p: { origins?: string[] }) => (typeof granted === "function" ? granted(p.origins ?? []) : granted));
  b.permissions!.onAdded = { addListener: vi.fn() };
  b.permissions!.onRemoved = { addListener: vi.fn() };
  b.commands!.onCommand = { addListener: vi.fn() };
  b.scripting!.getRegisteredContentScripts = vi.fn(async () => []);
  b.scripting!.registerContentScripts = vi.fn(async () => undefined);
  b.scripting!.unregisterContentScripts = vi.fn(async () => undefined);
  b.runtime!.getManifest = () => ({ version: "0.1.0" });
  b.action = { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) };
}
