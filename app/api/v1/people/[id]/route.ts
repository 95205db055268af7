import { NextResponse } from "next/server";
import { z } from "zod";
import { ZUpdatePerson } from "@/lib/schemas/people";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { updatePerson } from "@/lib/server/people/update-person";

const ZIdParams = z.object({ id: z.string().min(1).max(64) });

export const PATCH = withApi({ params: ZIdParams, body: ZUpdatePerson }, async ({ params, body, actor }) => {
  const person = await updatePerson({ db: getDb(), actor, id: params.id, input: body });
  return NextResponse.json(person);
});
