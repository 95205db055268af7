import { NextResponse } from "next/server";
import { ZCreatedLane, ZCreateLane } from "@/lib/schemas/lane";
import { ZReadinessOverview } from "@/lib/schemas/readiness";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { createLane } from "@/lib/server/lanes/create-lane";
import { getReadinessOverview } from "@/lib/server/lanes/get-readiness-overview";

/** The readiness overview the home page polls. */
export const GET = withApi(
  {
    operationId: "getReadinessOverview",
    tag: "Readiness",
    summary: "Readiness of every lane and the one-lane rule",
    response: { status: 200, description: "Every lane's readiness", schema: ZReadinessOverview },
  },
  async () => NextResponse.json(await getReadinessOverview({ db: getDb(), now: new Date() })),
);

export const POST = withApi(
  {
    operationId: "createLane",
    tag: "Lanes",
    summary: "Create a lane with its first KPI target version",
    body: ZCreateLane,
    response: { status: 201, description: "The created lane", schema: ZCreatedLane },
    errors: ["SLUG_TAKEN", "UNKNOWN_TEAM"],
  },
  async ({ body, actor }) => {
    const lane = await createLane({ db: getDb(), actor, input: body });
    return NextResponse.json(lane, { status: 201, headers: { location: `/api/v1/lanes/${lane.slug}` } });
  },
);
