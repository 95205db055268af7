import { NextResponse } from "next/server";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZCreateRelease } from "@/lib/schemas/release";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { createRelease } from "@/lib/server/releases/create-release";

export const POST = withApi({ params: ZSlugParams, body: ZCreateRelease }, async ({ params, body, actor }) => {
  const release = await createRelease({ db: getDb(), actor, slug: params.slug, input: body });
  return NextResponse.json(release, {
    status: 201,
    headers: { location: `/api/v1/lanes/${params.slug}/releases/${release.id}` },
  });
});
