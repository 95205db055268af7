"use client";

import { z } from "zod";
import { ZSignIn } from "@/lib/schemas/people";
import { ApiError } from "@/lib/client/api";
import { signInWithPassword, signInWithSso } from "@/lib/client/sign-in-requests";
import { useApiForm } from "@/lib/client/use-api-form";
import { useApiWrite } from "@/lib/client/use-api-write";
import { InputField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";

type Props = { next: string; sso: { name: string } | null; initialError: string | null };

export function SignInForm({ next, sso, initialError }: Props) {
  const kit = useApiForm({
    schema: ZSignIn,
    defaultValues: { email: "", password: "" },
    path: "/api/auth/sign-in/email",
    response: z.void(),
    send: signInWithPassword,
    onSuccess: () => window.location.assign(next),
  });
  const ssoSignIn = useApiWrite({
    response: z.string(),
    send: () => signInWithSso({ callbackURL: next }),
    onSuccess: (url) => window.location.assign(url),
  });
  const pending = kit.pending || ssoSignIn.isPending;
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      {initialError && !kit.alert.error && !ssoSignIn.error ? (
        <ProblemAlert error={new ApiError(400, { code: "SSO_FAILED", detail: initialError })} />
      ) : null}
      <form onSubmit={kit.submit} noValidate aria-label="Sign in" className="space-y-3">
        <InputField label="Email" type="email" autoComplete="username" {...kit.field("email")} />
        <InputField label="Password" type="password" autoComplete="current-password" {...kit.field("password")} />
        <ProblemAlert {...kit.alert} />
        <SubmitButton pending={pending} wide>
          Sign in
        </SubmitButton>
      </form>
      {sso ? (
        <>
          <div className="text-center text-xs text-slate-500">or</div>
          <ProblemAlert error={ssoSignIn.error} />
          <button
            type="button"
            disabled={pending}
            onClick={() => ssoSignIn.write("/api/auth/sign-in/social", undefined)}
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50"
          >
            Sign in with {sso.name}
          </button>
        </>
      ) : null}
    </div>
  );
}
