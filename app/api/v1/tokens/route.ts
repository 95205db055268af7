import { NextResponse } from "next/server";
import { ZApiTokenCreated, ZApiTokenList, ZApiTokenQuery, ZCreateApiToken } from "@/lib/schemas/people";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";

export const dynamic = "force-dynamic";

export const GET = withApi(
  {
    operationId: "listApiTokens",
    tag: "Tokens",
    summary: "CI tokens of a lane (?lane=slug) or the all-lane tokens, without their secrets",
    query: ZApiTokenQuery,
    response: { status: 200, description: "Tokens with prefix, creator and last use", schema: ZApiTokenList },
    errors: ["NOT_FOUND"],
  },
  async ({ query, actor }) => {
    const tokens = await listApiTokens({ db: getDb(), actor, laneSlug: query.lane ?? null });
    return NextResponse.json({ tokens }, { headers: { "cache-control": "no-store" } });
  },
);

// The response is the only time the secret is shown: never cached.
export const POST = withApi(
  {
    operationId: "createApiToken",
    tag: "Tokens",
    summary:
      "Create a CI token scoped to one lane (lane owners, platform leads) or to all lanes (platform leads); the secret is returned once",
    body: ZCreateApiToken,
    response: { status: 201, description: "The token, with its secret shown this once", schema: ZApiTokenCreated },
    errors: ["NOT_FOUND"],
  },
  async ({ body, actor }) => {
    const token = await createApiToken({ db: getDb(), actor, input: body });
    return NextResponse.json(token, { status: 201, headers: { "cache-control": "no-store" } });
  },
);
