import type { Verdict } from "@/lib/domain/readiness/types";
import { Badge } from "@/components/ui/badge";

const TONE = { READY: "green", HOLD: "amber", STOP: "red" } as const;

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <Badge tone={TONE[verdict]}>{verdict}</Badge>;
}
