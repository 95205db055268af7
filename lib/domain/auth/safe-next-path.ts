/**
 * Where to go after signing in: only a path on this site, so that `?next=` cannot be used to send
 * someone to another origin (open redirect).
 */
export function safeNextPath(next: string | undefined | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next.startsWith("/sign-in") || next.startsWith("/api/")) return "/";
  return next;
}
