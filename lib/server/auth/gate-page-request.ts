import "server-only";
import { type NextRequest, NextResponse } from "next/server";
import { viewerFromHeaders } from "@/lib/server/auth/get-viewer";
import { isPublicPage } from "@/lib/server/auth/is-public-path";
import { signInPathFor } from "@/lib/server/auth/sign-in-path-for";

/**
 * The access check every page request passes before anything renders (called by proxy.ts, which
 * runs on the Node.js runtime in Next 16): the session cookie must name a live session of an active
 * person, checked against the database, not merely be present. A forged, expired or revoked cookie
 * gets the same redirect to the sign-in page as no cookie, so no page streams a byte of data for it.
 * API routes answer 401 themselves (withApi), since CI tokens carry no cookie. Returns the redirect,
 * or null to let the request through.
 */
export async function gatePageRequest(request: NextRequest): Promise<NextResponse | null> {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/") || isPublicPage(pathname)) return null;
  if (await viewerFromHeaders(request.headers, { refresh: false })) return null;
  return NextResponse.redirect(new URL(signInPathFor(`${pathname}${search}`), request.url));
}
