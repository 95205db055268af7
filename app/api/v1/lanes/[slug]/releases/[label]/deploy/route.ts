import { NextResponse } from "next/server";
import { ZReleaseParams, ZDeployRelease } from "@/lib/schemas/release";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { deployRelease } from "@/lib/server/releases/deploy-release";

export const POST = withApi({ params: ZReleaseParams, body: ZDeployRelease }, async ({ params, body, actor }) => {
  const result = await deployRelease({ db: getDb(), actor, slug: params.slug, label: params.label, input: body });
  return NextResponse.json(result, { status: 200 });
});
