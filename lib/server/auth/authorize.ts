import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { describeWhoCan, type WhoCan } from "@/lib/domain/auth/describe-who-can";
import { PERMISSIONS, type Permission } from "@/lib/server/auth/permissions";
import { AppError } from "@/lib/server/errors";

// What a lane's owners may do on their own lane; a CI token may do the pipeline subset on its lane.
const OWNER_PERMISSIONS: ReadonlySet<Permission> = new Set([
  "read",
  "lane.update",
  "owner.assign",
  "targets.define",
  "release.write",
  "ingest.write",
  "rollback.write",
  "token.manage",
]);
const TOKEN_PERMISSIONS: ReadonlySet<Permission> = new Set(["read", "release.write", "ingest.write"]);

export interface AuthorizeContext {
  /** The lane the request touches, if any. */
  laneId?: string | null;
  /** User ids of the lane's current planner and executor owners. */
  laneOwnerIds?: readonly string[];
}

/** The one policy every route and use case goes through. Returns whether the actor may act. */
export function isAllowed(actor: Actor, permission: Permission, ctx: AuthorizeContext = {}): boolean {
  switch (actor.type) {
    case "SYSTEM":
      return true;
    case "ANONYMOUS":
      return false;
    case "TOKEN":
      return (
        TOKEN_PERMISSIONS.has(permission) &&
        (permission === "read" || actor.laneId === null || actor.laneId === ctx.laneId)
      );
    case "USER":
      if (actor.role === "PLATFORM_LEAD") return true;
      // Reading, and following lanes into one's own inbox, are every signed-in person's.
      if (permission === "read" || permission === "follow") return true;
      if (actor.role === "STAKEHOLDER") return false;
      return OWNER_PERMISSIONS.has(permission) && !!ctx.laneId && (ctx.laneOwnerIds ?? []).includes(actor.userId);
  }
}

/**
 * Whether the decision for this actor and permission depends on who owns the lane: only for a lane
 * owner asking for an owner permission. Writes by platform leads, CI tokens and the system skip the
 * owner look-up (one SQL statement per write). Answering false where owners mattered would refuse
 * (no owners known), never allow: the test checks both answers agree for every actor and permission.
 */
export function needsLaneOwners(actor: Actor, permission: Permission): boolean {
  return (
    actor.type === "USER" && actor.role === "LANE_OWNER" && permission !== "read" && OWNER_PERMISSIONS.has(permission)
  );
}

/** Who besides the platform leads holds a permission: the lane's owners, or nobody. */
export function whoCan(permission: Permission): WhoCan {
  return OWNER_PERMISSIONS.has(permission) ? "lead-or-owners" : "lead";
}

export function authorize(actor: Actor, permission: Permission, ctx: AuthorizeContext = {}): void {
  if (isAllowed(actor, permission, ctx)) return;
  if (actor.type === "ANONYMOUS")
    throw new AppError("UNAUTHENTICATED", "This needs a signed-in person or an API token.");
  throw new AppError("FORBIDDEN", "You are not allowed to do this.", {
    fix:
      actor.type === "TOKEN"
        ? "Use a token scoped to this lane, created by its owner or a platform lead."
        : describeWhoCan({ who: whoCan(permission), action: PERMISSIONS[permission].description }),
  });
}
