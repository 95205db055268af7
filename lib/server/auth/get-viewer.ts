import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { UserRole } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/auth/actor";
import { actorForUser } from "@/lib/server/auth/authenticate";
import { getAuth } from "@/lib/server/auth/auth";
import { isAllowed, whoCan } from "@/lib/server/auth/authorize";
import { PERMISSIONS, type Permission } from "@/lib/server/auth/permissions";
import { describeWhoCan } from "@/lib/domain/auth/describe-who-can";
import { signInPathFor } from "@/lib/server/auth/sign-in-path-for";

export type Viewer = { userId: string; name: string; email: string; role: UserRole; actor: Actor };

/**
 * The person a request's session cookie belongs to, validated against the session table (signed,
 * unexpired, not signed out) and the user table (still active); null otherwise. `refresh: false`
 * reads without extending the session (proxy.ts, which cannot set cookies on the page response).
 */
export async function viewerFromHeaders(
  requestHeaders: Headers,
  { refresh = true }: { refresh?: boolean } = {},
): Promise<Viewer | null> {
  const session = await getAuth().api.getSession({
    headers: requestHeaders,
    query: refresh ? {} : { disableRefresh: true },
  });
  if (!session) return null;
  const actor = await actorForUser(session.user.id);
  if (actor.type !== "USER") return null;
  return { userId: actor.userId, name: actor.name, email: session.user.email, role: actor.role, actor };
}

/** The signed-in person for this page render, or null. */
export const getViewer = cache(async (): Promise<Viewer | null> => viewerFromHeaders(await headers()));

/**
 * Every page's first line (a unit test checks it): the viewer, or a redirect to the sign-in page,
 * or Next's 403 page when the viewer's role lacks `permission` (the same policy the API applies).
 * Nothing a page reads may come before it.
 */
export async function requireViewer(permission: Permission = "read"): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPathFor((await headers()).get("x-pathname") ?? "/"));
  if (!viewerCan(viewer, permission)) forbidden();
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

/** A control's state: allowed, or refused with the sentence that names who can act. Plain data for components. */
export type Allowance = { ok: true } | { ok: false; why: string };

/**
 * viewerCan with the reason: pages pass this to a control, which renders or explains itself from
 * the same policy the API applies. `lane.ownerNames` are the current owners, named in the sentence.
 */
export function viewerMay(
  viewer: Viewer | null,
  permission: Permission,
  lane?: { id: string; ownerIds: readonly string[]; ownerNames: readonly string[] },
): Allowance {
  if (viewerCan(viewer, permission, lane)) return { ok: true };
  return {
    ok: false,
    why: describeWhoCan({
      who: whoCan(permission),
      action: PERMISSIONS[permission].description,
      ownerNames: lane?.ownerNames,
    }),
  };
}
