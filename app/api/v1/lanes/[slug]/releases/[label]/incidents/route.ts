import { NextResponse } from "next/server";
import { ZIncidentRecord, ZRecordIncident } from "@/lib/schemas/incident";
import { ZReleaseParams } from "@/lib/schemas/release";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { recordIncident } from "@/lib/server/incidents/record-incident";

export const POST = withApi(
  {
    operationId: "recordIncident",
    tag: "Releases",
    summary: "Record an incident linked to the release",
    params: ZReleaseParams,
    body: ZRecordIncident,
    response: { status: 201, description: "The recorded incident", schema: ZIncidentRecord },
    errors: ["NOT_FOUND", "RELEASE_NOT_FOUND", "INCIDENT_REF_TAKEN", "OPENED_IN_FUTURE"],
  },
  async ({ params, body, actor }) => {
    const result = await recordIncident({ db: getDb(), actor, slug: params.slug, label: params.label, input: body });
    return NextResponse.json(result, { status: 201 });
  },
);
