import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireDataFolderLock, DataFolderLockedError } from "./data-folder-lock.mjs";

let dir: string;
let lockFile: string;
const children: ChildProcess[] = [];

// A process that stays alive, running `script` (which is what the lock records and checks).
function holder(script: string): Promise<number> {
  fs.writeFileSync(script, "setTimeout(() => {}, 60_000);\n");
  const child = spawn(process.execPath, [script], { stdio: "ignore" });
  children.push(child);
  return new Promise((resolve) => child.once("spawn", () => resolve(child.pid!)));
}
const writeLock = (owner: object) => {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  fs.writeFileSync(lockFile, JSON.stringify(owner));
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lanegate-lock-"));
  lockFile = path.join(dir, ".data", "pglite.lock");
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("acquireDataFolderLock", () => {
  it("creates the lock with our pid and removes it on release", () => {
    const release = acquireDataFolderLock(lockFile, { script: "dashboard.mjs" });
    expect(JSON.parse(fs.readFileSync(lockFile, "utf8"))).toMatchObject({ pid: process.pid, script: "dashboard.mjs" });
    release();
    release();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it("refuses while the owner is alive and still running its script", async () => {
    const script = path.join(dir, "dashboard.mjs");
    const pid = await holder(script);
    writeLock({ pid, script });
    expect(() => acquireDataFolderLock(lockFile)).toThrow(DataFolderLockedError);
    expect(JSON.parse(fs.readFileSync(lockFile, "utf8")).pid).toBe(pid);
  });

  it.each([
    ["its owner has exited", async () => ({ pid: await exitedPid(), script: "dashboard.mjs" })],
    [
      "its pid now runs another program",
      async () => ({ pid: await holder(path.join(dir, "other.mjs")), script: path.join(dir, "dashboard.mjs") }),
    ],
    ["it holds our own pid (written before a restart)", async () => ({ pid: process.pid, script: "dashboard.mjs" })],
  ])("takes over a stale lock: %s", async (_, owner) => {
    writeLock(await owner());
    const release = acquireDataFolderLock(lockFile, { script: "dashboard.mjs" });
    expect(JSON.parse(fs.readFileSync(lockFile, "utf8")).pid).toBe(process.pid);
    release();
  });

  it("takes over a lock file left half-written", () => {
    writeLock({});
    fs.writeFileSync(lockFile, '{"pid": 12');
    expect(() => acquireDataFolderLock(lockFile)()).not.toThrow();
  });
});

function exitedPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  return new Promise((resolve) => child.once("exit", () => resolve(child.pid!)));
}
