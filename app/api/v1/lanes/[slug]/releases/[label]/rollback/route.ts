import { NextResponse } from "next/server";
import { ZReleaseParams, ZReleaseRecord, ZRollbackRelease } from "@/lib/schemas/release";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { rollBackRelease } from "@/lib/server/releases/roll-back-release";

export const POST = withApi(
  {
    operationId: "rollBackRelease",
    tag: "Releases",
    summary: "Roll the release back",
    params: ZReleaseParams,
    body: ZRollbackRelease,
    response: { status: 200, description: "The rolled-back release", schema: ZReleaseRecord },
    errors: ["NOT_FOUND", "RELEASE_NOT_FOUND", "RELEASE_NOT_DEPLOYED", "RELEASE_ALREADY_ROLLED_BACK", "STALE_VERSION"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(
      await rollBackRelease({ db: getDb(), actor, slug: params.slug, label: params.label, input: body }),
    ),
);
