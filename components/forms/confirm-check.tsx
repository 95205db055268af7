"use client";

import { useId, useState, type FormEvent, type ReactNode } from "react";

/**
 * A consequence the person must acknowledge before a stage-changing or lasting action is sent:
 * the form's submit first checks `confirmed`; unticked, the fields are still validated and the
 * box says what it is waiting for. `needed` false: no box, nothing to confirm.
 */
export function useConfirmGate(needed: boolean) {
  const [confirmed, setConfirmed] = useState(false);
  const [missing, setMissing] = useState(false);
  const guard =
    (submit: (e?: FormEvent) => Promise<void>, validate: () => Promise<boolean>) => async (e: FormEvent) => {
      if (needed && !confirmed) {
        e.preventDefault();
        setMissing(true);
        await validate();
        return;
      }
      await submit(e);
    };
  return { needed, confirmed, missing: missing && !confirmed, setConfirmed, guard };
}

export function ConfirmCheck({
  gate,
  children,
}: {
  gate: ReturnType<typeof useConfirmGate>;
  /** The consequence, said plainly ("Approving moves the lane to Expanded now."). */
  children: ReactNode;
}) {
  const id = useId();
  if (!gate.needed) return null;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-2" data-confirm>
      <label className="flex items-start gap-2 text-sm text-amber-950">
        <input
          type="checkbox"
          className="mt-1 h-4 w-4 rounded border-amber-400"
          checked={gate.confirmed}
          onChange={(e) => gate.setConfirmed(e.target.checked)}
          aria-invalid={gate.missing ? true : undefined}
          aria-describedby={gate.missing ? `${id}-error` : undefined}
        />
        <span>{children}</span>
      </label>
      {gate.missing ? (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700">
          Tick the box to confirm you understand what this does.
        </p>
      ) : null}
    </div>
  );
}
