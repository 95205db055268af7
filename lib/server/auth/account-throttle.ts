import "server-only";
import { APIError, createAuthMiddleware } from "better-auth/api";
import type { Db } from "@/lib/server/db-types";

const SIGN_IN_PATH = "/sign-in/email";
const keyFor = (email: string) => `signin-account:${email.trim().toLowerCase()}`;

/**
 * Per-account brute-force protection on top of the per-address limit: at most `max` password
 * attempts for one email are evaluated within the window; further attempts are refused with 429 until
 * the window after the last evaluated one has passed. A successful sign-in clears the count.
 *
 * Each attempt takes its slot before the password is checked, in one SQL statement (an upsert that
 * increments and returns the new count under the row lock), so concurrent attempts cannot all read
 * "below the limit" and all be evaluated. Counters live in the rateLimit table, shared by every app
 * instance.
 */
export function accountThrottleHooks({ db, max, windowSeconds }: { db: Db; max: number; windowSeconds: number }) {
  const windowMs = windowSeconds * 1000;
  const emailOf = (body: unknown) =>
    body && typeof body === "object" && "email" in body && typeof body.email === "string" ? body.email : "";
  return {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return;
      const email = emailOf(ctx.body);
      if (!email) return;
      const count = await takeAttempt({ db, key: keyFor(email), max, now: Date.now(), windowMs });
      if (count > max) {
        throw new APIError("TOO_MANY_REQUESTS", {
          code: "TOO_MANY_ATTEMPTS",
          message: "Too many failed sign-in attempts for this account. Wait 15 minutes and try again.",
        });
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return;
      const email = emailOf(ctx.body);
      if (!email) return;
      // A failure keeps the slot it took; a success proves the password and starts over.
      if (!(ctx.context.returned instanceof APIError)) await db.rateLimit.deleteMany({ where: { key: keyFor(email) } });
    }),
  };
}

/**
 * Counts one attempt and returns the count including it. A window that ended `windowMs` after its
 * last evaluated attempt starts over at 1. Refused attempts (count above `max`) do not move the
 * window, so a locked account unlocks on time however often it is tried.
 */
async function takeAttempt({
  db,
  key,
  max,
  now,
  windowMs,
}: {
  db: Db;
  key: string;
  max: number;
  now: number;
  windowMs: number;
}): Promise<number> {
  const at = BigInt(now);
  const expired = BigInt(now - windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "rateLimit" (id, key, count, "lastRequest") VALUES (${key}, ${key}, 1, ${at})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "rateLimit"."lastRequest" <= ${expired} THEN 1 ELSE "rateLimit".count + 1 END,
      "lastRequest" = CASE
        WHEN "rateLimit"."lastRequest" <= ${expired} OR "rateLimit".count < ${max} THEN ${at}
        ELSE "rateLimit"."lastRequest" END
    RETURNING count`;
  return rows[0]?.count ?? 1;
}
