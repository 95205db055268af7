#!/usr/bin/env node
// `npm run db:reset-demo`: deletes the embedded database, so that the next `npm run dashboard`
// starts from fresh demo data. It takes the data folder's lock first, so it refuses to delete the
// folder under a running dashboard. A server named by DATABASE_URL is never touched.
import fs from "node:fs";
import path from "node:path";
import { acquireDataFolderLock } from "./data-folder-lock.mjs";
import { DATA_DIR, LOCK_FILE } from "./open-database.mjs";

let release;
try {
  release = acquireDataFolderLock(LOCK_FILE);
} catch (error) {
  console.error(`${error.message}\nStop the dashboard (Ctrl-C) first, then run this again.`);
  process.exit(1);
}
try {
  const existed = fs.existsSync(DATA_DIR);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const where = path.relative(process.cwd(), DATA_DIR) || DATA_DIR;
  console.log(existed ? `Deleted the embedded database (${where}).` : `No embedded database to delete (${where}).`);
  console.log("The next `npm run dashboard` creates it again with the demo organisation.");
  if (process.env.DATABASE_URL)
    console.log("DATABASE_URL is set: that server was not touched (reset it with npm run db:reset).");
} finally {
  release();
}
