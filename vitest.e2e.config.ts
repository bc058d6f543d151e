import { defineConfig } from "vitest/config";

// End-to-end tests: real Chromium (playwright-core) and Firefox ESR (puppeteer-core, WebDriver BiDi)
// with the e2e build (`npm run build:e2e`) loaded, against pages served on 127.0.0.1.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
