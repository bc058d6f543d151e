import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type PageExtensionApi, withPage, type ExtensionBrowser } from "./support/harness";
import { startServer, type TestServer } from "./support/server";

const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;

describe.each(["chromium", "firefox"] as const)("foundation in %s", (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(FIXTURES);
    browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the content script highlights mentions on a fixture page", async () => {
    await withPage(await browser.newPage(server.url("/pages/basic-article.html")), `${name}-content`, async (page) => {
      await page.waitFor("[data-tidemark]");
      const marked = await page.evaluate(() =>
        [...document.querySelectorAll("[data-tidemark]")].map((el) => el.textContent?.toLowerCase()),
      );
      expect(marked).toContain("small boats");
    });
  });

  it("the popup renders and its toggle writes to storage", async () => {
    await withPage(await browser.openExtensionPage("popup.html"), `${name}-popup`, async (page) => {
      await page.waitFor("input[role=switch]");
      const before = await page.evaluate(() => (document.querySelector("input[role=switch]") as HTMLInputElement).checked);
      expect(before).toBe(true);
      await page.click("input[role=switch]");
      await page.waitForFunction(async () => {
        const g = globalThis as unknown as { browser?: PageExtensionApi; chrome: PageExtensionApi };
        const api = g.browser ?? g.chrome;
        const stored = await api.storage.local.get("enabled");
        return stored.enabled === false;
      });
      await page.click("input[role=switch]");
    });
  });

  it("the options page renders", async () => {
    await withPage(await browser.openExtensionPage("options.html"), `${name}-options`, async (page) => {
      await page.waitFor("h1");
      expect(await page.evaluate(() => document.querySelector("h1")?.textContent)).toMatch(/Tidemark/);
    });
  });

  it("the background answers a message", async () => {
    await withPage(await browser.openExtensionPage("popup.html"), `${name}-ping`, async (page) => {
      const answer = await page.evaluate(async () => {
        const g = globalThis as unknown as { browser?: PageExtensionApi; chrome: PageExtensionApi };
        const api = g.browser ?? g.chrome;
        return api.runtime.sendMessage({ to: "background", type: "ping", data: {} });
      });
      expect(answer).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    });
  });
});
