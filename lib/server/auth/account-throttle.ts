import "server-only";
import { APIError, createAuthMiddleware } from "better-auth/api";
import type { Db } from "@/lib/server/db-types";

const SIGN_IN_PATH = "/sign-in/email";
const keyFor = (email: string) => `signin-account:${email.trim().toLowerCase()}`;

/**
 * Per-account brute-force protection on top of Better Auth's per-address limit: after `max` failed
 * password attempts for one email within the window, further attempts for it are refused with 429
 * until the window passes. Counters live in the rateLimit table so every app instance shares them.
 */
export function accountThrottleHooks({ db, max, windowSeconds }: { db: Db; max: number; windowSeconds: number }) {
  const windowMs = windowSeconds * 1000;
  return {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return;
      const email = typeof ctx.body?.email === "string" ? ctx.body.email : "";
      if (!email) return;
      const row = await db.rateLimit.findUnique({ where: { key: keyFor(email) } });
      if (row && row.count >= max && Date.now() - Number(row.lastRequest) < windowMs) {
        throw new APIError("TOO_MANY_REQUESTS", {
          code: "TOO_MANY_ATTEMPTS",
          message: "Too many failed sign-in attempts for this account. Wait 15 minutes and try again.",
        });
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return;
      const email = typeof ctx.body?.email === "string" ? ctx.body.email : "";
      if (!email) return;
      const key = keyFor(email);
      const returned = ctx.context.returned;
      const failed = returned instanceof APIError && returned.statusCode === 401;
      if (!failed) {
        if (!(returned instanceof APIError)) await db.rateLimit.deleteMany({ where: { key } });
        return;
      }
      const now = BigInt(Date.now());
      const row = await db.rateLimit.findUnique({ where: { key } });
      if (!row || Date.now() - Number(row.lastRequest) >= windowMs) {
        await db.rateLimit.upsert({
          where: { key },
          create: { id: key, key, count: 1, lastRequest: now },
          update: { count: 1, lastRequest: now },
        });
      } else {
        await db.rateLimit.update({ where: { key }, data: { count: { increment: 1 }, lastRequest: now } });
      }
    }),
  };
}
