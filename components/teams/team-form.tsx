"use client";

import { FormProvider } from "react-hook-form";
import { ZCreatedTeam, ZCreateTeam } from "@/lib/schemas/team";
import { useApiForm } from "@/lib/client/use-api-form";
import { InputField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";

/** Creates a team (platform lead); lanes then pick it in their form. */
export function NewTeamForm() {
  const kit = useApiForm({
    schema: ZCreateTeam,
    defaultValues: { slug: "", name: "" },
    path: "/api/v1/teams",
    response: ZCreatedTeam,
    onSuccess: () => kit.form.reset({ slug: "", name: "" }),
  });
  return (
    <FormProvider {...kit.form}>
      <form onSubmit={kit.submit} noValidate aria-label="New team" className="grid gap-3 sm:grid-cols-[1fr_1fr_auto]">
        <InputField label="Name" {...kit.field("name")} />
        <InputField label="Slug" hint="Lowercase letters, digits and dashes." {...kit.field("slug")} />
        <div className="flex items-end">
          <SubmitButton pending={kit.pending}>Add team</SubmitButton>
        </div>
        <div className="sm:col-span-3">
          <ProblemAlert {...kit.alert} />
          {kit.succeeded ? (
            <p role="status" className="text-sm text-emerald-700">
              Team added.
            </p>
          ) : null}
        </div>
      </form>
    </FormProvider>
  );
}
