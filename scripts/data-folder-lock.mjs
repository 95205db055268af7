// One process at a time may open the embedded database folder: two PGlite instances writing the
// same Postgres data directory would corrupt it. The lock is a file created exclusively, holding
// the owner's pid and script; a lock whose owner is gone (killed, machine rebooted) is stale and
// is taken over.
import fs from "node:fs";
import path from "node:path";

export class DataFolderLockedError extends Error {
  constructor(lockFile, owner) {
    super(`The embedded database is in use by process ${owner.pid} (${owner.script}); lock file ${lockFile}.`);
    this.name = "DataFolderLockedError";
    this.owner = owner;
  }
}

/** Takes the lock or throws DataFolderLockedError; returns `release()`, safe to call twice. */
export function acquireDataFolderLock(lockFile, { script = process.argv[1] ?? "node" } = {}) {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const me = { pid: process.pid, script, startedAt: new Date().toISOString() };
  // Second attempt only after removing a stale lock. Two starts that both find the same stale lock
  // at the same instant could both take over: accepted, as that needs a crash plus a race.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, JSON.stringify(me), { flag: "wx" });
      return once(() => {
        if (readOwner(lockFile)?.pid === process.pid) fs.rmSync(lockFile, { force: true });
      });
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    const owner = readOwner(lockFile);
    if (owner && isAlive(owner)) throw new DataFolderLockedError(lockFile, owner);
    fs.rmSync(lockFile, { force: true });
  }
  throw new DataFolderLockedError(lockFile, readOwner(lockFile) ?? { pid: "unknown", script: "unknown" });
}

function readOwner(lockFile) {
  try {
    const owner = JSON.parse(fs.readFileSync(lockFile, "utf8"));
    return Number.isInteger(owner?.pid) ? owner : null;
  } catch {
    return null; // missing, or half-written by a process killed mid-write: treat as stale
  }
}

/**
 * A pid alone is not proof: after a reboot another program may have the same one. Where /proc
 * exists, the pid must also still be running the script that wrote the lock.
 */
function isAlive({ pid, script }) {
  // Our own pid in the file means it was written before a restart (containers reuse low pids).
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return false; // ESRCH: no such process
  }
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    // Compare base names: the command line may hold the script path relative to its cwd.
    return args.some((arg) => path.basename(arg) === path.basename(script));
  } catch {
    return true; // no /proc (macOS): trust the pid
  }
}

function once(fn) {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}
