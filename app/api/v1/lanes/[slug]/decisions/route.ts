import { NextResponse } from "next/server";
import { ZRecordDecision } from "@/lib/schemas/decision";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { listDecisions } from "@/lib/server/decisions/list-decisions";
import { recordDecision } from "@/lib/server/decisions/record-decision";

export const GET = withApi({ params: ZSlugParams }, async ({ params }) =>
  NextResponse.json({ decisions: await listDecisions({ db: getDb(), laneSlug: params.slug }) }),
);

export const POST = withApi({ params: ZSlugParams, body: ZRecordDecision }, async ({ params, body, actor }) => {
  return NextResponse.json(await recordDecision({ db: getDb(), actor, slug: params.slug, input: body }), {
    status: 201,
  });
});
