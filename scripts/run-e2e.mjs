#!/usr/bin/env node
// Runs the Playwright suite against a fresh database: create, migrate, seed, then `playwright test`
// (whose webServer inherits DATABASE_URL). The database is dropped afterwards.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `lanegate_e2e_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const env = { ...process.env, DATABASE_URL: url.toString(), NEXT_TELEMETRY_DISABLED: "1" };

async function admin(sql) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit" });
  return r.status ?? 1;
}

await admin(`CREATE DATABASE "${name}"`);
let status = 1;
try {
  status = run(process.execPath, [path.join(root, "scripts/prisma.mjs"), "migrate", "deploy"]);
  if (status === 0) status = run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);
  if (status === 0) status = run("npx", ["playwright", "test", ...process.argv.slice(2)]);
} finally {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
process.exit(status);
