import { NextResponse } from "next/server";
import { ZLaneExport } from "@/lib/schemas/lane-export";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { getLaneExport } from "@/lib/server/lanes/get-lane-export";

export const dynamic = "force-dynamic";

export const GET = withApi(
  {
    operationId: "exportLaneJson",
    tag: "Exports",
    summary: "The lane's full history as JSON",
    params: ZSlugParams,
    response: { status: 200, description: "A JSON attachment", schema: ZLaneExport },
    errors: ["NOT_FOUND"],
  },
  async ({ params }) => {
    const now = new Date();
    const data = await getLaneExport({ db: getDb(), slug: params.slug, now });
    return NextResponse.json(data, {
      headers: {
        "cache-control": "no-store",
        "content-disposition": `attachment; filename="${params.slug}-history-${now.toISOString().slice(0, 10)}.json"`,
      },
    });
  },
);
