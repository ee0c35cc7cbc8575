import path from "node:path";
import { defineConfig } from "vitest/config";

// A database folder of this run's own, so two runs at once (two engineers, or CI and a dev) never
// delete each other's database. The global setup creates it and removes it afterwards.
const dataDir = process.env.VITEST_DATA_DIR ?? path.resolve(import.meta.dirname, `data/vitest/run-${process.pid}`);
process.env.VITEST_DATA_DIR = dataDir;

export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/server-only-shim.ts") },
  },
  test: {
    include: ["**/*.test.ts"],
    // tests/after-build/ drive the built app (`npm run test:after-build`, after `npm run build`).
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".vercel/**", "data/**", "tests/after-build/**"],
    environment: "node",
    // Integration tests run against a real, freshly migrated SQLite file of their own.
    globalSetup: ["./tests/global-setup.ts"],
    setupFiles: ["./tests/worker-data-folder.ts"],
    env: { NODE_ENV: "test" },
    // Two files at a time, each worker on its own copy of the database; a file's tests run in order.
    maxWorkers: 2,
    testTimeout: 30_000,
    // Durations and limits for the slow-test report at the end of `npm test` (docs/testing.md).
    reporters: ["default", ["./tests/reporters/vitest-durations.ts", { runner: "unit" }]],
  },
});
