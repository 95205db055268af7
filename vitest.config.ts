import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root, "server-only": `${root}tests/server-only-stub.ts` } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/*.first-run.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.integration.test.ts"],
          exclude: ["node_modules/**"],
          globalSetup: ["tests/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The same tests on the embedded database (PGlite): the seed, the lane queries and the
        // schema's constraints, the parts of Lanegate that depend on Postgres behaving the same.
        extends: true,
        test: {
          name: "integration-pglite",
          include: ["lib/server/**/*.integration.test.ts", "prisma/schema.integration.test.ts"],
          exclude: ["node_modules/**"],
          globalSetup: ["tests/global-setup-pglite.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The README's run command in a clean copy of the project (minutes: run from the e2e step).
        extends: true,
        test: {
          name: "first-run",
          include: ["scripts/**/*.first-run.test.ts"],
          exclude: ["node_modules/**"],
          testTimeout: 900_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
