import { defineConfig } from "vitest/config";

// Tests that run the real scripts against the built app (`npm run test:after-build`, after `npm run build`).
// Each makes its own temporary data folder and free port; no shared database, so no global setup.
export default defineConfig({
  test: {
    include: ["tests/after-build/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    // Generous: a shared 2-core machine draws the seed pictures and starts Next slowly.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ["default", ["./tests/reporters/vitest-durations.ts", { runner: "after-build" }]],
  },
});
