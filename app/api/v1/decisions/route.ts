import { NextResponse } from "next/server";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { listDecisions } from "@/lib/server/decisions/list-decisions";

export const GET = withApi({}, async () => NextResponse.json({ decisions: await listDecisions({ db: getDb() }) }));
