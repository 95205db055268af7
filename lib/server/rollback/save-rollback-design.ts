import "server-only";
import type { TRollbackDesign } from "@/lib/schemas/rollback";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { staleError, writeVersioned } from "@/lib/server/mutations/stale-error";

const snapshot = (d: { runbookUrl: string | null; rollbackTarget: string | null; version: number }) => ({
  runbookUrl: d.runbookUrl,
  rollbackTarget: d.rollbackTarget,
  version: d.version,
});

/** Writes a lane's rollback design: created on first save, then versioned against concurrent edits. */
export async function saveRollbackDesign({
  db,
  actor,
  slug,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  input: TRollbackDesign;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "rollback.write",
      laneId: lane.id,
      action: "rollback_design.save",
      summary: `Rollback design of ${lane.name} saved`,
      run: async (tx) => {
        const existing = await tx.rollbackDesign.findUnique({ where: { laneId: lane.id } });
        const data = { runbookUrl: input.runbookUrl, rollbackTarget: input.rollbackTarget };
        if (!existing) {
          if (input.version !== undefined)
            throw staleError({
              entity: "rollback design",
              expectedVersion: input.version,
              current: { version: 0, runbookUrl: null, rollbackTarget: null },
            });
          // Two first saves racing: the unique lane id lets one insert; the other is told it is stale.
          const { count } = await tx.rollbackDesign.createMany({
            data: [{ laneId: lane.id, ...data }],
            skipDuplicates: true,
          });
          const created = await tx.rollbackDesign.findUniqueOrThrow({ where: { laneId: lane.id } });
          if (count === 0)
            throw staleError({ entity: "rollback design", expectedVersion: 0, current: snapshot(created) });
          return {
            result: snapshot(created),
            entityType: "RollbackDesign",
            entityId: created.id,
            after: snapshot(created),
          };
        }
        const expected = input.version ?? -1;
        const after = await writeVersioned({
          entity: "rollback design",
          expectedVersion: expected,
          write: () =>
            tx.rollbackDesign.updateMany({
              where: { id: existing.id, version: expected },
              data: { ...data, version: { increment: 1 } },
            }),
          read: async () => snapshot(await tx.rollbackDesign.findUniqueOrThrow({ where: { id: existing.id } })),
        });
        return {
          result: after,
          entityType: "RollbackDesign",
          entityId: existing.id,
          before: snapshot(existing),
          after,
        };
      },
    },
  );
}
