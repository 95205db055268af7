// Plain HTTP as a browser or an attacker sends it (Node's fetch, no redirects followed), with a
// cookie header chosen per call: the saved sign-ins of the setup project, a fresh password
// sign-in, or a forged cookie.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";

const port = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${port}`;

export type Raw = { status: number; location: string | null; body: string; json: () => unknown };

export async function send(
  path: string,
  {
    cookie,
    method = "GET",
    body,
    headers = {},
  }: { cookie?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Raw> {
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    redirect: "manual",
    headers: {
      ...(cookie ? { cookie } : {}),
      // Cookie-authenticated writes must come from the app's own origin (CSRF rule).
      ...(method === "GET" ? {} : { origin: BASE_URL, "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, location: res.headers.get("location"), body: text, json: () => JSON.parse(text) };
}

/** The cookie header of a sign-in the `setup` project saved (e2e/.auth/*.json). */
export function savedCookie(storageFile: string): string {
  const state = JSON.parse(readFileSync(storageFile, "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** Signs in with a password over HTTP and returns the session cookie header. */
export async function signInOverHttp(email: string, password = "lanegate-demo"): Promise<string> {
  const res = await fetch(`${BASE_URL}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE_URL },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}: ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** Calls the API as `cookie` and insists on a 2xx, returning the JSON body. */
export async function apiOk<T>(cookie: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await send(path, { cookie, method, body });
  if (res.status < 200 || res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${res.body}`);
  return res.json() as T;
}

export const uniq = () => `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;

/** A forged session cookie under both names Better Auth reads (production uses the __Secure- one). */
export const FORGED_COOKIES = {
  forgedSecure: "__Secure-better-auth.session_token=x",
  forgedPlain: "better-auth.session_token=x",
} as const;
