import "server-only";
import type { Db, Tx } from "@/lib/server/db-types";
import { notFound } from "@/lib/server/errors";

export async function getLaneIdOrThrow({
  db,
  slug,
}: {
  db: Db | Tx;
  slug: string;
}): Promise<{ id: string; name: string; slug: string }> {
  const lane = await db.lane.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
  if (!lane) throw notFound(`Lane "${slug}"`);
  return lane;
}
