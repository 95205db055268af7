import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";

export async function getLaneIdOrThrow({
  db,
  slug,
}: {
  db: Db | Prisma.TransactionClient;
  slug: string;
}): Promise<{ id: string; name: string; slug: string }> {
  const lane = await db.lane.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
  if (!lane) throw notFound(`Lane "${slug}"`);
  return lane;
}
