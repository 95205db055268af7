import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { UserRole } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/auth/actor";
import { actorForUser } from "@/lib/server/auth/authenticate";
import { getAuth } from "@/lib/server/auth/auth";
import { isAllowed } from "@/lib/server/auth/authorize";
import type { Permission } from "@/lib/server/auth/permissions";

export type Viewer = { userId: string; name: string; email: string; role: UserRole; actor: Actor };

/** The signed-in person for this page render (validated against the session table), or null. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const actor = await actorForUser(session.user.id);
  if (actor.type !== "USER") return null;
  return { userId: actor.userId, name: actor.name, email: session.user.email, role: actor.role, actor };
});

/** For pages: the viewer, or a redirect to the sign-in page (expired or revoked session). */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

/**
 * Whether to show an edit control: the same central policy the server enforces, so pages hide
 * exactly what the API would refuse. `laneOwnerIds` are the lane's current planner/executor owners.
 */
export function viewerCan(
  viewer: Viewer | null,
  permission: Permission,
  lane?: { id: string; ownerIds: readonly string[] },
): boolean {
  if (!viewer) return false;
  return isAllowed(viewer.actor, permission, lane ? { laneId: lane.id, laneOwnerIds: lane.ownerIds } : {});
}
