import { NextResponse } from "next/server";
import { z } from "zod";
import { ZCreateApiToken } from "@/lib/schemas/people";
import { ZSlug } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";

export const dynamic = "force-dynamic";

export const GET = withApi({ query: z.object({ lane: ZSlug.optional() }) }, async ({ query, actor }) => {
  const tokens = await listApiTokens({ db: getDb(), actor, laneSlug: query.lane ?? null });
  return NextResponse.json({ tokens }, { headers: { "cache-control": "no-store" } });
});

// The response is the only time the secret is shown: never cached.
export const POST = withApi({ body: ZCreateApiToken }, async ({ body, actor }) => {
  const token = await createApiToken({ db: getDb(), actor, input: body });
  return NextResponse.json(token, { status: 201, headers: { "cache-control": "no-store" } });
});
