import { defineConfig } from "vitest/config";
import path from "node:path";

// Two projects: pure unit tests next to the code, and database-backed
// `*.integration.test.ts` against a real, migrated PostgreSQL (tests/setup/global-db.ts).
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // The marker throws outside the react-server condition: tests import server modules directly.
      "server-only": path.resolve(__dirname, "tests/setup/server-only.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts", "app/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.integration.test.ts"],
          exclude: ["node_modules/**"],
          environment: "node",
          globalSetup: ["tests/setup/global-db.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
