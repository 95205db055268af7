import "server-only";
import type { TCreateUser } from "@/lib/schemas/people";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { hashNewPassword, setPasswordCredential } from "@/lib/server/people/set-password-credential";

/** Creates a person who signs in with a password (the first platform lead, via `npm run user:create`). */
export async function createUser({ db, actor, input }: { db: Db; actor: Actor; input: TCreateUser }) {
  const hash = await hashNewPassword(input.password);
  return runMutation(
    { db, actor },
    {
      permission: "people.manage",
      laneId: null,
      action: "person.create",
      summary: `${input.name} added as ${input.role}`,
      run: async (tx) => {
        const exists = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
        if (exists) {
          throw new AppError("PERSON_EXISTS", `${input.email} already has an account.`, {
            params: [{ pointer: "/email", message: "This email already has an account" }],
          });
        }
        const user = await tx.user.create({
          data: { email: input.email, name: input.name, role: input.role, emailVerified: true },
          select: { id: true, email: true, name: true, role: true },
        });
        await setPasswordCredential(tx, user.id, hash);
        return { result: user, entityType: "User", entityId: user.id, after: user };
      },
    },
  );
}
