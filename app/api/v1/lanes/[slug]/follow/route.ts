import { NextResponse } from "next/server";
import { ZFollowState } from "@/lib/schemas/inbox";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { setLaneFollow } from "@/lib/server/follows/set-lane-follow";

export const PUT = withApi(
  {
    operationId: "followLane",
    tag: "Inbox",
    summary: "Follow a lane: its readiness changes land in your inbox (any signed-in person; idempotent)",
    params: ZSlugParams,
    response: { status: 200, description: "You follow the lane", schema: ZFollowState },
    errors: ["NOT_FOUND"],
  },
  async ({ params, actor }) =>
    NextResponse.json(await setLaneFollow({ db: getDb(), actor, slug: params.slug, follow: true })),
);

export const DELETE = withApi(
  {
    operationId: "unfollowLane",
    tag: "Inbox",
    summary: "Stop following a lane (idempotent)",
    params: ZSlugParams,
    response: { status: 200, description: "You no longer follow the lane", schema: ZFollowState },
    errors: ["NOT_FOUND"],
  },
  async ({ params, actor }) =>
    NextResponse.json(await setLaneFollow({ db: getDb(), actor, slug: params.slug, follow: false })),
);
