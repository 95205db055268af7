import { NextResponse } from "next/server";
import { ZDeployRelease, ZReleaseParams, ZReleaseRecord } from "@/lib/schemas/release";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { deployRelease } from "@/lib/server/releases/deploy-release";

export const POST = withApi(
  {
    operationId: "deployRelease",
    tag: "Releases",
    summary: "Deploy the release (the first deployment freezes the KPI targets)",
    params: ZReleaseParams,
    body: ZDeployRelease,
    response: { status: 200, description: "The deployed release", schema: ZReleaseRecord },
    errors: ["NOT_FOUND", "RELEASE_NOT_FOUND", "RELEASE_ALREADY_DEPLOYED", "DEPLOYED_IN_FUTURE", "STALE_VERSION"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(await deployRelease({ db: getDb(), actor, slug: params.slug, label: params.label, input: body })),
);
