import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { insertTestTeam } from "./test-team";
import { EMBEDDED_APP_POOL_MAX, startEmbeddedPostgres } from "@/scripts/embedded-postgres.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The embedded-database run of the integration tests: a throwaway in-memory PGlite, served on a
 * loopback port and migrated with `prisma migrate deploy` exactly like the Postgres server's
 * fresh databases, so the same tests prove the same migrations and queries work on both.
 */
export default async function setup(project: TestProject) {
  const server = await startEmbeddedPostgres({ dataDir: "memory://" });
  try {
    await migrate(server.url);
    await insertTestTeam(server.url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  project.provide("databaseUrl", server.url);
  // The app's pool size on the embedded database, for the same reason (see embedded-postgres.mjs).
  project.provide("databasePoolMax", EMBEDDED_APP_POOL_MAX);
  project.provide("databaseEmbedded", true);
  return () => server.stop();
}

// Asynchronous on purpose: the socket server lives in this process, so a synchronous child
// (execFileSync) would block the very event loop that has to answer its queries.
function migrate(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "scripts/prisma.mjs"), "migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma migrate deploy exited with ${code}`)),
    );
  });
}
