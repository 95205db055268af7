import "server-only";
import { createHash } from "node:crypto";
import type { TOverviewQuery } from "@/lib/schemas/readiness";

/** A weak ETag of one overview answer: the stored readiness's version and the query asked. */
export function overviewEtag({ version, query }: { version: string; query: TOverviewQuery }): string {
  const asked = createHash("sha256").update(JSON.stringify(query)).digest("base64url").slice(0, 12);
  return `W/"${version}.${asked}"`;
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
