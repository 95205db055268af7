import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { genericOAuth } from "better-auth/plugins";
import { authSecret, getEnv, oidcConfigured } from "@/lib/env";
import { getRootDb } from "@/lib/server/db";
import { accountThrottleHooks } from "@/lib/server/auth/account-throttle";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/auth/with-client-address";

export const OIDC_PROVIDER_ID = "oidc";

function createAuth() {
  const env = getEnv();
  const db = getRootDb();
  return betterAuth({
    appName: "Lanegate",
    secret: authSecret(env),
    baseURL: env.BETTER_AUTH_URL,
    trustedOrigins: loopbackTwins(env.BETTER_AUTH_URL),
    database: prismaAdapter(db, { provider: "postgresql" }),
    // Accounts are created by the CLI step or by accepting an invitation, never by open sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "STAKEHOLDER" },
        team: { type: "string", required: false, input: false },
        deactivatedAt: { type: "date", required: false, input: false },
      },
    },
    // No cookie cache: every request re-reads the session row, so sign-out, expiry and deactivation
    // take effect immediately.
    session: {
      expiresIn: env.SESSION_MAX_AGE_SECONDS,
      updateAge: Math.min(60 * 60 * 24, Math.floor(env.SESSION_MAX_AGE_SECONDS / 2)),
    },
    account: { accountLinking: { enabled: true, trustedProviders: [OIDC_PROVIDER_ID] } },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: env.AUTH_RATE_LIMIT_PER_ADDRESS } },
    },
    advanced: {
      // Set by app/api/auth/[...all]/route.ts from the connection (and trusted proxies only), never
      // taken from a client's X-Forwarded-For.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      useSecureCookies: env.NODE_ENV === "production",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    hooks: accountThrottleHooks({ db, max: env.AUTH_RATE_LIMIT_PER_ACCOUNT, windowSeconds: 15 * 60 }),
    databaseHooks: {
      session: {
        create: {
          // Deactivated people keep their history but can no longer start a session (password or SSO).
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { deactivatedAt: true } });
            if (!user || user.deactivatedAt)
              throw new APIError("FORBIDDEN", {
                code: "ACCOUNT_DEACTIVATED",
                message: "This account has been deactivated. Ask a platform lead.",
              });
          },
        },
      },
    },
    plugins: [
      ...(oidcConfigured(env)
        ? [
            genericOAuth({
              config: [
                {
                  providerId: OIDC_PROVIDER_ID,
                  name: env.OIDC_NAME,
                  discoveryUrl: `${env.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
                  clientId: env.OIDC_CLIENT_ID!,
                  clientSecret: env.OIDC_CLIENT_SECRET!,
                  scopes: ["openid", "email", "profile"],
                  pkce: true,
                  requireIdTokenVerification: true,
                },
              ],
            }),
          ]
        : []),
      nextCookies(),
    ],
  });
}

// http://localhost:3000 and http://127.0.0.1:3000 are the same local server: trust both, so the
// sign-in origin check does not depend on which one a person typed.
function loopbackTwins(base: string | undefined): string[] {
  if (!base) return [];
  const url = new URL(base);
  const twin = url.hostname === "localhost" ? "127.0.0.1" : url.hostname === "127.0.0.1" ? "localhost" : null;
  if (!twin) return [];
  url.hostname = twin;
  return [url.origin];
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { lanegateAuth?: Auth };

/** The Better Auth instance, built on first use so that `next build` needs no secret or database. */
export function getAuth(): Auth {
  globalForAuth.lanegateAuth ??= createAuth();
  return globalForAuth.lanegateAuth;
}
