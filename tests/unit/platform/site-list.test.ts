import { describe, expect, it } from "vitest";
import { effectiveSites, isActiveOn, parseSiteInput, siteForHost, siteKey } from "../../../platform/site-list";

const NONE = { added: [], removed: [], everySite: false };

describe("site list", () => {
  it("starts from the built-in list, removes and adds", () => {
    const sites = effectiveSites({ added: ["example.org"], removed: ["bbc.co.uk"], everySite: false }, false);
    expect(sites).toContain("example.org");
    expect(sites).not.toContain("bbc.co.uk");
    expect(sites).toContain("lemonde.fr");
  });
  it("adds loopback only in the e2e build", () => {
    expect(effectiveSites(NONE, false)).not.toContain("127.0.0.1");
    expect(effectiveSites(NONE, true)).toContain("127.0.0.1");
  });
  it.each([
    ["www.bbc.co.uk", "bbc.co.uk"],
    ["news.sky.com", "news.sky.com"],
    ["sky.com", null],
    ["evilbbc.co.uk", null],
    ["WWW.LEMONDE.FR.", "lemonde.fr"],
  ])("%s belongs to %s", (host, site) => {
    expect(siteForHost(host, effectiveSites(NONE, false))).toBe(site);
  });
  it("respects the global switch, per-site switches and every-site opt-in", () => {
    const base = { enabled: true, siteOverrides: {}, sites: NONE };
    expect(isActiveOn("www.theguardian.com", base)).toBe(true);
    expect(isActiveOn("www.theguardian.com", { ...base, enabled: false })).toBe(false);
    expect(isActiveOn("www.theguardian.com", { ...base, siteOverrides: { "theguardian.com": false } })).toBe(false);
    expect(isActiveOn("example.org", base)).toBe(false);
    expect(isActiveOn("example.org", { ...base, sites: { ...NONE, everySite: true } })).toBe(true);
  });
  it.each([
    ["https://www.lemonde.fr/politique/", { host: "lemonde.fr" }],
    ["  Nice-Matin.com ", { host: "nice-matin.com" }],
    ["localhost", { error: expect.stringMatching(/not a site name/) }],
    ["10.0.0.1", { error: expect.stringMatching(/not a site name/) }],
    ["", { error: expect.stringMatching(/Type a site/) }],
    ["http://[::1", { error: expect.stringMatching(/not a web address/) }],
  ])("parses %j", (input, expected) => {
    expect(parseSiteInput(input)).toEqual(expected);
  });

  // The content script looks per-site switches up with this key, so it must be the listed site
  // ("bbc.co.uk" for www.bbc.co.uk), the same key the popup and options write.
  it.each([
    ["www.bbc.co.uk", "bbc.co.uk"],
    ["news.bbc.co.uk", "bbc.co.uk"],
    ["www.lemonde.fr", "lemonde.fr"],
    ["news.sky.com", "news.sky.com"],
    ["example.org", null],
  ])("siteKey(%s) is %s", (host, key) => {
    expect(siteKey(host, NONE)).toBe(key);
  });
});
