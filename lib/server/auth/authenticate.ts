import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { bearerToken, hashApiToken, TOKEN_PREFIX } from "@/lib/server/auth/api-token-secret";
import { getAuth } from "@/lib/server/auth/auth";
import { getDb } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { UserRole } from "@/lib/generated/prisma/client";

// lastUsedAt is written at most once a minute per token, so a busy pipeline does not turn every
// read into a write.
const LAST_USED_RESOLUTION_MS = 60_000;

const badToken = () =>
  new AppError("INVALID_TOKEN", "The API token is missing, wrong or revoked.", {
    fix: "Send `Authorization: Bearer lg_...` with a live token from the lane's Tokens card.",
  });

/**
 * Resolves the caller of a request: a bearer token (CI) or a session cookie (people). A request
 * that presents a token is judged by that token alone; a bad token is a 401, never a fallback to
 * the cookie. No credentials → ANONYMOUS, which the policy refuses.
 */
export async function authenticate(req: Request, now = new Date()): Promise<Actor> {
  const token = bearerToken(req.headers.get("authorization"));
  if (token !== null) return authenticateToken(token, now);
  const session = await getAuth().api.getSession({ headers: req.headers });
  if (!session) return { type: "ANONYMOUS" };
  return actorForUser(session.user.id);
}

export async function actorForUser(userId: string): Promise<Actor> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, role: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt) return { type: "ANONYMOUS" };
  return { type: "USER", userId: user.id, name: user.name, role: user.role as UserRole };
}

async function authenticateToken(token: string, now: Date): Promise<Actor> {
  if (!token.startsWith(TOKEN_PREFIX)) throw badToken();
  const db = getDb();
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      name: true,
      laneId: true,
      createdById: true,
      revokedAt: true,
      lastUsedAt: true,
      createdBy: { select: { deactivatedAt: true } },
    },
  });
  // A token dies with its creator's access: deactivating a person revokes what they issued.
  if (!row || row.revokedAt || row.createdBy.deactivatedAt) throw badToken();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.apiToken.updateMany({
      where: {
        id: row.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
      },
      data: { lastUsedAt: now },
    });
  }
  return { type: "TOKEN", tokenId: row.id, name: row.name, laneId: row.laneId, createdById: row.createdById };
}
