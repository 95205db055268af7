// The Node flags the production server runs with, read from package.json's `start` script so the
// dashboard, the bench and `npm start` share one setting. Today: the V8 heap cap. V8 grows its heap
// lazily up to its default limit before collecting in earnest, so an uncapped server held ~600 MB
// under load for the same live data (README, "Performance at 500 lanes"); capped at 256 MB it stays
// under 400 MB, collecting more often.
import { readFileSync } from "node:fs";
import path from "node:path";

/** `["--max-old-space-size=256"]` or whatever package.json's start script says. */
export function serverNodeArgs(root) {
  const start = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts?.start ?? "";
  return start.match(/--max-old-space-size=\d+/g) ?? [];
}
