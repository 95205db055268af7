// The moment `npm run dashboard` can tell a newcomer where to go: the server answers its health
// check (which queries the database), so the first page the newcomer opens will load.
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

const HEALTH_TIMEOUT_MS = 120_000;

/** Resolves true once /api/health answers 200; false if the server exits or it takes too long. */
export async function waitForHealth({ port, server }) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) return false;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  console.error(
    `The server did not answer http://127.0.0.1:${port}/api/health within ${HEALTH_TIMEOUT_MS / 1000} s; it is still running.`,
  );
  return false;
}

export function printReady({ port, database }) {
  const lines = [
    "",
    `Lanegate is running: http://localhost:${port}`,
    `  Database: ${database.description}`,
    `  ${signInHint()}`,
    database.embedded ? "  Reset the demo data: stop with Ctrl-C, then npm run db:reset-demo" : null,
    "  Stop: Ctrl-C",
    "",
  ];
  console.log(lines.filter((line) => line !== null).join("\n"));
}

// Sign-in arrives with the demo credentials module; until it is in this checkout, pages are open.
const DEMO_CREDENTIALS = fileURLToPath(new URL("../lib/server/seed/seed-demo-credentials.ts", import.meta.url));

function signInHint() {
  return existsSync(DEMO_CREDENTIALS)
    ? "Sign in as priya.raman@northwind.example (platform lead) with the demo password lanegate-demo"
    : "The dashboard is open: there is no sign-in yet.";
}

/** What to do about the errors a newcomer is likely to meet before the server is up. */
export function adviceFor(error) {
  switch (error?.name) {
    case "DataFolderLockedError":
      return "Another `npm run dashboard` is using the embedded database: stop it first. If that process is gone, the lock is taken over automatically on the next start.";
    case "EmbeddedDatabaseError":
      return "The data folder may be damaged (e.g. the process was killed with kill -9 while writing). To start over with fresh demo data: npm run db:reset-demo";
    default:
      return null;
  }
}
