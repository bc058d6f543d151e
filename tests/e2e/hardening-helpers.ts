import { fakeGovuk, storageSet, toBackground } from "./controls-helpers";
import type { ExtensionBrowser } from "./support/harness";
import type { TestServer } from "./support/server";

/**
 * Gives the background its official data the way a reader's browser gets it: a GOV.UK refresh, here
 * from the fake GOV.UK on `server` (the e2e build reads `e2eGovukUrl`). Until then cards cannot load.
 */
export async function loadOfficialData(browser: ExtensionBrowser, server: TestServer): Promise<void> {
  const govuk = fakeGovuk(server);
  govuk.serve("2026-08-21");
  await storageSet(browser, { e2eGovukUrl: govuk.contentUrl });
  const report = (await toBackground(browser, "refreshNow")) as { govuk: { ok: boolean; error?: string } };
  if (!report.govuk.ok) throw new Error(`the fake GOV.UK refresh failed: ${report.govuk.error}`);
}
