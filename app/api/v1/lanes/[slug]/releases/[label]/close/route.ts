import { NextResponse } from "next/server";
import { ZReleaseParams, ZCloseRelease } from "@/lib/schemas/release";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { closeReleaseWindow } from "@/lib/server/releases/close-release-window";

export const POST = withApi({ params: ZReleaseParams, body: ZCloseRelease }, async ({ params, body, actor }) => {
  const result = await closeReleaseWindow({ db: getDb(), actor, slug: params.slug, label: params.label, input: body });
  return NextResponse.json(result, { status: 200 });
});
