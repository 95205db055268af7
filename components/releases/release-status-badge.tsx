import type { ReleaseStatus } from "@/lib/domain/readiness/types";
import { Badge } from "@/components/ui/badge";

const STYLE = {
  PLANNED: { tone: "slate", label: "Planned" },
  IN_PROGRESS: { tone: "indigo", label: "In progress" },
  STABLE: { tone: "green", label: "Stable" },
  UNSTABLE: { tone: "red", label: "Unstable" },
} as const;

export function ReleaseStatusBadge({ status }: { status: ReleaseStatus }) {
  return <Badge tone={STYLE[status].tone}>{STYLE[status].label}</Badge>;
}
