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
}: {
  entity: string;
  expectedVersion: number;
  current: { version: number } & Record<string, unknown>;
}) {
  return new AppError(
    "STALE_VERSION",
    `This ${entity} was changed by someone else since you opened it (you edited version ${expectedVersion}, it is now version ${current.version}).`,
    {
      extra: { current: toJsonValue(current) },
    },
  );
}
