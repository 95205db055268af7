"use client";

import { useRouter } from "next/navigation";
import { ZAcceptInvitation, ZAccountCreated } from "@/lib/schemas/people";
import { useApiForm } from "@/lib/client/use-api-form";
import { InputField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";

/** Creates the invited person's account; the invitation secret in the URL is the credential. */
export function AcceptInvitationForm({ token }: { token: string }) {
  const router = useRouter();
  const kit = useApiForm({
    schema: ZAcceptInvitation,
    defaultValues: { token, name: "", password: "" },
    path: "/api/v1/invitations/accept",
    response: ZAccountCreated,
    onSuccess: () => router.push("/sign-in"),
  });
  return (
    <form
      onSubmit={kit.submit}
      noValidate
      aria-label="Create your account"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 text-sm shadow-sm"
    >
      <InputField label="Your name" autoComplete="name" {...kit.field("name")} />
      <InputField
        label="Password (at least 12 characters)"
        type="password"
        autoComplete="new-password"
        {...kit.field("password")}
      />
      <ProblemAlert {...kit.alert} />
      <SubmitButton pending={kit.pending} wide>
        Create my account
      </SubmitButton>
    </form>
  );
}
