/** Pages that can be opened without signing in. Everything else needs a session. */
export const PUBLIC_PAGE_PATTERNS: readonly RegExp[] = [/^\/sign-in\/?$/, /^\/invitations\/[^/]+\/?$/];

export function isPublicPage(pathname: string): boolean {
  return PUBLIC_PAGE_PATTERNS.some((re) => re.test(pathname));
}
