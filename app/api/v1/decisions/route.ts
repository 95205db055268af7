import { NextResponse } from "next/server";
import { ZDecisionList } from "@/lib/schemas/decision";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { listDecisions } from "@/lib/server/decisions/list-decisions";

export const GET = withApi(
  {
    operationId: "getDecisions",
    tag: "Decisions",
    summary: "Every expansion decision",
    response: { status: 200, description: "Decisions, newest first", schema: ZDecisionList },
  },
  async () => NextResponse.json({ decisions: await listDecisions({ db: getDb() }) }),
);
