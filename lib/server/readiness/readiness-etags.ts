import "server-only";
import { createHash } from "node:crypto";
import type { TOverviewQuery } from "@/lib/schemas/readiness";

/** A weak ETag of one overview answer: the stored readiness's version and the query asked. */
export function overviewEtag({ version, query }: { version: string; query: TOverviewQuery }): string {
  const asked = createHash("sha256").update(JSON.stringify(query)).digest("base64url").slice(0, 12);
  return `W/"${version}.${asked}"`;
}

/**
 * A weak ETag of one lane's stored readiness: its row's version (bumped by every change to the lane,
 * time-driven ones included) and the lane's id, so a lane deleted and created again under the same
 * slug never matches an old tag.
 */
export function laneReadinessEtag({ laneId, version }: { laneId: string; version: number }): string {
  const lane = createHash("sha256").update(laneId).digest("base64url").slice(0, 12);
  return `W/"r.${lane}.${version}"`;
}

/** Whether an If-None-Match header names this ETag (a list, `*`, weak or strong forms). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch
    .split(",")
    .map((t) => t.trim())
    .some((t) => t === "*" || t.replace(/^W\//, "") === bare);
}
