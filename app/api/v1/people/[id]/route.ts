import { NextResponse } from "next/server";
import { ZIdParams } from "@/lib/schemas/params";
import { ZPersonRecord, ZUpdatePerson } from "@/lib/schemas/people";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { updatePerson } from "@/lib/server/people/update-person";

export const PATCH = withApi(
  {
    operationId: "updatePerson",
    tag: "People",
    summary: "Change a person's role, or deactivate or reactivate them (platform lead)",
    params: ZIdParams,
    body: ZUpdatePerson,
    response: { status: 200, description: "The person as saved", schema: ZPersonRecord },
    errors: ["NOT_FOUND", "LAST_PLATFORM_LEAD"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(await updatePerson({ db: getDb(), actor, id: params.id, input: body })),
);
