import { defineConfig } from "wxt";
import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";

// The e2e build (TIDEMARK_E2E=1, `--mode e2e`) also runs on pages served from loopback, so tests
// and the demo can use local fixture pages. Release builds never match localhost.
const e2e = process.env.TIDEMARK_E2E === "1";

export default defineConfig({
  hooks: {
    // Issue 13: the build fails when the bundled data breaks the schema (a figure without an https source,
    // a publication date, a unit or a period), not only the tests.
    "build:before": async () => {
      const { bundledDataset } = await import("./core/data/bundled.ts");
      const { validateDataset } = await import("./core/data/schema.ts");
      const result = validateDataset(bundledDataset(), new Date().toISOString().slice(0, 10));
      if (!result.ok) throw new Error(`assets/data does not pass the dataset schema:\n${result.problems.join("\n")}`);
    },
    // WXT sets the toolbar button's title from popup.html's <title>, which cannot be a __MSG_ key (the popup
    // page itself would show the key): set it here, after WXT, for both action (MV3) and browser_action (MV2).
    "build:manifestGenerated": (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = "__MSG_actionTitle__";
    },
  },
  imports: false,
  modules: ["@wxt-dev/webextension-polyfill"],
  outDir: ".output",
  outDirTemplate: e2e ? "{{browser}}-mv{{manifestVersion}}-e2e" : "{{browser}}-mv{{manifestVersion}}",
  // Issue 16: the sources zip for addons.mozilla.org holds what rebuilds the Firefox package with the
  // README's two commands (tests/release/zip.test.ts rebuilds it), not pictures or test and bench code.
  zip: {
    excludeSources: ["store/**", "docs/screenshots/**", "tests/**", "bench/**", "BENCHMARKS.md", "test-results/**", "demo-output/**", "bench-output/**", "**/*.log"],
  },
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: process.env.TIDEMARK_SOURCEMAP === "1" },
    // The polyfill through an ES-module wrapper: see platform/webextension-polyfill.mjs (issue 15).
    resolve: { alias: [{ find: /^webextension-polyfill$/, replacement: fileURLToPath(new URL("./platform/webextension-polyfill.mjs", import.meta.url)) }] },
  }),
  manifest: ({ browser }) => ({
    // Issue 16: the texts a browser shows outside our pages (extension list, toolbar tooltip, shortcut
    // settings, store summary) come from public/_locales/<lang>/messages.json, in the browser's language.
    // The version is package.json's alone (WXT copies it). Decision 0011.
    default_locale: "en",
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    // Why each permission is needed: README "Permissions" and docs/decisions/0005-controls-and-refresh.md.
    // activeTab: the popup learns the open tab's address (to offer "Run Tidemark on this site") and can
    // start the content script there at once, only after the reader clicks the toolbar button.
    permissions: ["storage", "alarms", "scripting", "activeTab"],
    // GOV.UK Content API and its attachment host, for live refresh of the Home Office series.
    host_permissions: [
      "https://www.gov.uk/*",
      "https://assets.publishing.service.gov.uk/*",
      ...(e2e ? ["http://127.0.0.1/*", "http://localhost/*"] : []),
    ],
    // Asked for at the moment a reader adds a site or a feed, or opts in to every site.
    optional_host_permissions: ["https://*/*"],
    // Firefox's MV2 build: WXT drops optional_host_permissions there; MV2 lists origins here.
    ...(browser === "firefox" ? { optional_permissions: ["https://*/*"] } : {}),
    icons: { 16: "icons/16.png", 32: "icons/32.png", 48: "icons/48.png", 96: "icons/96.png", 128: "icons/128.png" },
    // Issue #5: the highlighter and popover, imported by the content script only on pages with a highlight;
    // the page's own reader, only when the background cannot read a page (issue 15).
    // Chrome: only at a per-session URL (use_dynamic_url), so a page cannot probe the fixed
    // chrome-extension://<id>/page-kit.js to learn Tidemark is installed (issue 14). Firefox's
    // moz-extension:// host is already a random UUID per installation.
    web_accessible_resources:
      browser === "firefox"
        ? ["page-kit.js", "reader-kit.js"]
        : [{ resources: ["page-kit.js", "reader-kit.js"], matches: ["<all_urls>"], use_dynamic_url: true }],
    // Issue #5: step through highlights from the keyboard (rebindable in the browser's shortcut settings).
    commands: {
      "next-highlight": { suggested_key: { default: "Alt+Shift+J" }, description: "__MSG_commandNextHighlight__" },
      "previous-highlight": { suggested_key: { default: "Alt+Shift+K" }, description: "__MSG_commandPreviousHighlight__" },
    },
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "tidemark@tidemark.invalid",
              strict_min_version: "140.0",
              data_collection_permissions: { required: ["none"] },
            },
            // data_collection_permissions is understood from Firefox for Android 142.
            gecko_android: { strict_min_version: "142.0" },
          },
        }
      : {}),
  }),
});
