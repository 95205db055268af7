#!/usr/bin/env node
// `npm run dashboard [-- --seed] [-- --rebuild]`: the one command that brings Lanegate up. Checks
// the port, opens the database (embedded unless DATABASE_URL is set), applies pending migrations,
// loads the demo organisation when it should, builds when needed, serves on PORT (3000) and shuts
// everything down in order on Ctrl-C: the web server first, then the database it writes to.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "./open-database.mjs";
import { pendingMigrations } from "./pending-migrations.mjs";
import { assertPortFree } from "./port-check.mjs";
import { runInGroup, startInGroup, stopAllGroups } from "./process-group.mjs";
import { adviceFor, printReady, waitForHealth } from "./dashboard-ready.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const args = new Set(process.argv.slice(2));
const port = Number(process.env.PORT || 3000);

let opening; // the database being opened: a Ctrl-C during its first-start initialisation waits for it
let database;
let stopping = false;

// The production server needs a session-signing secret. Locally, keep one generated secret in
// .data/ (git-ignored) so sign-ins survive restarts; deployments set BETTER_AUTH_SECRET themselves.
function localAuthSecret() {
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  try {
    await stopAllGroups();
    // Closing a database that was half-way through opening would leave its folder half-created.
    await (database ?? (await opening?.catch(() => undefined)))?.close();
    if (code === 0) console.log("Stopped: web server down, database closed.");
  } catch (error) {
    console.error(`Shutdown: ${error.message}`);
    code ||= 1;
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (stopping) return console.log("Still stopping: closing the database cleanly.");
    console.log(`\nStopping Lanegate (${signal})...`);
    void shutdown(0);
  });
}

/** A step that fails ends the run, unless it failed because we are already stopping. */
async function step(label, argv, env) {
  console.log(`\n> ${label}`);
  const code = await runInGroup(process.execPath, argv, { env, cwd: root });
  if (code !== 0 && !stopping) {
    console.error(`${label} failed (exit code ${code}).`);
    await shutdown(code);
  }
  return code === 0 && !stopping;
}

async function main() {
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);
  await assertPortFree(port);
  opening = openDatabase();
  database = await opening;
  if (stopping) return;
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXT_TELEMETRY_DISABLED: "1",
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || localAuthSecret(),
    BETTER_AUTH_URL: process.env.BETTER_AUTH_URL || `http://localhost:${port}`,
  };
  if (database.poolMax) env.DATABASE_POOL_MAX = String(database.poolMax);
  // The embedded database keeps one session across its socket's connections: a statement prepared
  // under a name would outlive the connection that prepared it and clash with the next.
  if (database.embedded) env.DATABASE_PREPARED_STATEMENTS = "false";
  // The embedded database has one user: a migration URL meant for a server must not redirect Prisma.
  if (database.embedded) delete env.DATABASE_MIGRATION_URL;
  console.log(`Database: ${database.description}`);

  // Migrations run as the table owner when the app has a role of its own (DATABASE_MIGRATION_URL).
  const migrationUrl = (!database.embedded && process.env.DATABASE_MIGRATION_URL) || database.url;
  const pending = await pendingMigrations({ url: migrationUrl, migrationsDir: path.join(root, "prisma/migrations") });
  if (pending.length === 0) console.log("Migrations: none pending.");
  else if (!(await step("Apply migrations", [path.join(root, "scripts/prisma.mjs"), "migrate", "deploy"], env))) return;
  if (database.needsDemo || args.has("--seed")) {
    if (
      !(await step(
        "Load the demo organisation",
        [require.resolve("tsx/cli"), "--conditions=react-server", "prisma/seed.ts"],
        env,
      ))
    )
      return;
    database.markDemoLoaded();
  }
  if (!existsSync(path.join(root, ".next/BUILD_ID")) || args.has("--rebuild")) {
    if (
      !(await step("Build the app (a minute or two on 2 cores)", [require.resolve("next/dist/bin/next"), "build"], env))
    )
      return;
  }

  const serverEnv = {
    ...env,
    NODE_OPTIONS:
      `${env.NODE_OPTIONS ?? ""} --require ${JSON.stringify(path.join(root, "scripts/exit-with-parent.cjs"))}`.trim(),
  };
  const server = startInGroup(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(port)], {
    env: serverEnv,
    cwd: root,
  });
  server.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`The web server stopped (${signal ?? `exit code ${code}`}).`);
    void shutdown(code || 1);
  });
  if (await waitForHealth({ port, server })) printReady({ port, database });
}

main().catch(async (error) => {
  console.error(`\n${error.message}`);
  const advice = adviceFor(error);
  if (advice) console.error(advice);
  // Nothing has been opened when the port check fails: exit before touching the data folder.
  await shutdown(1);
});
