import { defineConfig } from "wxt";
import preact from "@preact/preset-vite";

// The e2e build (TIDEMARK_E2E=1, `--mode e2e`) also runs on pages served from loopback, so tests
// and the demo can use local fixture pages. Release builds never match localhost.
const e2e = process.env.TIDEMARK_E2E === "1";

export default defineConfig({
  imports: false,
  modules: ["@wxt-dev/webextension-polyfill"],
  outDir: ".output",
  outDirTemplate: e2e ? "{{browser}}-mv{{manifestVersion}}-e2e" : "{{browser}}-mv{{manifestVersion}}",
  vite: () => ({ plugins: [preact()], build: { sourcemap: process.env.TIDEMARK_SOURCEMAP === "1" } }),
  manifest: ({ browser }) => ({
    name: "Tidemark",
    description:
      "Highlights news mentions of Channel small-boat crossings and shows the official figures behind them, with sources.",
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
    action: { default_title: "Tidemark" },
    // Issue #5: the highlighter and popover, imported by the content script only on pages with a highlight.
    // Chrome: only at a per-session URL (use_dynamic_url), so a page cannot probe the fixed
    // chrome-extension://<id>/page-kit.js to learn Tidemark is installed (issue 14). Firefox's
    // moz-extension:// host is already a random UUID per installation.
    web_accessible_resources:
      browser === "firefox"
        ? ["page-kit.js"]
        : [{ resources: ["page-kit.js"], matches: ["<all_urls>"], use_dynamic_url: true }],
    // Issue #5: step through highlights from the keyboard (rebindable in the browser's shortcut settings).
    commands: {
      "next-highlight": { suggested_key: { default: "Alt+Shift+J" }, description: "Go to the next Tidemark highlight" },
      "previous-highlight": { suggested_key: { default: "Alt+Shift+K" }, description: "Go to the previous Tidemark highlight" },
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
