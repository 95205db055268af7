import { z } from "zod";

// The one place that reads process.env. Parsed lazily so that `next build` can run without a
// database, while the first query without DATABASE_URL fails with a sentence, not a stack trace.

/**
 * Development and tests only: a fixed, public secret so that `npm run dev` works out of the box.
 * Production refuses to start without BETTER_AUTH_SECRET (see README, "Sign-in").
 */
export const DEV_AUTH_SECRET = "lanegate-development-secret-not-for-production-0123456789";

const optional = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());

const ZEnv = z
  .object({
    DATABASE_URL: z
      .string({
        error:
          "DATABASE_URL is not set: point it at a Postgres database, e.g. postgresql://postgres@127.0.0.1:5432/lanegate",
      })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /**
     * Named prepared statements: each connection parses and plans a statement once, then only binds
     * and runs it. Off behind a pooler that does not keep them (PgBouncer before 1.21 in transaction
     * mode).
     */
    DATABASE_PREPARED_STATEMENTS: z.preprocess((v) => (v === "" ? undefined : v), z.stringbool().default(true)),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    BETTER_AUTH_SECRET: optional.pipe(
      z
        .string()
        .min(32, "BETTER_AUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)")
        .optional(),
    ),
    /** The public origin of the app, e.g. https://lanegate.example.com (sign-in callbacks, CSRF origin). */
    BETTER_AUTH_URL: optional.pipe(z.url("BETTER_AUTH_URL must be a URL like https://lanegate.example.com").optional()),
    /** Idle sessions end after this many seconds (default 7 days). */
    SESSION_MAX_AGE_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(60 * 60 * 24 * 90)
      .default(60 * 60 * 24 * 7),
    /** Sign-in attempts allowed per address per minute, and failed attempts per account per 15 minutes. */
    AUTH_RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
    AUTH_RATE_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    /**
     * Reverse proxies in front of Lanegate that append to X-Forwarded-For. 0: clients connect
     * directly and forwarding headers are ignored (any client can write them).
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** Let webhooks reach loopback and private networks (a receiver inside the company network). */
    WEBHOOK_ALLOW_PRIVATE_TARGETS: z.preprocess((v) => (v === "" ? undefined : v), z.stringbool().default(false)),
    /**
     * Whether this instance delivers webhooks from the outbox. Off for instances that only serve
     * requests while others deliver (the outbox is shared; any number may deliver).
     */
    WEBHOOK_WORKER: z.preprocess((v) => (v === "" ? undefined : v), z.stringbool().default(true)),
    /** How often each app instance's readiness scheduler looks for lanes due for a time-driven re-evaluation. */
    READINESS_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(200).max(3_600_000).default(30_000),
    OIDC_ISSUER: optional.pipe(z.url("OIDC_ISSUER must be the issuer URL of your OpenID Connect provider").optional()),
    OIDC_CLIENT_ID: optional,
    OIDC_CLIENT_SECRET: optional,
    /** Shown on the sign-in button, e.g. "Okta". */
    OIDC_NAME: z.string().default("single sign-on"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.BETTER_AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["BETTER_AUTH_SECRET"],
        message: "BETTER_AUTH_SECRET is required in production (e.g. `openssl rand -base64 32`)",
      });
    }
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
    if (oidc !== 0 && oidc !== 3) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "set all of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET, or none",
      });
    }
  });

export type Env = z.infer<typeof ZEnv>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** The signing secret for sessions: required in production, a fixed public default elsewhere. */
export function authSecret(env: Env = getEnv()): string {
  return env.BETTER_AUTH_SECRET ?? DEV_AUTH_SECRET;
}

export function oidcConfigured(env: Env = getEnv()): boolean {
  return !!(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
}
