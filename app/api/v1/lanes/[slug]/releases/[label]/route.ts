import { NextResponse } from "next/server";
import { ZReleaseParams, ZEditRelease } from "@/lib/schemas/release";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { editRelease } from "@/lib/server/releases/edit-release";

export const PATCH = withApi({ params: ZReleaseParams, body: ZEditRelease }, async ({ params, body, actor }) => {
  const result = await editRelease({ db: getDb(), actor, slug: params.slug, label: params.label, input: body });
  return NextResponse.json(result, { status: 200 });
});
