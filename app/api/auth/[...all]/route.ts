import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/server/auth/auth";

// Better Auth's own routes: sign-in (password, SSO), callbacks, sign-out, session. They carry their
// own origin check against CSRF and the database-backed rate limiter.
export const dynamic = "force-dynamic";

const handler = (req: Request) => toNextJsHandler(getAuth())[req.method === "GET" ? "GET" : "POST"](req);

export const GET = handler;
export const POST = handler;
