#!/usr/bin/env node
// `npm run setup`: database (created if missing), migrations, demo organisation.
import { spawnSync } from "node:child_process";
import { databaseUrl, ensureDatabase } from "./local-database.mjs";

const url = databaseUrl();
await ensureDatabase(url);
const env = { ...process.env, DATABASE_URL: url };
for (const [cmd, args] of [
  [process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"]],
  ["npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]],
]) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log(`Ready. Run the dashboard with: npm run dashboard`);
