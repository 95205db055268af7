import { NextResponse } from "next/server";
import { z } from "zod";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";

const ZIdParams = z.object({ id: z.string().min(1).max(64) });

export const DELETE = withApi({ params: ZIdParams }, async ({ params, actor }) => {
  const token = await revokeApiToken({ db: getDb(), actor, id: params.id });
  return NextResponse.json(token);
});
