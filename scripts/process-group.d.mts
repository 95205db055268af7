import type { ChildProcess } from "node:child_process";
type Options = { env?: NodeJS.ProcessEnv; cwd?: string };
export function startInGroup(cmd: string, args: string[], options?: Options): ChildProcess;
export function runInGroup(cmd: string, args: string[], options?: Options): Promise<number>;
export function stopGroup(child: ChildProcess, options?: { graceMs?: number }): Promise<void>;
export function stopAllGroups(options?: { graceMs?: number }): Promise<void>;
