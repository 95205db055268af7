"use client";

import { useState } from "react";
import { ZAssignOwner } from "@/lib/schemas/owner";
import { useLaneMutation } from "@/lib/client/use-lane-mutation";
import { pointerFieldErrors, zodFieldErrors } from "@/lib/client/zod-field-errors";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

/** Assigns or replaces the planner or executor owner, with a reason kept in the history. */
export function OwnerForm({
  slug,
  people,
}: {
  slug: string;
  people: { id: string; name: string; team: string | null }[];
}) {
  const [role, setRole] = useState<"PLANNER" | "EXECUTOR">("PLANNER");
  const [userId, setUserId] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useLaneMutation({
    path: `/api/v1/lanes/${slug}/owners`,
    onSuccess: () => {
      setReason("");
      setUserId("");
    },
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = ZAssignOwner.safeParse({ role, userId, reason });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    mutation.mutate(parsed.data, { onError: (error) => setErrors(pointerFieldErrors(error.invalidParams)) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Assign owner" className="space-y-3">
      <TextField
        label="Role"
        name="role"
        value={role}
        onChange={(e) => setRole(e.target.value as "PLANNER" | "EXECUTOR")}
      >
        <option value="PLANNER">Planner owner</option>
        <option value="EXECUTOR">Executor owner</option>
      </TextField>
      <TextField
        label="Person"
        name="userId"
        value={userId}
        error={errors.userId}
        onChange={(e) => setUserId(e.target.value)}
      >
        <option value="">Pick a person…</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.team ? ` (${p.team})` : ""}
          </option>
        ))}
      </TextField>
      <TextField
        label="Reason"
        name="reason"
        multiline
        value={reason}
        error={errors.reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <ProblemAlert error={errors.userId ? null : mutation.error} />
      <SubmitButton pending={mutation.isPending}>Assign owner</SubmitButton>
    </form>
  );
}
