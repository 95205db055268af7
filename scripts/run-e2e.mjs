#!/usr/bin/env node
// Runs the Playwright suite against a fresh database: create, migrate, seed, then `playwright test`
// (whose webServer inherits DATABASE_URL). As a deployment should, it migrates as the table owner
// (DATABASE_MIGRATION_URL) and runs the app as a role of its own that may only read and write rows
// (scripts/app-role-grants.mjs). The database and the role are dropped afterwards.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { OIDC_TEST_CLIENT } from "./oidc-test-provider.mjs";
import { grantAppRole } from "./grant-app-role.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `lanegate_e2e_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const appRole = `${name}_app`;
const appUrl = new URL(url);
appUrl.username = appRole;
appUrl.password = "";
const port = Number(process.env.E2E_PORT ?? 3100);
// The app under test signs people in with passwords and through a real OIDC provider on loopback.
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? port + 5000);
const env = {
  ...process.env,
  DATABASE_MIGRATION_URL: url.toString(),
  DATABASE_URL: appUrl.toString(),
  NEXT_TELEMETRY_DISABLED: "1",
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "e2e-only-secret-0123456789abcdef0123456789",
  BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
  OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
  OIDC_CLIENT_ID: OIDC_TEST_CLIENT.id,
  OIDC_CLIENT_SECRET: OIDC_TEST_CLIENT.secret,
  OIDC_NAME: "Northwind SSO",
  // The main server refuses loopback receivers (SSRF guard), so it leaves the outbox to the extra
  // instances of e2e/two-instances.spec.ts, which may reach the spec's receiver on loopback.
  WEBHOOK_WORKER: "false",
};

async function admin(sql) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

function run(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: "inherit" });
  return r.status ?? 1;
}

// Playwright runs as a child with spawnSync, so the provider lives in its own process too.
function startProvider() {
  const child = spawn(
    process.execPath,
    [
      path.join(root, "scripts/oidc-test-provider.mjs"),
      "--port",
      String(oidcPort),
      "--redirect",
      `${env.BETTER_AUTH_URL}/api/auth/callback/oidc`,
    ],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout.once("data", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`OIDC test provider exited with ${code}`)));
  });
}

await admin(`CREATE DATABASE "${name}"`);
await admin(`CREATE ROLE "${appRole}" LOGIN`);
let status = 1;
const provider = await startProvider();
try {
  status = run(process.execPath, [path.join(root, "scripts/prisma.mjs"), "migrate", "deploy"]);
  if (status === 0) await grantAppRole({ ownerUrl: url.toString(), role: appRole });
  if (status === 0) status = run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);
  // Two phases against the same database (playwright.config.ts says why): first the specs that need
  // it to themselves, one at a time; then every other spec, side by side. Both run whatever the
  // first answered, and a file filter picks from both (a phase with no match passes).
  if (status === 0) {
    const args = [...process.argv.slice(2), "--pass-with-no-tests"];
    const alone = run("npx", ["playwright", "test", "--project=alone", ...args], { E2E_PHASE: "alone" });
    const parallel = run("npx", ["playwright", "test", "--project=chromium", ...args]);
    status = alone || parallel;
  }
} finally {
  provider.kill();
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`DROP ROLE IF EXISTS "${appRole}"`);
}
process.exit(status);
