import fs from "node:fs";

/**
 * Live processes working in `dir` (their cwd is inside it) or started from it (their command line
 * names it): after a clean stop there must be none. Linux /proc; zombies already exited.
 */
export function processesIn(dir: string): { pid: number; command: string }[] {
  const found: { pid: number; command: string }[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.startsWith("Z")) continue;
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
      let cwd = "";
      try {
        cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
      } catch {
        // another user's process: its cmdline is still readable
      }
      if (cwd === dir || cwd.startsWith(`${dir}/`) || command.includes(dir)) found.push({ pid, command });
    } catch {
      // exited while we looked
    }
  }
  return found;
}
