/**
 * A team's slug from its name, the way the teams migration derived the slugs of the teams that
 * existed as text: lowercase, every run of other characters one dash, at most 56 characters.
 */
export function slugifyTeamName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 56)
    .replace(/-+$/, "");
  return slug.length >= 2 ? slug : "team";
}
