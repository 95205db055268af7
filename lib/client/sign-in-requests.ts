import { ApiError } from "@/lib/client/api";

// Sign-in and sign-out are Better Auth's routes (/api/auth), not /api/v1. These wrap them so the
// form kit treats them like any other write: a refusal is an ApiError with a sentence to show.

// One message for a wrong password and for an unknown account (OWASP authentication guidance):
// telling them apart would let anyone find out who has an account.
const SIGN_IN_REFUSALS: Record<number, string> = {
  401: "Wrong email or password. Check both and try again.",
  403: "This account has been deactivated. Ask a platform lead.",
  429: "Too many sign-in attempts. Wait a few minutes and try again.",
};

/**
 * Better Auth's answer: its message and, for single sign-on, the address to go to; anything else
 * reads as no answer. Hand-written so the sign-out button in every page's header loads no zod.
 */
export function readAuthAnswer(json: unknown): { message?: string; url?: string } {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return {};
  const { message, url } = json as Record<string, unknown>;
  const fits = (v: unknown) => v === undefined || typeof v === "string";
  if (!fits(message) || !fits(url)) return {};
  return {
    ...(message === undefined ? {} : { message: message as string }),
    ...(url === undefined ? {} : { url: url as string }),
  };
}

async function post(path: string, body: unknown) {
  const res = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, ok: res.ok, answer: readAuthAnswer(json) };
}

export async function signInWithPassword(body: { email: string; password: string }): Promise<void> {
  const { ok, status, answer } = await post("/api/auth/sign-in/email", body);
  if (ok) return;
  throw new ApiError(status, {
    code: "SIGN_IN_REFUSED",
    detail: SIGN_IN_REFUSALS[status] ?? answer.message ?? "Sign-in failed. Try again.",
  });
}

/** Starts single sign-on; the answer is the identity provider's address to go to. */
export async function signInWithSso(body: { callbackURL: string }): Promise<string> {
  const { ok, status, answer } = await post("/api/auth/sign-in/social", {
    provider: "oidc",
    callbackURL: body.callbackURL,
    errorCallbackURL: "/sign-in",
  });
  if (ok && answer.url) return answer.url;
  throw new ApiError(status, {
    code: "SSO_UNREACHABLE",
    detail: "Single sign-on is not reachable right now. Try again, or sign in with your password.",
  });
}
