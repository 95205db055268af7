#!/usr/bin/env node
// `DATABASE_URL=... npm run setup`: prepares a Postgres server for Lanegate in one go: creates the
// database if missing, applies migrations and loads the demo organisation. The embedded database
// needs none of this: `npm run dashboard` does it on first start.
import { spawnSync } from "node:child_process";
import { ensureDatabase } from "./local-database.mjs";

const url = process.env.DATABASE_URL;
if (!url) {
  console.log(
    "Nothing to set up: without DATABASE_URL, `npm run dashboard` creates and fills the embedded database on first start.",
  );
  console.log("To prepare a Postgres server instead: DATABASE_URL=postgresql://user@host:5432/lanegate npm run setup");
  process.exit(0);
}
await ensureDatabase(url);
// spawnSync is fine here: no embedded server lives in this process.
for (const [cmd, args] of [
  [process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"]],
  ["npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]],
]) {
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log(`Ready. Run the dashboard with: npm run dashboard`);
