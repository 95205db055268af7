"use client";

import { useState } from "react";

type Props = { next: string; sso: { name: string } | null; initialError: string | null };

// One message for a wrong password and for an unknown account (OWASP authentication guidance):
// telling them apart would let anyone find out who has an account.
const MESSAGES: Record<number, string> = {
  401: "Wrong email or password. Check both and try again.",
  403: "This account has been deactivated. Ask a platform lead.",
  429: "Too many sign-in attempts. Wait a few minutes and try again.",
};

async function post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export function SignInForm({ next, sso, initialError }: Props) {
  const [error, setError] = useState<string | null>(initialError);
  const [busy, setBusy] = useState(false);

  async function signIn(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    const { status, json } = await post("/api/auth/sign-in/email", {
      email: form.get("email"),
      password: form.get("password"),
    });
    if (status === 200) {
      window.location.assign(next);
      return;
    }
    setBusy(false);
    setError(MESSAGES[status] ?? (typeof json.message === "string" ? json.message : "Sign-in failed. Try again."));
  }

  async function signInWithSso() {
    setBusy(true);
    setError(null);
    const { status, json } = await post("/api/auth/sign-in/social", {
      provider: "oidc",
      callbackURL: next,
      errorCallbackURL: "/sign-in",
    });
    if (status === 200 && typeof json.url === "string") {
      window.location.assign(json.url);
      return;
    }
    setBusy(false);
    setError("Single sign-on is not reachable right now. Try again, or sign in with your password.");
  }

  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <form onSubmit={signIn} className="space-y-3">
        <label className="block text-sm">
          <span className="mb-1 block font-medium text-slate-700">Email</span>
          <input
            name="email"
            type="email"
            required
            autoComplete="username"
            className="w-full rounded-md border border-slate-300 px-3 py-2"
          />
        </label>
        <label className="block text-sm">
          <span className="mb-1 block font-medium text-slate-700">Password</span>
          <input
            name="password"
            type="password"
            required
            autoComplete="current-password"
            className="w-full rounded-md border border-slate-300 px-3 py-2"
          />
        </label>
        <button
          type="submit"
          disabled={busy}
          className="w-full rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50"
        >
          Sign in
        </button>
      </form>
      {sso ? (
        <>
          <div className="text-center text-xs text-slate-500">or</div>
          <button
            type="button"
            disabled={busy}
            onClick={signInWithSso}
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50"
          >
            Sign in with {sso.name}
          </button>
        </>
      ) : null}
    </div>
  );
}
