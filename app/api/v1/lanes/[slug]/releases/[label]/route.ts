import { NextResponse } from "next/server";
import { ZEditRelease, ZReleaseParams, ZReleaseRecord } from "@/lib/schemas/release";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { editRelease } from "@/lib/server/releases/edit-release";

export const PATCH = withApi(
  {
    operationId: "editRelease",
    tag: "Releases",
    summary: "Edit a release (optimistic concurrency on version)",
    params: ZReleaseParams,
    body: ZEditRelease,
    response: { status: 200, description: "The edited release", schema: ZReleaseRecord },
    errors: ["NOT_FOUND", "RELEASE_NOT_FOUND", "STALE_VERSION"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(await editRelease({ db: getDb(), actor, slug: params.slug, label: params.label, input: body })),
);
