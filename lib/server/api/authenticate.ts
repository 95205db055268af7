import "server-only";
import type { NextRequest } from "next/server";

export type Actor = { type: "ANONYMOUS" } | { type: "USER"; userId: string; label: string } | { type: "TOKEN"; tokenId: string; label: string };

/**
 * Who is calling. Sessions and lane-scoped CI tokens are verified here (identity and access
 * issue); until then every caller is anonymous and may only read.
 */
export async function authenticate(_req: NextRequest): Promise<Actor> {
  return { type: "ANONYMOUS" };
}
