import { type NextRequest, NextResponse } from "next/server";
import { gatePageRequest } from "@/lib/server/auth/gate-page-request";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { rejectMalformedPath } from "@/lib/security/reject-malformed-path";

/**
 * Runs before every request: every page but the public ones needs a valid session (checked against
 * the database by gatePageRequest, so a forged cookie renders nothing), and every response gets a
 * per-request nonce for the Content-Security-Policy. API routes answer 401 themselves (withApi).
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const malformed = rejectMalformedPath(pathname);
  if (malformed) return malformed;
  const refused = await gatePageRequest(request);
  if (refused) return withCsp(refused, contentSecurityPolicy(nonce()));
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
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
