// Children of the run scripts each lead their own process group. A terminal's Ctrl-C then reaches
// only the run script, which decides the order of shutdown (the server before the database it
// uses), and stopping a child stops everything it started (npx, the Prisma engine, Next workers).
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

const running = new Set();

/** Starts `cmd` in a new process group, output on our terminal. */
export function startInGroup(cmd, args, { env, cwd } = {}) {
  const child = spawn(cmd, args, { env, cwd, stdio: "inherit", detached: true });
  running.add(child);
  child.on("exit", () => running.delete(child));
  return child;
}

/** Runs a step to completion; resolves with its exit code (signals count as failure). */
export function runInGroup(cmd, args, options) {
  return new Promise((resolve) => {
    const child = startInGroup(cmd, args, options);
    child.on("error", (error) => {
      console.error(`Could not start ${cmd}: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/** SIGTERM to the group, SIGKILL to whatever is left after `graceMs`. Resolves when none is left. */
export async function stopGroup(child, { graceMs = 10_000 } = {}) {
  if (!child.pid) return;
  signalGroup(child.pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (groupAlive(child.pid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(child.pid)) {
    signalGroup(child.pid, "SIGKILL");
    // Bounded: under an init that never reaps, a killed grandchild stays a zombie group member.
    for (let i = 0; i < 40 && groupAlive(child.pid); i++) await sleep(50);
  }
}

/** Stops every group still running, e.g. a migration interrupted by Ctrl-C. */
export async function stopAllGroups(options) {
  await Promise.all([...running].map((child) => stopGroup(child, options)));
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch (error) {
    if (error.code !== "ESRCH") throw error;
  }
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
