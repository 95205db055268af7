import "server-only";
import type { UserRole } from "@/lib/generated/prisma/client";

/** Who is calling: a signed-in person, a lane-scoped CI token, or the system itself (seed, jobs). */
export type Actor =
  | { type: "ANONYMOUS" }
  | { type: "USER"; userId: string; name: string; role: UserRole }
  | { type: "TOKEN"; tokenId: string; name: string; laneId: string | null; createdById: string }
  | { type: "SYSTEM"; label: string };

/** The actor as the audit trail records it. */
export function auditActor(actor: Actor): {
  actorType: "USER" | "TOKEN" | "SYSTEM";
  actorId: string | null;
  actorLabel: string;
} {
  switch (actor.type) {
    case "USER":
      return { actorType: "USER", actorId: actor.userId, actorLabel: actor.name };
    case "TOKEN":
      return { actorType: "TOKEN", actorId: actor.tokenId, actorLabel: `token ${actor.name}` };
    case "SYSTEM":
      return { actorType: "SYSTEM", actorId: null, actorLabel: actor.label };
    case "ANONYMOUS":
      return { actorType: "SYSTEM", actorId: null, actorLabel: "anonymous" };
  }
}

/** Key that scopes idempotency keys and rate limits to their sender. */
export function actorKey(actor: Actor): string {
  switch (actor.type) {
    case "USER":
      return `user:${actor.userId}`;
    case "TOKEN":
      return `token:${actor.tokenId}`;
    case "SYSTEM":
      return `system:${actor.label}`;
    case "ANONYMOUS":
      return "anonymous";
  }
}
