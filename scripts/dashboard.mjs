#!/usr/bin/env node
// `npm run dashboard`: applies pending migrations, builds when needed, serves on PORT (3000).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { databaseUrl } from "./local-database.mjs";

const env = { ...process.env, DATABASE_URL: databaseUrl(), NEXT_TELEMETRY_DISABLED: "1" };
const port = process.env.PORT || "3000";
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
step(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"]);
if (!existsSync(".next/BUILD_ID") || process.argv.includes("--rebuild")) step("npx", ["next", "build"]);
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
