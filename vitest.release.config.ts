import { defineConfig } from "vitest/config";

// Release checks (issue 16): `npm run zip` and what the store zips hold, and that the Firefox sources zip
// rebuilds the same package. Slow (a fresh `npm ci` in the unpacked sources): a config of its own, run once.
export default defineConfig({
  test: {
    include: ["tests/release/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
