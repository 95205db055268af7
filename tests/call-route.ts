// Calls an /api/v1 route handler (the real module, a real NextRequest) the way Next would, so
// integration tests exercise withApi, the schemas and the use case against real Postgres.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { NextRequest } from "next/server";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const TEST_ORIGIN = "http://127.0.0.1:3000";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** `key` is "METHOD /api/v1/pattern/[param]", as in the authorization matrix. */
export async function callRoute(
  key: string,
  {
    headers,
    params = {},
    body,
    query = "",
  }: { headers: Record<string, string>; params?: Record<string, string>; body?: unknown; query?: string },
): Promise<Response> {
  const [method, pattern] = key.split(" ") as [string, string];
  const url = pattern.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? "missing"));
  const file = path.join(root, "app", pattern.replace(/^\//, ""), "route.ts");
  const mod = (await import(/* @vite-ignore */ file)) as Record<string, Handler>;
  const req = new NextRequest(`${TEST_ORIGIN}${url}${query}`, {
    method,
    headers: new Headers({ ...headers, "content-type": "application/json" }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return mod[method]!(req, { params: Promise.resolve(params) });
}

/** A person with a password, signed in through Better Auth: the headers a browser would send. */
export async function signedInHeaders(
  db: PrismaClient,
  role: "STAKEHOLDER" | "LANE_OWNER" | "PLATFORM_LEAD",
): Promise<{ userId: string; headers: Record<string, string> }> {
  const { hashNewPassword, setPasswordCredential } = await import("@/lib/server/people/set-password-credential");
  const { getAuth } = await import("@/lib/server/auth/auth");
  const password = "signed-in-password-123";
  const user = await db.user.create({
    data: { email: `t-${Math.random().toString(36).slice(2, 10)}@example.com`, name: `Test ${role}`, role },
    select: { id: true, email: true },
  });
  const hash = await hashNewPassword(password);
  await db.$transaction((tx) => setPasswordCredential(tx, user.id, hash));
  const res = await getAuth().api.signInEmail({ body: { email: user.email, password }, asResponse: true });
  const cookie = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
  return { userId: user.id, headers: { cookie, origin: TEST_ORIGIN, "sec-fetch-site": "same-origin" } };
}
