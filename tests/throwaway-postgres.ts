// A Postgres cluster of the test's own (initdb + pg_ctl in a temp folder, on a free loopback port),
// for tests that stop, crash and restart the database. The shared server on 127.0.0.1:5432 serves
// every other test running on the machine, so it is never the one stopped.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = process.env.PG_BIN_DIR ?? "/usr/lib/postgresql/15/bin";

export interface ThrowawayPostgres {
  /** postgresql:// URL of the migrated `lanegate` database. */
  url: string;
  port: number;
  /** `immediate` is a crash (no checkpoint; recovery on the next start); `fast` a clean shutdown. */
  stop: (mode?: "immediate" | "fast") => void;
  start: () => void;
  destroy: () => void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** initdb refuses to run as root: as root, the cluster belongs to the `postgres` user. */
function pgRun(bin: string, args: string[]) {
  const exe = path.join(BIN, bin);
  const asRoot = process.getuid?.() === 0;
  execFileSync(asRoot ? "runuser" : exe, asRoot ? ["-u", "postgres", "--", exe, ...args] : args, {
    stdio: ["ignore", "ignore", "pipe"],
  });
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  if (!existsSync(path.join(BIN, "initdb"))) throw new Error(`initdb not found in ${BIN} (set PG_BIN_DIR)`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "lanegate-pg-"));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  const port = await freePort();
  pgRun("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const start = () => pgRun("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "start"]);
  const stop = (mode: "immediate" | "fast" = "immediate") => pgRun("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]);
  start();
  const url = `postgresql://postgres@127.0.0.1:${port}/lanegate`;
  execFileSync("psql", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-qc", "CREATE DATABASE lanegate"]);
  execFileSync(process.execPath, [path.join(root, "scripts/prisma.mjs"), "migrate", "deploy"], {
    cwd: root,
    // The throwaway cluster is migrated as itself, whatever migration URL the caller runs under.
    env: { ...process.env, DATABASE_URL: url, DATABASE_MIGRATION_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return {
    url,
    port,
    stop,
    start,
    destroy: () => {
      try {
        stop("immediate");
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
