import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeProblems } from "./support/axe";
import { launchBrowser, withPage, type ExtensionBrowser } from "./support/harness";

// Issue 8, "Accessibility": axe-core (npm) inside real browsers on the popup and the options page, in light
// and dark (colour contrast is one of axe's serious rules): 0 serious or critical violations.
// Firefox cannot switch colour schemes on a running browser, so each scheme gets its own launch.
describe.each([
  ["chromium", "light"], ["chromium", "dark"], ["firefox", "light"], ["firefox", "dark"],
] as const)("accessibility in %s, %s", (name, scheme) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => { browser = await launchBrowser(name, { colorScheme: scheme }); });
  afterAll(async () => { await browser?.close(); });

  it.each(["popup.html", "options.html"])("%s has no serious or critical axe violation", async (path) => {
    await withPage(await browser.openExtensionPage(path), `${name}-axe-${scheme}-${path}`, async (page) => {
      await page.emulateColorScheme(scheme);
      await page.waitFor("#app > *");
      expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(scheme === "dark");
      expect(await axeProblems(page)).toEqual([]);
    });
  });
});
