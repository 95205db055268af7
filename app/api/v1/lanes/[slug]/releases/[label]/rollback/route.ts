import { NextResponse } from "next/server";
import { ZReleaseParams, ZRollbackRelease } from "@/lib/schemas/release";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { rollBackRelease } from "@/lib/server/releases/roll-back-release";

export const POST = withApi({ params: ZReleaseParams, body: ZRollbackRelease }, async ({ params, body, actor }) => {
  const result = await rollBackRelease({ db: getDb(), actor, slug: params.slug, label: params.label, input: body });
  return NextResponse.json(result, { status: 200 });
});
