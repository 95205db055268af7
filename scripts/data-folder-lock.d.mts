export class DataFolderLockedError extends Error {
  owner: { pid: number; script: string; startedAt?: string };
}
export function acquireDataFolderLock(lockFile: string, options?: { script?: string }): () => void;
