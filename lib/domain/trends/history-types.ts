import type { Verdict } from "../readiness/types";

/** A readiness-history row as the domain reads it (lib/server maps ReadinessChange rows to this). */
export interface ReadinessChangeEntry {
  id: string;
  laneId: string;
  at: Date;
  verdict: Verdict;
  streak: number;
  reasonCodes: readonly string[];
  flagCodes: readonly string[];
  cause: string;
}
