import { NextResponse } from "next/server";
import { laneExportToCsv } from "@/lib/domain/trends/lane-export-to-csv";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { getLaneExport } from "@/lib/server/lanes/get-lane-export";

export const dynamic = "force-dynamic";

export const GET = withApi(
  {
    operationId: "exportLaneCsv",
    tag: "Exports",
    summary:
      "The lane's full history (releases, measurements, incidents, regressions, decisions, readiness history) as CSV",
    params: ZSlugParams,
    response: { status: 200, description: "A CSV attachment", contentType: "text/csv" },
    errors: ["NOT_FOUND"],
  },
  async ({ params }) => {
    const now = new Date();
    const csv = laneExportToCsv(await getLaneExport({ db: getDb(), slug: params.slug, now }));
    // The BOM makes Excel read the file as UTF-8 (arrows, accents in names).
    return new NextResponse(`\uFEFF${csv}`, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "cache-control": "no-store",
        "content-disposition": `attachment; filename="${params.slug}-history-${now.toISOString().slice(0, 10)}.csv"`,
      },
    });
  },
);
