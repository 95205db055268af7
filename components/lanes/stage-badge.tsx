import type { Stage } from "@/lib/domain/readiness/types";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<Stage, BadgeTone> = {
  PROPOSED: "slate",
  SHADOW: "violet",
  CANARY: "indigo",
  PRODUCTION: "indigo",
  EXPANDED: "green",
  PAUSED: "amber",
  RETIRED: "slate",
};

export function StageBadge({ stage }: { stage: Stage }) {
  return <Badge tone={TONE[stage]}>{stage.charAt(0) + stage.slice(1).toLowerCase()}</Badge>;
}
