import "server-only";
import type { Tx } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";

/** Lane slugs of a webhook form to ids; an unknown slug is a field error, not a silent drop. */
export async function resolveLaneIds({ tx, slugs }: { tx: Tx; slugs: readonly string[] }): Promise<string[]> {
  if (slugs.length === 0) return [];
  const lanes = await tx.lane.findMany({ where: { slug: { in: [...slugs] } }, select: { id: true, slug: true } });
  const bySlug = new Map(lanes.map((l) => [l.slug, l.id]));
  const unknown = slugs.flatMap((s, i) =>
    bySlug.has(s) ? [] : [{ pointer: `/laneSlugs/${i}`, message: `There is no lane "${s}"` }],
  );
  if (unknown.length)
    throw new AppError("UNKNOWN_LANE", "Some of the chosen lanes do not exist.", {
      params: unknown,
      fix: "Pick lanes from the list.",
    });
  return [...new Set(slugs.map((s) => bySlug.get(s) ?? ""))];
}
