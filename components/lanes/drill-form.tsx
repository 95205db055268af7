"use client";

import { parseRecoveryTime, ZDrillRecord, ZRecordDrill } from "@/lib/schemas/rollback";
import { useApiForm } from "@/lib/client/use-api-form";
import { asUtcDateTime, ConvertedField, TextAreaField, type Conversion } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";

/** Seconds typed as "340" or "5:40"; text it cannot read is NaN, so the schema says how to write it. */
const asRecoveryTime: Conversion = {
  toText: (v) => (typeof v === "number" && !Number.isNaN(v) ? String(v) : ""),
  toValue: (t) => (t.trim() === "" ? undefined : (parseRecoveryTime(t) ?? Number.NaN)),
};

/** Records a rollback drill; the recovery time is typed as seconds or mm:ss. Times are UTC. */
export function DrillForm({ slug, now }: { slug: string; now: string }) {
  const kit = useApiForm({
    schema: ZRecordDrill,
    defaultValues: { performedAt: now },
    path: `/api/v1/lanes/${slug}/drills`,
    response: ZDrillRecord,
    success: "Drill recorded.",
    onSuccess: (_result, body) => kit.form.reset({ performedAt: body.performedAt }),
  });
  const { control } = kit.form;
  return (
    <form onSubmit={kit.submit} noValidate aria-label="Record drill" className="space-y-3">
      <ConvertedField
        control={control}
        name="performedAt"
        label="Performed at (UTC)"
        hint="Now, unless the drill ran earlier."
        type="datetime-local"
        convert={asUtcDateTime}
      />
      <ConvertedField
        control={control}
        name="recoverySeconds"
        label="Recovery time"
        hint="Seconds (340) or mm:ss (5:40)."
        convert={asRecoveryTime}
      />
      <TextAreaField label="Notes" {...kit.field("notes", { optional: true })} />
      <ProblemAlert {...kit.alert} />
      {kit.succeeded ? (
        <p role="status" className="text-sm text-emerald-700">
          Drill recorded.
        </p>
      ) : null}
      <SubmitButton pending={kit.pending}>Record drill</SubmitButton>
    </form>
  );
}
