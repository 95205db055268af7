import { NextResponse } from "next/server";
import { readinessToCsv } from "@/lib/domain/trends/readiness-to-csv";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { getReadinessOverview } from "@/lib/server/lanes/get-readiness-overview";

export const dynamic = "force-dynamic";

export const GET = withApi(
  {
    operationId: "exportReadinessCsv",
    tag: "Exports",
    summary: "The readiness table of every lane as CSV",
    response: { status: 200, description: "A CSV attachment", contentType: "text/csv" },
  },
  async () => {
    const now = new Date();
    const { lanes } = await getReadinessOverview({ db: getDb(), now });
    return new NextResponse(`\uFEFF${readinessToCsv({ lanes })}`, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "cache-control": "no-store",
        "content-disposition": `attachment; filename="readiness-${now.toISOString().slice(0, 10)}.csv"`,
      },
    });
  },
);
