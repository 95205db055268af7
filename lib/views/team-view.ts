import type { Verdict } from "@/lib/domain/readiness/types";

/** One team on the /teams page: its lanes' verdicts and the roll-up's headline numbers. */
export interface TeamSummaryView {
  slug: string;
  name: string;
  laneCount: number;
  verdicts: Record<Verdict, number>;
  changeFailureRate: number | null;
  meanTimeToRecoverSeconds: number | null;
  meanTimeToReadySeconds: number | null;
}
