/**
 * Makes user text match itself literally inside a SQL LIKE/ILIKE pattern. Prisma's `contains` and
 * `startsWith` put the value into a LIKE pattern as is, so `_` would match any character and `%`
 * any run of characters ("P_iya" would find "Priya"). Postgres's default LIKE escape is `\`.
 */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
