import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadOfficialData } from "./hardening-helpers";
import { MARKS, waitForPopover } from "./page-helpers";
import { axeProblems } from "./support/axe";
import { launchBrowser, withPage, type ExtensionBrowser } from "./support/harness";
import { startServer, type TestServer } from "./support/server";

const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;

// Issue 8, "Accessibility": axe-core (npm) inside real browsers on the popup and the options page, in light
// and dark (colour contrast is one of axe's serious rules), and on an open popover (its shadow root only:
// the fixture page is not ours to judge): 0 serious or critical violations.
// Firefox cannot switch colour schemes on a running browser, so each scheme gets its own launch.
describe.each([
  ["chromium", "light"], ["chromium", "dark"], ["firefox", "light"], ["firefox", "dark"],
] as const)("accessibility in %s, %s", (name, scheme) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(FIXTURES);
    browser = await launchBrowser(name, { colorScheme: scheme });
    await loadOfficialData(browser, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(["popup.html", "options.html"])("%s has no serious or critical axe violation", async (path) => {
    await withPage(await browser.openExtensionPage(path), `${name}-axe-${scheme}-${path}`, async (page) => {
      await page.emulateColorScheme(scheme);
      await page.waitFor("#app > *");
      expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(scheme === "dark");
      expect(await axeProblems(page)).toEqual([]);
    });
  });

  it.each(["mention", "claim"])("an open popover for a %s has no serious or critical axe violation", async (kind) => {
    await withPage(await browser.newPage(server.url("/pages/page-static.html")), `${name}-axe-${scheme}-popover-${kind}`, async (page) => {
      await page.emulateColorScheme(scheme);
      const selector = `${MARKS}[data-tidemark="${kind}"][tabindex="0"]`;
      await page.waitFor(selector);
      await page.focus(selector);
      await waitForPopover(page);
      // The full card (sources listed), not its loading state.
      await page.waitForFunction(() => !!document.querySelector("tidemark-popover")?.shadowRoot?.querySelector(".tm-sources"));
      expect(await axeProblems(page, "tidemark-popover")).toEqual([]);
    });
  });
});
