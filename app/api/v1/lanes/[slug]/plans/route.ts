import { NextResponse } from "next/server";
import { PLAN_MAX_BYTES, ZPushPlan } from "@/lib/schemas/ingest";
import { ZPlanSnapshotPushed } from "@/lib/schemas/ingest-responses";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { pushPlanSnapshot } from "@/lib/server/ingest/push-plan-snapshot";

export const POST = withApi(
  {
    operationId: "pushPlanSnapshot",
    tag: "Ingestion",
    summary: "Push the EXPLAIN output of a named query",
    description:
      "Any DataFusion EXPLAIN format (indent, tree, VERBOSE, ANALYZE, pgjson, graphviz) in any layout (datafusion-cli table, " +
      "sqllogictest, bare). The raw text is always stored; text the parser cannot read is kept and flagged with problems (line, message, severity).",
    params: ZSlugParams,
    body: ZPushPlan,
    maxBodyBytes: PLAN_MAX_BYTES,
    response: {
      status: 201,
      description: "The stored snapshot with its detected format and problems",
      schema: ZPlanSnapshotPushed,
    },
    errors: ["NOT_FOUND", "RELEASE_NOT_FOUND"],
  },
  async ({ params, body, actor }) => {
    const snapshot = await pushPlanSnapshot({ db: getDb(), actor, slug: params.slug, input: body });
    return NextResponse.json(snapshot, { status: 201 });
  },
);
