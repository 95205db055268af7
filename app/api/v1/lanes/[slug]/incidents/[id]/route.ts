import { NextResponse } from "next/server";
import { ZIncidentParams, ZIncidentRecord, ZResolveIncident } from "@/lib/schemas/incident";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { resolveIncident } from "@/lib/server/incidents/resolve-incident";

export const PATCH = withApi(
  {
    operationId: "resolveIncident",
    tag: "Releases",
    summary: "Resolve an incident",
    params: ZIncidentParams,
    body: ZResolveIncident,
    response: { status: 200, description: "The resolved incident", schema: ZIncidentRecord },
    errors: ["NOT_FOUND", "INCIDENT_ALREADY_RESOLVED", "RESOLVED_BEFORE_OPENED"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(await resolveIncident({ db: getDb(), actor, slug: params.slug, id: params.id, input: body })),
);
