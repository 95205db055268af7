"use client";

import { useState } from "react";
import { ZReviewTargets } from "@/lib/schemas/targets";
import { useLaneMutation } from "@/lib/client/use-lane-mutation";
import { pointerFieldErrors, zodFieldErrors } from "@/lib/client/zod-field-errors";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { TextField } from "@/components/forms/text-field";

/** A platform lead approves (in force from now) or rejects a proposed target version. */
export function TargetReviewForm({
  slug,
  version,
  revision,
  proposalReason,
}: {
  slug: string;
  version: number;
  /** The proposal's revision as shown: a review racing another one is refused (STALE_VERSION). */
  revision: number;
  proposalReason: string | null;
}) {
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useLaneMutation<{ outcome: "approve" | "reject"; reason: string; revision: number }>({
    path: (i) => `/api/v1/lanes/${slug}/targets/${version}/${i.outcome}`,
  });

  const review = (outcome: "approve" | "reject") => {
    const parsed = ZReviewTargets.safeParse({ reason });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    mutation.mutate(
      { outcome, reason: parsed.data.reason, revision },
      { onError: (error) => setErrors(pointerFieldErrors(error.invalidParams)) },
    );
  };

  return (
    <form
      onSubmit={(e) => e.preventDefault()}
      noValidate
      aria-label={`Review target version ${version}`}
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3"
    >
      <p className="text-sm font-medium">
        Version {version} waits for approval{proposalReason ? `: “${proposalReason}”` : ""}
      </p>
      <TextField
        label="Review note"
        name="reason"
        value={reason}
        error={errors.reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <ProblemAlert error={mutation.error} />
      <div className="flex gap-2">
        <button
          type="button"
          disabled={mutation.isPending}
          onClick={() => review("approve")}
          className="rounded-md bg-emerald-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-700 disabled:opacity-60"
        >
          Approve version {version}
        </button>
        <button
          type="button"
          disabled={mutation.isPending}
          onClick={() => review("reject")}
          className="rounded-md bg-red-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-700 disabled:opacity-60"
        >
          Reject version {version}
        </button>
      </div>
    </form>
  );
}
