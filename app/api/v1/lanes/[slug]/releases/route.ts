import { NextResponse } from "next/server";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZCreateRelease, ZReleaseRecord } from "@/lib/schemas/release";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { createRelease } from "@/lib/server/releases/create-release";

export const POST = withApi(
  {
    operationId: "createRelease",
    tag: "Releases",
    summary: "Plan a release of the lane",
    params: ZSlugParams,
    body: ZCreateRelease,
    response: { status: 201, description: "The planned release", schema: ZReleaseRecord },
    errors: ["NOT_FOUND", "RELEASE_EXISTS"],
  },
  async ({ params, body, actor }) => {
    const release = await createRelease({ db: getDb(), actor, slug: params.slug, input: body });
    return NextResponse.json(release, {
      status: 201,
      headers: { location: `/api/v1/lanes/${params.slug}/releases/${release.id}` },
    });
  },
);
