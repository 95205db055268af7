import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/server/auth/auth";
import { withClientAddress } from "@/lib/server/auth/with-client-address";

// Better Auth's own routes: sign-in (password, SSO), callbacks, sign-out, session. They carry their
// own origin check against CSRF and the database-backed rate limiter, which sees the client address
// worked out by withClientAddress (forwarding headers only behind TRUSTED_PROXY_HOPS proxies).
export const dynamic = "force-dynamic";

const handler = (req: Request) =>
  toNextJsHandler(getAuth())[req.method === "GET" ? "GET" : "POST"](withClientAddress(req));

export const GET = handler;
export const POST = handler;
