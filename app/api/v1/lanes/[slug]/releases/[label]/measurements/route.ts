import { NextResponse } from "next/server";
import { ZRecordMeasurement, ZRecordedMeasurement } from "@/lib/schemas/measurement";
import { ZReleaseParams } from "@/lib/schemas/release";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { recordMeasurement } from "@/lib/server/measurements/record-measurement";

export const POST = withApi(
  {
    operationId: "recordMeasurement",
    tag: "Releases",
    summary: "Record a KPI measurement for the release",
    params: ZReleaseParams,
    body: ZRecordMeasurement,
    response: {
      status: 201,
      description: "The recorded measurement, and whether it halted the rollout",
      schema: ZRecordedMeasurement,
    },
    errors: ["NOT_FOUND", "RELEASE_NOT_FOUND", "RELEASE_NOT_DEPLOYED", "TAKEN_IN_FUTURE", "UNKNOWN_KPI"],
  },
  async ({ params, body, actor }) => {
    const result = await recordMeasurement({ db: getDb(), actor, slug: params.slug, label: params.label, input: body });
    return NextResponse.json(result, { status: 201 });
  },
);
