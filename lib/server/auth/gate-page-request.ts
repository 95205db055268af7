import "server-only";
import { type NextRequest, NextResponse } from "next/server";
import { viewerFromHeaders } from "@/lib/server/auth/get-viewer";
import { isPublicPage } from "@/lib/domain/auth/is-public-path";
import { isDatabaseUnavailable } from "@/lib/server/api/is-database-unavailable";
import { DATABASE_RETRY_AFTER_SECONDS } from "@/lib/server/api/to-problem-response";
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
  try {
    if (await viewerFromHeaders(request.headers, { refresh: false })) return null;
  } catch (error) {
    // Without the database no session can be checked and no page can show anything: say so plainly.
    if (isDatabaseUnavailable(error)) return unavailablePage();
    throw error;
  }
  return NextResponse.redirect(new URL(signInPathFor(`${pathname}${search}`), request.url));
}

function unavailablePage(): NextResponse {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Unavailable · Lanegate</title>' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"></head>' +
    '<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;text-align:center">' +
    "<h1>Lanegate is temporarily unavailable</h1><p>It cannot reach its database right now, so nothing can be shown " +
    "or changed. This usually passes within a minute (a restart or failover); reload the page to try again.</p>" +
    "</body></html>";
  return new NextResponse(html, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) },
  });
}
