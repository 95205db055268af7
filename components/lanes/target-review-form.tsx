"use client";

import { useRef } from "react";
import { ZReviewTargets, ZTargetVersionRecord } from "@/lib/schemas/targets";
import { useApiForm } from "@/lib/client/use-api-form";
import { InputField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";

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
  // Which button was pressed decides the address; the note is the same either way.
  const outcome = useRef<"approve" | "reject">("approve");
  const kit = useApiForm({
    schema: ZReviewTargets,
    defaultValues: { reason: "", revision },
    path: () => `/api/v1/lanes/${slug}/targets/${version}/${outcome.current}`,
    response: ZTargetVersionRecord,
    success: "Target version reviewed.",
  });
  return (
    <form
      onSubmit={kit.submit}
      noValidate
      aria-label={`Review target version ${version}`}
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3"
    >
      <p className="text-sm font-medium">
        Version {version} waits for approval{proposalReason ? `: “${proposalReason}”` : ""}
      </p>
      <InputField label="Review note" {...kit.field("reason")} />
      <ProblemAlert {...kit.alert} />
      <div className="flex gap-2">
        <SubmitButton pending={kit.pending} tone="emerald" onClick={() => (outcome.current = "approve")}>
          Approve version {version}
        </SubmitButton>
        <SubmitButton pending={kit.pending} tone="red" onClick={() => (outcome.current = "reject")}>
          Reject version {version}
        </SubmitButton>
      </div>
    </form>
  );
}
