import type { Verdict } from "@/lib/domain/readiness/types";
import { Badge } from "@/components/ui/badge";

const TONE = { READY: "green", HOLD: "amber", STOP: "red" } as const;

/** `data-verdict` lets the phone checks find every verdict a page shows. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span data-verdict={verdict} className="inline-flex">
      <Badge tone={TONE[verdict]}>{verdict}</Badge>
    </span>
  );
}
