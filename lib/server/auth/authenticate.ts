import "server-only";
import type { Actor } from "@/lib/server/auth/actor";

/**
 * Resolves the caller of a request: a session cookie or a bearer token (identity and access issue).
 * Until sign-in exists every caller acts as the system, as the product did before access control.
 */
export async function authenticate(_req: Request): Promise<Actor> {
  return { type: "SYSTEM", label: "unauthenticated (access control not configured)" };
}
