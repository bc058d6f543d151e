import { existsSync } from "node:fs";

/** Locates a browser binary or throws a message that says how to get one (never skips silently). */
export function browserPath(kind: "chromium" | "firefox"): string {
  const envVar = kind === "chromium" ? "CHROMIUM_PATH" : "FIREFOX_PATH";
  const pkg = kind === "chromium" ? "chromium" : "firefox-esr";
  const candidates = kind === "chromium"
    ? ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    : ["/usr/bin/firefox-esr", "/usr/bin/firefox"];
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar}=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No ${kind} browser found (looked in ${candidates.join(", ")}). Install it with ` +
        `"sudo apt-get install -y ${pkg}" or point ${envVar} at a ${kind} binary.`,
    );
  }
  return found;
}

/** Where the e2e builds land (npm run build:e2e). */
export const E2E_BUILD = {
  chromium: new URL("../../../.output/chrome-mv3-e2e", import.meta.url).pathname,
  firefox: new URL("../../../.output/firefox-mv2-e2e", import.meta.url).pathname,
};

/** Where failing tests leave screenshots and console logs. */
export const ARTIFACTS_DIR = new URL("../../../test-results/", import.meta.url).pathname;
