import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Playwright cannot download its own browsers here: use Debian's Chromium (see README).
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const port = Number(process.env.E2E_PORT ?? 3100);

// Specs that need the whole organisation or the whole database to themselves: the one-lane rule
// spec drops every READY lane to HOLD for a moment (a lane moving to Canary beside it would be
// refused), and the fuzz spec checks that no table changes when a write is refused (any other
// spec's write would show up as a change). They are project "alone", which scripts/run-e2e.mjs runs
// first, one file at a time, before project "chromium" (a second `playwright test`: a project's
// `dependencies` would run all of "alone" before any single chromium spec, too).
const ALONE = [/one-lane-rule\.spec\.ts$/, /fuzz-openapi\.spec\.ts$/];
// The phases keep their own results and reports (each `playwright test` empties its outputDir).
const phase = process.env.E2E_PHASE === "alone" ? "-alone" : "";

export default defineConfig({
  testDir: "e2e",
  outputDir: `test-results${phase}`,
  // Every other spec builds the lanes it asserts on through the API (e2e/factories/lanes.ts) with
  // unique slugs, and reads the demo seed only where the seed is its subject, so spec files run
  // side by side. Within a file tests run in order unless the file says `mode: "parallel"`.
  // Two workers: the machine (and CI's) has two cores, and each worker drives a Chromium against
  // one `next start`.
  fullyParallel: false,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  reporter: [["list"], ["html", { open: "never", outputFolder: `playwright-report${phase}` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // `setup` signs in once per role (e2e/auth.setup.ts); every spec runs signed in as the platform
  // lead unless it picks another role with `test.use({ storageState: STORAGE.stakeholder })`.
  // `alone` runs its files in one worker; `chromium` is everything else, including specs added later.
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    {
      name: "alone",
      testMatch: ALONE,
      workers: 1,
      use: { ...devices["Desktop Chrome"], storageState: "e2e/.auth/lead.json" },
      dependencies: ["setup"],
    },
    {
      name: "chromium",
      testIgnore: ALONE,
      use: { ...devices["Desktop Chrome"], storageState: "e2e/.auth/lead.json" },
      dependencies: ["setup"],
    },
  ],
  webServer: {
    command: `npx next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
