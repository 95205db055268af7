// The README's run command on a fresh clone with no DATABASE_URL: embedded database, demo lanes in a
// real browser, data kept across a restart, a clean stop that leaves no process behind, and a clear
// refusal to start twice on one port.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/server/db";
import { cleanCopy } from "@/tests/clean-copy";
import { processesIn } from "@/tests/processes-in";
import { TEST_TEAM } from "@/tests/test-team";

const DEMO_LANES = ["Nightly revenue rollup", "Clickstream sessionization", "Supplier risk scoring"];
const PROBE = { slug: "first-run-probe", name: "First-run probe lane" };
const START_TIMEOUT_MS = 360_000; // cold start on 2 busy cores, a `next build` included when there is no build to reuse

type Run = { child: ChildProcess; output: () => string; exited: Promise<void> };

let copy: ReturnType<typeof cleanCopy>;
let port: number;
let browser: Browser;
const runs: Run[] = [];

// A newcomer's shell: no DATABASE_URL, nothing of this test runner's (NODE_ENV=test, VITEST...).
const SHELL_VARIABLES = new Set(["PATH", "HOME", "LANG", "TERM", "TMPDIR", "USER"]);
function shellEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (!SHELL_VARIABLES.has(key)) delete env[key];
  env.PORT = String(port);
  return env;
}

function startDashboard(): Run {
  // Its own process group, like a terminal's foreground job, so that "Ctrl-C" can go to all of it.
  const child = spawn("npm", ["run", "dashboard"], {
    cwd: copy.dir,
    env: shellEnv(),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const run = {
    child,
    output: () => output,
    exited: new Promise<void>((resolve) => child.on("exit", () => resolve())),
  };
  runs.push(run);
  return run;
}

async function waitUntilRunning(run: Run, label: string) {
  const started = Date.now();
  await expect
    .poll(() => run.output().includes("Lanegate is running") || run.child.exitCode !== null, {
      timeout: START_TIMEOUT_MS,
      interval: 500,
    })
    .toBe(true);
  expect(run.output(), run.output()).toContain(`Lanegate is running: http://localhost:${port}`);
  console.info(
    `${label}: running after ${((Date.now() - started) / 1000).toFixed(1)} s (build ${copy.reusedBuild ? "reused" : "made by the run"})`,
  );
}

/**
 * What a terminal's Ctrl-C does: SIGINT to the whole foreground process group. npm itself dies of
 * it at once, so the stop is over when every process working in the copy is gone.
 */
async function pressCtrlC(run: Run) {
  process.kill(-run.child.pid!, "SIGINT");
  await run.exited;
  await expect.poll(() => processesIn(copy.dir), { timeout: 30_000, interval: 250 }).toEqual([]);
  expect(run.output()).toContain("Stopped: web server down, database closed.");
}

async function laneLinks(names: string[]) {
  const page = await browser.newPage();
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    // Nothing is readable signed out: sign in as the demo platform lead (README).
    await page.getByLabel("Email").fill("priya.raman@northwind.example");
    await page.getByLabel("Password").fill("lanegate-demo");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { name: "Readiness" }).waitFor({ timeout: 60_000 });
    // Links in the readiness table (other cards may link to a lane too).
    return await Promise.all(
      names.map((name) => page.locator("tr[data-lane]").getByRole("link", { name, exact: true }).count()),
    );
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  copy = cleanCopy({ withBuild: true });
  port = await freePort();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  for (const run of runs) {
    try {
      process.kill(-run.child.pid!, "SIGKILL"); // only if a failed assertion left it running
    } catch {
      // already gone
    }
  }
  copy?.remove();
});

describe(`npm run dashboard in a clean copy, no DATABASE_URL`, () => {
  it("serves the demo lanes, keeps a change across a restart and leaves no process behind", async () => {
    const first = startDashboard();
    await waitUntilRunning(first, "first start");
    expect(first.output()).toContain("embedded PostgreSQL (PGlite)");
    expect(first.output()).toContain("Load the demo organisation");
    expect(await laneLinks(DEMO_LANES)).toEqual(DEMO_LANES.map(() => 1));

    // A second start on the same port is refused before it touches the data folder.
    const lock = fs.readFileSync(path.join(copy.dir, ".data/pglite.lock"), "utf8");
    const second = spawnSync(process.execPath, ["scripts/dashboard.mjs"], {
      cwd: copy.dir,
      env: shellEnv(),
      encoding: "utf8",
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`Port ${port} is already in use`);
    expect(fs.readFileSync(path.join(copy.dir, ".data/pglite.lock"), "utf8")).toBe(lock);

    // A change, written through the embedded server the dashboard prints.
    const url = first.output().match(/postgresql:\/\/postgres@127\.0\.0\.1:\d+\/postgres/)?.[0];
    expect(url, first.output()).toBeDefined();
    const db = createDb(url!, { poolMax: 1 });
    await db.lane.create({ data: { ...PROBE, workload: "probe", team: TEST_TEAM, engineVersion: "53.0.0" } });
    await db.$disconnect();
    expect(await laneLinks([PROBE.name])).toEqual([1]);

    await pressCtrlC(first);
    // Released only after the database has closed: the folder was shut down, not abandoned.
    expect(fs.existsSync(path.join(copy.dir, ".data/pglite.lock"))).toBe(false);

    const restarted = startDashboard();
    await waitUntilRunning(restarted, "restart");
    expect(restarted.output()).not.toContain("Load the demo organisation");
    expect(await laneLinks([PROBE.name, ...DEMO_LANES])).toEqual([1, ...DEMO_LANES.map(() => 1)]);
    await pressCtrlC(restarted);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, () => {
      const { port: free } = server.address() as net.AddressInfo;
      server.close(() => resolve(free));
    });
  });
}
