"use client";

import { ZAssignOwner, ZOwnerAssigned } from "@/lib/schemas/owner";
import { useApiForm } from "@/lib/client/use-api-form";
import { SelectField, TextAreaField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";

const ROLES = [
  { value: "PLANNER", label: "Planner owner" },
  { value: "EXECUTOR", label: "Executor owner" },
];

/** Assigns or replaces the planner or executor owner, with a reason kept in the history. */
export function OwnerForm({
  slug,
  people,
}: {
  slug: string;
  people: { id: string; name: string; team: string | null }[];
}) {
  const kit = useApiForm({
    schema: ZAssignOwner,
    defaultValues: { role: "PLANNER", userId: "", reason: "" },
    path: `/api/v1/lanes/${slug}/owners`,
    response: ZOwnerAssigned,
    onSuccess: (_result, body) => kit.form.reset({ role: body.role, userId: "", reason: "" }),
  });
  const options = [
    { value: "", label: "Pick a person…" },
    ...people.map((p) => ({ value: p.id, label: `${p.name}${p.team ? ` (${p.team})` : ""}` })),
  ];
  return (
    <form onSubmit={kit.submit} noValidate aria-label="Assign owner" className="space-y-3">
      <SelectField label="Role" options={ROLES} {...kit.field("role")} />
      <SelectField label="Person" options={options} {...kit.field("userId")} />
      <TextAreaField label="Reason" {...kit.field("reason")} />
      <ProblemAlert {...kit.alert} />
      <SubmitButton pending={kit.pending}>Assign owner</SubmitButton>
    </form>
  );
}
