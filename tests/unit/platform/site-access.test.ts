import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { requestFeedAccess, requestHostAccess, syncContentScripts } from "../../../platform/site-access";

type Script = { id: string; matches: string[]; excludeMatches?: string[]; js: string[] };

/** Fake permissions and scripting: `granted` origins, registered scripts kept in memory. */
function fakePermissions(granted: Set<string>, options: { refuseRequest?: boolean; requestThrows?: boolean } = {}) {
  const registered = new Map<string, Script>();
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.permissions!.contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)));
  b.permissions!.request = vi.fn(async ({ origins }: { origins: string[] }) => {
    if (options.requestThrows) throw new Error("not optional");
    if (options.refuseRequest) return false;
    origins.forEach((o) => granted.add(o));
    return true;
  });
  b.scripting!.getRegisteredContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => [...registered.values()].filter((s) => ids.includes(s.id)));
  b.scripting!.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)));
  b.scripting!.registerContentScripts = vi.fn(async (scripts: Script[]) => scripts.forEach((s) => registered.set(s.id, s)));
  return registered;
}

describe("site access and content-script registration", () => {
  beforeEach(() => fakeBrowser.reset());

  it("asks for the site and its subdomains", async () => {
    const granted = new Set<string>();
    fakePermissions(granted);
    expect(await requestHostAccess("nice-matin.com")).toBe(true);
    expect([...granted]).toEqual(["https://nice-matin.com/*", "https://*.nice-matin.com/*"]);
  });

  it("reports a refusal", async () => {
    fakePermissions(new Set(), { refuseRequest: true });
    expect(await requestHostAccess("nice-matin.com")).toBe(false);
  });

  it("falls back to 'already granted?' when the browser refuses to request a required origin (Firefox)", async () => {
    fakePermissions(new Set(["http://127.0.0.1/*"]), { requestThrows: true });
    expect(await requestFeedAccess("http://127.0.0.1:4321/feed.json")).toBe(true);
    expect(await requestFeedAccess("https://other.example/feed.json")).toBe(false);
  });

  it("registers added sites that have their permission, and only those", async () => {
    const registered = fakePermissions(new Set(["https://nice-matin.com/*", "https://*.nice-matin.com/*"]));
    const result = await syncContentScripts({ added: ["nice-matin.com", "no-permission.fr"], removed: [], everySite: false });
    expect(result).toEqual({ added: ["nice-matin.com"], everySite: false });
    expect([...registered.values()]).toEqual([
      expect.objectContaining({ id: "tidemark-added-sites", matches: ["https://nice-matin.com/*", "https://*.nice-matin.com/*"], js: ["/content-scripts/content.js"] }),
    ]);
  });

  it("unregisters a removed site", async () => {
    const registered = fakePermissions(new Set(["https://nice-matin.com/*", "https://*.nice-matin.com/*"]));
    await syncContentScripts({ added: ["nice-matin.com"], removed: [], everySite: false });
    await syncContentScripts({ added: [], removed: [], everySite: false });
    expect(registered.size).toBe(0);
  });

  it("runs everywhere only when opted in and granted, excluding sites that have their own script", async () => {
    const registered = fakePermissions(new Set());
    expect(await syncContentScripts({ added: [], removed: [], everySite: true })).toEqual({ added: [], everySite: false });
    expect(registered.size).toBe(0);
    const granted = fakePermissions(new Set(["https://*/*"]));
    await syncContentScripts({ added: [], removed: [], everySite: true });
    const script = granted.get("tidemark-every-site")!;
    expect(script.matches).toEqual(["https://*/*"]);
    expect(script.excludeMatches).toContain("https://*.bbc.co.uk/*");
  });
});
