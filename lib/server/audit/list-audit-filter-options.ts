import "server-only";
import type { Db } from "@/lib/server/db-types";

/**
 * The values the audit filters offer: the actors, actions and entity types that occur in the
 * trail, and the lanes that exist, so a filter is picked, never guessed.
 */
export async function listAuditFilterOptions({ db }: { db: Db }) {
  const [actors, actions, entityTypes, lanes] = await Promise.all([
    db.auditEvent.groupBy({ by: ["actorLabel"], orderBy: { actorLabel: "asc" } }),
    db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditEvent.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
    db.lane.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    actors: actors.map((a) => a.actorLabel),
    actions: actions.map((a) => a.action),
    entityTypes: entityTypes.map((e) => e.entityType),
    lanes,
  };
}
export type AuditFilterOptions = Awaited<ReturnType<typeof listAuditFilterOptions>>;
