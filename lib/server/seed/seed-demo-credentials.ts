import "server-only";
import type { Db } from "@/lib/server/db-types";
import { hashNewPassword, setPasswordCredential } from "@/lib/server/people/set-password-credential";
import { DEMO_PEOPLE } from "@/lib/server/seed/demo-people";

/** The one password of every demo person (README, "Sign in with the demo data"). Demo only. */
export const DEMO_PASSWORD = "lanegate-demo";

/**
 * Gives every demo person a password credential so the demo can be signed into. Idempotent: a
 * person who already has a password keeps it (a changed demo password is not reset).
 */
export async function seedDemoCredentials({ db }: { db: Db }): Promise<{ created: number }> {
  let created = 0;
  const hash = await hashNewPassword(DEMO_PASSWORD);
  for (const p of DEMO_PEOPLE) {
    const user = await db.user.findUnique({
      where: { email: p.email },
      select: { id: true, accounts: { where: { providerId: "credential" }, select: { id: true } } },
    });
    if (!user || user.accounts.length > 0) continue;
    await db.$transaction((tx) => setPasswordCredential(tx, user.id, hash));
    created += 1;
  }
  return { created };
}
