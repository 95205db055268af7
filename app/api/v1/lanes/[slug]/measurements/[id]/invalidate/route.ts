import { NextResponse } from "next/server";
import { ZMeasurementParams, ZInvalidateMeasurement } from "@/lib/schemas/measurement";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { invalidateMeasurement } from "@/lib/server/measurements/invalidate-measurement";

export const POST = withApi(
  { params: ZMeasurementParams, body: ZInvalidateMeasurement },
  async ({ params, body, actor }) => {
    const result = await invalidateMeasurement({ db: getDb(), actor, slug: params.slug, id: params.id, input: body });
    return NextResponse.json(result, { status: 200 });
  },
);
