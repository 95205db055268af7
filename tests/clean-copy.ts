import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * What a fresh clone of the working tree holds (tracked and new files, nothing git ignores: no
 * .data, no .env, no build), in a new temp folder. node_modules is a symlink to this checkout's,
 * standing in for `npm ci`; the Prisma client is generated as npm ci's postinstall would.
 *
 * `withBuild` copies this checkout's .next (without its cache) when there is one: `npm test` builds
 * just before the end-to-end step, so it is the build of these very sources, and it saves a minute
 * or two of `next build` on 2 cores. Without it the run command builds, as on a real first run.
 */
export function cleanCopy({ withBuild }: { withBuild: boolean }): {
  dir: string;
  reusedBuild: boolean;
  remove: () => void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lanegate-first-run-"));
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file && fs.existsSync(path.join(root, file)));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(dir, file));
  }
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  execFileSync(process.execPath, ["scripts/prisma.mjs", "generate"], { cwd: dir, stdio: "ignore" });

  const reusedBuild = withBuild && fs.existsSync(path.join(root, ".next/BUILD_ID"));
  if (reusedBuild) {
    fs.cpSync(path.join(root, ".next"), path.join(dir, ".next"), {
      recursive: true,
      filter: (source) => path.relative(path.join(root, ".next"), source) !== "cache",
    });
  }
  return { dir, reusedBuild, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
