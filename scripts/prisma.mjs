#!/usr/bin/env node
// Runs the Prisma CLI fully offline: the schema engine is scripts/prisma-schema-engine.mjs (the
// WebAssembly engine behind a Node bridge) instead of a native binary downloaded from Prisma's
// servers. Usage: node scripts/prisma.mjs <prisma args>, e.g. `node scripts/prisma.mjs migrate deploy`.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ||= path.join(here, "prisma-schema-engine.mjs");
env.PRISMA_HIDE_UPDATE_MESSAGE ||= "1";
env.CHECKPOINT_DISABLE ||= "1";
// The CLI starts the engine through its `#!/usr/bin/env node` shebang: make that the same Node.
env.PATH = [path.dirname(process.execPath), env.PATH].filter(Boolean).join(path.delimiter);

const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });

// Forward termination signals; the child decides how to exit.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal));
}

child.on("error", (error) => {
  console.error(`Could not start the Prisma CLI: ${error.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
