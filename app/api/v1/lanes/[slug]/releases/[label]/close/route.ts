import { NextResponse } from "next/server";
import { ZCloseRelease, ZReleaseParams, ZReleaseRecord } from "@/lib/schemas/release";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { closeReleaseWindow } from "@/lib/server/releases/close-release-window";

export const POST = withApi(
  {
    operationId: "closeReleaseWindow",
    tag: "Releases",
    summary: "Close the release's observation window",
    params: ZReleaseParams,
    body: ZCloseRelease,
    response: { status: 200, description: "The release, judged from now on", schema: ZReleaseRecord },
    errors: ["NOT_FOUND", "RELEASE_NOT_FOUND", "RELEASE_NOT_DEPLOYED", "WINDOW_ALREADY_CLOSED", "STALE_VERSION"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(
      await closeReleaseWindow({ db: getDb(), actor, slug: params.slug, label: params.label, input: body }),
    ),
);
