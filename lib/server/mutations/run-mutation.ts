import "server-only";
import type { AuditAction } from "@/lib/domain/audit/audit-actions";
import { type Actor, auditActor } from "@/lib/server/auth/actor";
import { authorize, needsLaneOwners } from "@/lib/server/auth/authorize";
import type { Permission } from "@/lib/server/auth/permissions";
import { getRequestTransaction } from "@/lib/server/db";
import type { Db, Tx } from "@/lib/server/db-types";
import { recordReadinessChange } from "@/lib/server/mutations/record-readiness-change";
import { toJsonValue } from "@/lib/server/mutations/to-json-value";

export interface MutationOutcome<T> {
  result: T;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** The lane the change belongs to when the spec did not know it up front (lane creation). */
  laneId?: string;
  /** An idempotent repeat that changed nothing (a second revoke): no audit event, no history. */
  unchanged?: boolean;
}

export interface MutationSpec<T> {
  permission: Permission;
  /** The lane the change touches (authorization scope, audit, readiness history); null for global changes. */
  laneId: string | null;
  /** Stable audit action, <noun>.<verb> from the registry (lib/domain/audit/audit-actions.ts). */
  action: AuditAction;
  /** A sentence for readiness history: "P1 incident INC-2211 linked to release 2026.11.2". */
  summary: string;
  run: (tx: Tx) => Promise<MutationOutcome<T>>;
}

/**
 * The one write path: authorization, the change, its audit event and the lane's readiness history
 * (plus webhook outbox rows) commit in one transaction, or none of it does. Inside a request's
 * transaction (an Idempotency-Key reservation) it joins that one: the key and the write commit together.
 */
export async function runMutation<T>(
  { db, actor, now = new Date() }: { db: Db; actor: Actor; now?: Date },
  spec: MutationSpec<T>,
): Promise<T> {
  return inTransaction(
    db,
    async (tx) => {
      // Only a lane owner's write depends on who owns the lane: leads, tokens and the system skip the look-up.
      const laneOwnerIds =
        spec.laneId && needsLaneOwners(actor, spec.permission) ? await currentOwnerIds(tx, spec.laneId) : [];
      authorize(actor, spec.permission, { laneId: spec.laneId, laneOwnerIds });
      const outcome = await spec.run(tx);
      if (outcome.unchanged) return outcome.result;
      const laneId = spec.laneId ?? outcome.laneId ?? null;
      const event = await tx.auditEvent.create({
        data: {
          ...auditActor(actor),
          at: now,
          action: spec.action,
          entityType: outcome.entityType,
          entityId: outcome.entityId,
          laneId,
          before: toJsonValue(outcome.before),
          after: toJsonValue(outcome.after),
        },
        select: { id: true },
      });
      if (laneId) await recordReadinessChange({ tx, laneId, cause: spec.summary, auditEventId: event.id, now });
      return outcome.result;
    },
    { timeout: 20_000, maxWait: 10_000 },
  );
}

async function currentOwnerIds(tx: Tx, laneId: string): Promise<string[]> {
  const rows = await tx.ownerAssignment.findMany({ where: { laneId, endedAt: null }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>, options: { timeout: number; maxWait: number }) {
  const joined = getRequestTransaction();
  return joined ? fn(joined) : db.$transaction(fn, options);
}
