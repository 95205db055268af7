import "server-only";
import type { TAcceptInvitation } from "@/lib/schemas/people";
import { hashApiToken } from "@/lib/server/auth/api-token-secret";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { hashNewPassword, setPasswordCredential } from "@/lib/server/people/set-password-credential";

const invalid = () =>
  new AppError("INVITATION_INVALID", "This invitation link is no longer valid.", {
    fix: "Ask a platform lead for a new invitation.",
  });

/** Finds a live invitation by its secret (the accept page shows who is invited). */
export async function findInvitation({ db, token, now = new Date() }: { db: Db; token: string; now?: Date }) {
  const inv = await db.invitation.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true },
  });
  return inv && !inv.acceptedAt && inv.expiresAt > now ? inv : null;
}

/**
 * The invited person sets their name and password; the account is created with the invited role.
 * The invitation secret is the credential here, so the caller is anonymous and the audit trail
 * records the change as done by the invitation.
 */
export async function acceptInvitation({
  db,
  input,
  now = new Date(),
}: {
  db: Db;
  input: TAcceptInvitation;
  now?: Date;
}) {
  const inv = await findInvitation({ db, token: input.token, now });
  if (!inv) throw invalid();
  const hash = await hashNewPassword(input.password);
  return runMutation(
    { db, actor: { type: "SYSTEM", label: `invitation for ${inv.email}` }, now },
    {
      permission: "people.manage",
      laneId: null,
      action: "invitation.accept",
      summary: `${input.name} joined as ${inv.role}`,
      run: async (tx) => {
        const claimed = await tx.invitation.updateMany({
          where: { id: inv.id, acceptedAt: null },
          data: { acceptedAt: now },
        });
        if (claimed.count === 0) throw invalid();
        if (await tx.user.findUnique({ where: { email: inv.email }, select: { id: true } })) {
          throw new AppError("PERSON_EXISTS", `${inv.email} already has an account.`, { fix: "Sign in instead." });
        }
        const user = await tx.user.create({
          data: { email: inv.email, name: input.name, role: inv.role, emailVerified: true },
          select: { id: true, email: true, name: true, role: true },
        });
        await setPasswordCredential(tx, user.id, hash);
        return { result: user, entityType: "User", entityId: user.id, after: user };
      },
    },
  );
}
