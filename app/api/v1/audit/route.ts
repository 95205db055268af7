import { NextResponse } from "next/server";
import { ZAuditPage, ZAuditQuery } from "@/lib/schemas/audit";
import { withApi } from "@/lib/server/api/with-api";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { getDb } from "@/lib/server/db";

export const GET = withApi(
  {
    operationId: "getAudit",
    tag: "Audit",
    summary: "The audit trail, filterable by lane, actor, entity, action and time",
    query: ZAuditQuery,
    response: { status: 200, description: "One page of audit events, newest first", schema: ZAuditPage },
  },
  async ({ query }) => NextResponse.json(await listAuditEvents({ db: getDb(), query })),
);
