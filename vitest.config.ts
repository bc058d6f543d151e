import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";

// Unit, component and glue tests. jsdom for DOM code (mark.js unmark() is a no-op under happy-dom);
// WXT's fake browser stands in for extension APIs. End-to-end tests have their own config.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    restoreMocks: true,
  },
});
