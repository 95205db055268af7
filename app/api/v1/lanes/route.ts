import { NextResponse } from "next/server";
import { ZCreateLane } from "@/lib/schemas/lane";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { createLane } from "@/lib/server/lanes/create-lane";
import { getReadinessOverview } from "@/lib/server/lanes/get-readiness-overview";

/** The readiness overview the home page polls. */
export const GET = withApi({}, async () =>
  NextResponse.json(await getReadinessOverview({ db: getDb(), now: new Date() })),
);

export const POST = withApi({ body: ZCreateLane }, async ({ body, actor }) => {
  const lane = await createLane({ db: getDb(), actor, input: body });
  return NextResponse.json(lane, { status: 201, headers: { location: `/api/v1/lanes/${lane.slug}` } });
});
