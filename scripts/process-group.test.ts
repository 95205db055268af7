import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startInGroup, stopGroup } from "./process-group.mjs";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(" ")[2] !== "Z";
  } catch {
    return false;
  }
};

describe("stopGroup", () => {
  it("stops the child and what it started, even a grandchild that ignores SIGTERM", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lanegate-group-"));
    const pidFile = path.join(dir, "grandchild");
    const child = startInGroup("sh", [
      "-c",
      `sh -c 'trap "" TERM; echo $$ > ${pidFile}; while :; do sleep 0.1; done' & wait`,
    ]);
    await expect.poll(() => fs.existsSync(pidFile) && fs.readFileSync(pidFile, "utf8").trim() !== "").toBe(true);
    const grandchild = Number(fs.readFileSync(pidFile, "utf8"));
    expect(alive(grandchild)).toBe(true);

    await stopGroup(child, { graceMs: 500 });
    expect(alive(child.pid!)).toBe(false);
    expect(alive(grandchild)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
