import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Integration tests run Eleventy, which loads our TypeScript config through tsx.
    pool: "forks",
    execArgv: ["--import", "tsx"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
