"use client";

import type { OwnerRole } from "@/lib/domain/readiness/types";
import { wouldLoseOwnership } from "@/lib/domain/lanes/would-lose-ownership";
import { ZAssignOwner, ZOwnerAssigned } from "@/lib/schemas/owner";
import { useApiForm } from "@/lib/client/use-api-form";
import { SelectField, TextAreaField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmCheck, useConfirmGate } from "@/components/forms/confirm-check";

const ROLES = [
  { value: "PLANNER", label: "Planner owner" },
  { value: "EXECUTOR", label: "Executor owner" },
];

/** Assigns or replaces the planner or executor owner, with a reason kept in the history. */
export function OwnerForm({
  slug,
  people,
  viewer,
  currentOwners,
}: {
  slug: string;
  people: { id: string; name: string; team: string | null }[];
  /** Who is assigning: an owner handing away their last role is warned first. */
  viewer: { id: string; isLead: boolean };
  currentOwners: Partial<Record<OwnerRole, string>>;
}) {
  const kit = useApiForm({
    schema: ZAssignOwner,
    defaultValues: { role: "PLANNER", userId: "", reason: "" },
    path: `/api/v1/lanes/${slug}/owners`,
    response: ZOwnerAssigned,
    success: (_r, body) => `${body.role === "PLANNER" ? "Planner" : "Executor"} owner assigned.`,
    onSuccess: (_result, body) => kit.form.reset({ role: body.role, userId: "", reason: "" }),
  });
  const [role, userId] = kit.form.watch(["role", "userId"]);
  const locksOut = wouldLoseOwnership({
    viewerId: viewer.id,
    viewerIsLead: viewer.isLead,
    currentOwners,
    role,
    assigneeId: userId ?? "",
  });
  const gate = useConfirmGate(locksOut);
  const options = [
    { value: "", label: "Pick a person…" },
    ...people.map((p) => ({ value: p.id, label: `${p.name}${p.team ? ` (${p.team})` : ""}` })),
  ];
  return (
    <form
      onSubmit={gate.guard(kit.submit, () => kit.form.trigger())}
      noValidate
      aria-label="Assign owner"
      className="space-y-3"
    >
      <SelectField label="Role" options={ROLES} {...kit.field("role")} />
      <SelectField label="Person" options={options} {...kit.field("userId")} />
      <TextAreaField label="Reason" {...kit.field("reason")} />
      <ConfirmCheck gate={gate}>
        This hands away your last owner role on this lane: you will no longer be able to change it (owners, targets,
        releases, tokens). Only a platform lead or the new owners can give it back.
      </ConfirmCheck>
      <ProblemAlert {...kit.alert} />
      <SubmitButton pending={kit.pending}>Assign owner</SubmitButton>
    </form>
  );
}
