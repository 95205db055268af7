import { NextResponse } from "next/server";
import { ZLaneRecord, ZUpdateLane } from "@/lib/schemas/lane";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { updateLane } from "@/lib/server/lanes/update-lane";

export const PATCH = withApi(
  {
    operationId: "updateLane",
    tag: "Lanes",
    summary: "Edit a lane (optimistic concurrency on version)",
    params: ZSlugParams,
    body: ZUpdateLane,
    response: { status: 200, description: "The lane as saved", schema: ZLaneRecord },
    errors: ["NOT_FOUND", "STALE_VERSION", "UNKNOWN_TEAM"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(await updateLane({ db: getDb(), actor, slug: params.slug, input: body })),
);
