import { NextResponse } from "next/server";
import { ZInvalidatedMeasurement, ZInvalidateMeasurement, ZMeasurementParams } from "@/lib/schemas/measurement";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { invalidateMeasurement } from "@/lib/server/measurements/invalidate-measurement";

export const POST = withApi(
  {
    operationId: "invalidateMeasurement",
    tag: "Releases",
    summary: "Invalidate a measurement with a reason (it stays visible and no longer counts)",
    params: ZMeasurementParams,
    body: ZInvalidateMeasurement,
    response: { status: 200, description: "The invalidated measurement", schema: ZInvalidatedMeasurement },
    errors: ["NOT_FOUND", "MEASUREMENT_ALREADY_INVALIDATED"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(
      await invalidateMeasurement({ db: getDb(), actor, slug: params.slug, id: params.id, input: body }),
    ),
);
