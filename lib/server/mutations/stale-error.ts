import "server-only";
import { AppError } from "@/lib/server/errors";
import { toJsonValue } from "@/lib/server/mutations/to-json-value";

/**
 * A save based on an old version of a record. The problem carries the current record so the UI
 * can show what changed while keeping the user's input.
 */
export function staleError({
  entity,
  expectedVersion,
  current,
  currentVersion = typeof current.version === "number" ? current.version : 0,
}: {
  entity: string;
  expectedVersion: number;
  current: Record<string, unknown>;
  /** Defaults to current.version; rows whose `version` means something else (target versions) pass theirs. */
  currentVersion?: number;
}) {
  return new AppError(
    "STALE_VERSION",
    `This ${entity} was changed by someone else since you opened it (you edited version ${expectedVersion}, it is now version ${currentVersion}).`,
    {
      extra: { current: toJsonValue(current) },
    },
  );
}

/**
 * The one way an existing row changes: `write` must update only where the row is still at
 * `expectedVersion` (and increment it), so of two changes based on one version exactly one
 * matches a row; the other is refused with the record as it is now. Callers pass the version the
 * client sent, or the one they read in this transaction when a pipeline sent none.
 */
export async function writeVersioned<R extends Record<string, unknown>>({
  entity,
  expectedVersion,
  write,
  read,
  versionOf = (row) => row.version as number,
}: {
  entity: string;
  expectedVersion: number;
  write: () => Promise<{ count: number }>;
  read: () => Promise<R>;
  versionOf?: (row: R) => number;
}): Promise<R> {
  const { count } = await write();
  const current = await read();
  if (count === 0) throw staleError({ entity, expectedVersion, current, currentVersion: versionOf(current) });
  return current;
}

/** Refuses up front when the client saw another version than the one stored (before any domain check). */
export function assertVersion<R extends Record<string, unknown>>({
  entity,
  expectedVersion,
  row,
  versionOf = (r) => r.version as number,
}: {
  entity: string;
  expectedVersion: number | undefined;
  row: R;
  versionOf?: (row: R) => number;
}): number {
  const stored = versionOf(row);
  if (expectedVersion !== undefined && expectedVersion !== stored)
    throw staleError({ entity, expectedVersion, current: row, currentVersion: stored });
  return expectedVersion ?? stored;
}
