import { NextResponse } from "next/server";
import { ZIncidentParams, ZResolveIncident } from "@/lib/schemas/incident";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { resolveIncident } from "@/lib/server/incidents/resolve-incident";

export const PATCH = withApi({ params: ZIncidentParams, body: ZResolveIncident }, async ({ params, body, actor }) => {
  const result = await resolveIncident({ db: getDb(), actor, slug: params.slug, id: params.id, input: body });
  return NextResponse.json(result, { status: 200 });
});
