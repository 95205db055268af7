// A second `next start` of the same build for specs that need another configuration (e.g. behind a
// trusted proxy). It shares the run's database; the spec stops it, by its process id, when done.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export interface ExtraServer {
  port: number;
  url: string;
  stop: () => Promise<void>;
}

export async function startExtraServer(port: number, env: Record<string, string>): Promise<ExtraServer> {
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    { env: { ...process.env, BETTER_AUTH_URL: url, ...env }, stdio: ["ignore", "ignore", "inherit"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the extra server on port ${port} exited with ${child.exitCode}`);
    const up = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`the extra server on port ${port} did not start in time`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    port,
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
