import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";
import { isPublicPage } from "@/lib/domain/auth/is-public-path";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { rejectMalformedPath } from "@/lib/security/reject-malformed-path";

/**
 * Runs before every request: a cheap cookie presence check that sends signed-out people to the
 * sign-in page (the session itself is validated server-side by app/layout.tsx and by withApi), and a
 * per-request nonce for the Content-Security-Policy. API routes answer 401 themselves, since CI
 * tokens carry no cookie.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const malformed = rejectMalformedPath(pathname);
  if (malformed) return malformed;
  const isApi = pathname.startsWith("/api/");
  if (!isApi && !isPublicPage(pathname) && !getSessionCookie(request)) {
    const url = new URL("/sign-in", request.url);
    if (pathname !== "/") url.searchParams.set("next", `${pathname}${search}`);
    return withCsp(NextResponse.redirect(url), contentSecurityPolicy(nonce()));
  }
  const n = nonce();
  const csp = contentSecurityPolicy(n);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", n);
  headers.set("content-security-policy", csp);
  headers.set("x-pathname", pathname);
  return withCsp(NextResponse.next({ request: { headers } }), csp);
}

function nonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}

function withCsp(res: NextResponse, csp: string): NextResponse {
  res.headers.set("content-security-policy", csp);
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
