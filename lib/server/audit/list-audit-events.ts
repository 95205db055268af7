import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAuditQuery } from "@/lib/schemas/audit";
import type { Db } from "@/lib/server/db-types";
import { escapeLikePattern } from "@/lib/domain/search/escape-like-pattern";
import { describeAuditEvent } from "@/lib/domain/audit/describe-audit-event";

const userIdsIn = (value: unknown): string[] => {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === "string" && (k === "userId" || k === "assignedById" || k === "createdById") ? [v] : [],
  );
};

/** Names of the people an event's ids point at (owners assigned, people changed): one query per page. */
async function namesOfPeopleIn(
  db: Db,
  events: readonly { entityType: string; entityId: string; before: unknown; after: unknown }[],
): Promise<Map<string, string>> {
  const ids = new Set(
    events.flatMap((e) => [
      ...(e.entityType === "User" ? [e.entityId] : []),
      ...userIdsIn(e.before),
      ...userIdsIn(e.after),
    ]),
  );
  if (ids.size === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/**
 * One page of the audit trail, newest first, filtered; paged by a cursor on the event id (ids
 * only grow, so a page never shifts while new events arrive). Lane filter is by slug; the actor and
 * action filters match their text literally (`_` and `%` are not wildcards).
 */
export async function listAuditEvents({ db, query }: { db: Db; query: TAuditQuery }) {
  const laneIds = query.lane
    ? (await db.lane.findMany({ where: { slug: query.lane }, select: { id: true } })).map((l) => l.id)
    : null;
  const where: Prisma.AuditEventWhereInput = {
    ...(laneIds ? { laneId: { in: laneIds } } : {}),
    ...(query.actor ? { actorLabel: { contains: escapeLikePattern(query.actor), mode: "insensitive" } } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.action ? { action: { startsWith: escapeLikePattern(query.action) } } : {}),
    ...(query.from || query.to
      ? {
          at: {
            ...(query.from ? { gte: new Date(query.from) } : {}),
            ...(query.to ? { lte: new Date(query.to) } : {}),
          },
        }
      : {}),
    ...(query.cursor ? { id: { lt: BigInt(query.cursor) } } : {}),
  };
  const rows = await db.auditEvent.findMany({ where, orderBy: { id: "desc" }, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const lanes = await db.lane.findMany({
    where: { id: { in: [...new Set(page.flatMap((e) => (e.laneId ? [e.laneId] : [])))] } },
    select: { id: true, slug: true, name: true },
  });
  const laneById = new Map(lanes.map((l) => [l.id, l]));
  const people = await namesOfPeopleIn(db, page);
  return {
    events: page.map((e) => {
      const lane = e.laneId ? (laneById.get(e.laneId) ?? { id: e.laneId, slug: null, name: "deleted lane" }) : null;
      return {
        id: e.id.toString(),
        at: e.at.toISOString(),
        actorType: e.actorType,
        actorLabel: e.actorLabel,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        lane,
        sentence: describeAuditEvent({ ...e, lane, people }),
        before: e.before,
        after: e.after,
      };
    }),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id.toString() ?? null) : null,
  };
}
export type AuditPage = Awaited<ReturnType<typeof listAuditEvents>>;
