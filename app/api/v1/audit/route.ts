import { NextResponse } from "next/server";
import { ZAuditQuery } from "@/lib/schemas/audit";
import { withApi } from "@/lib/server/api/with-api";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { getDb } from "@/lib/server/db";

export const GET = withApi({ query: ZAuditQuery }, async ({ query }) =>
  NextResponse.json(await listAuditEvents({ db: getDb(), query })),
);
