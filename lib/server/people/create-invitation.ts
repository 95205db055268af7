import "server-only";
import { randomBytes } from "node:crypto";
import type { TCreateInvitation } from "@/lib/schemas/people";
import type { Actor } from "@/lib/server/auth/actor";
import { hashApiToken } from "@/lib/server/auth/api-token-secret";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { runMutation } from "@/lib/server/mutations/run-mutation";

const INVITATION_DAYS = 7;

/**
 * A platform lead invites a person with a role. Lanegate sends no email: the accept link is
 * returned once for the lead to pass on; only the SHA-256 of its secret is stored.
 */
export async function createInvitation({
  db,
  actor,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  input: TCreateInvitation;
  now?: Date;
}) {
  return runMutation(
    { db, actor, now },
    {
      permission: "people.manage",
      laneId: null,
      action: "invitation.create",
      summary: `${input.email} invited as ${input.role}`,
      run: async (tx) => {
        if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
          throw new AppError("PERSON_EXISTS", `${input.email} already has an account.`, {
            fix: "Change their role on the People page instead.",
            params: [{ pointer: "/email", message: "This email already has an account" }],
          });
        }
        if (actor.type !== "USER") throw new AppError("FORBIDDEN", "Only a signed-in platform lead can invite people.");
        const secret = randomBytes(24).toString("base64url");
        const invitation = await tx.invitation.create({
          data: {
            email: input.email,
            role: input.role,
            tokenHash: hashApiToken(secret),
            invitedById: actor.userId,
            expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
          },
          select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
        });
        return {
          result: { ...invitation, acceptPath: `/invitations/${secret}` },
          entityType: "Invitation",
          entityId: invitation.id,
          after: invitation,
        };
      },
    },
  );
}
