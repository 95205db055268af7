import "server-only";
import { hashPassword } from "better-auth/crypto";
import type { Tx } from "@/lib/server/db-types";

/** Better Auth's provider id for email+password accounts; the account id is the user id. */
export const CREDENTIAL_PROVIDER = "credential";

/**
 * Hashes with Better Auth's own scrypt (N=16384, r=16, p=1: memory-hard, 32 MiB per hash), so the
 * sign-in route can verify it. Deliberately slow: call it before opening a transaction.
 */
export const hashNewPassword = (password: string): Promise<string> => hashPassword(password);

/** Gives a person a password (creating or replacing their credential account). */
export async function setPasswordCredential(tx: Tx, userId: string, hash: string): Promise<void> {
  const existing = await tx.account.findFirst({
    where: { userId, providerId: CREDENTIAL_PROVIDER },
    select: { id: true },
  });
  if (existing) {
    await tx.account.update({ where: { id: existing.id }, data: { password: hash } });
  } else {
    await tx.account.create({
      data: { id: crypto.randomUUID(), userId, accountId: userId, providerId: CREDENTIAL_PROVIDER, password: hash },
    });
  }
}
