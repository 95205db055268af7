import { NextResponse } from "next/server";
import { ZIdParams } from "@/lib/schemas/params";
import { ZApiTokenRecord } from "@/lib/schemas/people";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";

export const DELETE = withApi(
  {
    operationId: "revokeApiToken",
    tag: "Tokens",
    summary: "Revoke a CI token",
    params: ZIdParams,
    response: { status: 200, description: "The revoked token", schema: ZApiTokenRecord },
    errors: ["NOT_FOUND"],
  },
  async ({ params, actor }) => NextResponse.json(await revokeApiToken({ db: getDb(), actor, id: params.id })),
);
