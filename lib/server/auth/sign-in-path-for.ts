/** The sign-in page, returning to `pathname` (and its query) afterwards; the home page needs no `next`. */
export function signInPathFor(pathnameAndSearch: string): string {
  return pathnameAndSearch === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(pathnameAndSearch)}`;
}
