import "server-only";
import { API_TOKEN_FIELDS } from "@/lib/server/tokens/api-token-fields";
import type { TCreateApiToken } from "@/lib/schemas/people";
import type { Actor } from "@/lib/server/auth/actor";
import { generateApiToken } from "@/lib/server/auth/api-token-secret";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";

/**
 * Issues a CI token for one lane (its owners or a platform lead) or for all lanes (platform leads
 * only, enforced by the policy: token.manage without a lane). The secret is returned once and only
 * its hash is stored.
 */
export async function createApiToken({ db, actor, input }: { db: Db; actor: Actor; input: TCreateApiToken }) {
  const lane = input.lane ? await getLaneIdOrThrow({ db, slug: input.lane }) : null;
  if (actor.type !== "USER") {
    throw new AppError("FORBIDDEN", "Only a signed-in person can create API tokens.", {
      fix: "Sign in as the lane's owner or a platform lead.",
    });
  }
  const secret = generateApiToken();
  return runMutation(
    { db, actor },
    {
      permission: "token.manage",
      laneId: lane?.id ?? null,
      action: "token.create",
      summary: `API token ${input.name} created`,
      run: async (tx) => {
        const row = await tx.apiToken.create({
          data: {
            name: input.name,
            tokenHash: secret.tokenHash,
            prefix: secret.prefix,
            laneId: lane?.id ?? null,
            createdById: actor.userId,
          },
          select: API_TOKEN_FIELDS,
        });
        const result = { ...row, lane: lane ? { slug: lane.slug, name: lane.name } : null, token: secret.token };
        return { result, entityType: "ApiToken", entityId: row.id, after: row };
      },
    },
  );
}
