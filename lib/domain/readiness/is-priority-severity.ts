import { PRIORITY_SEVERITIES } from "./constants";
import type { Severity } from "./types";

/** P1 and P2 incidents make a release unstable (PRIORITY_INCIDENT). */
export function isPrioritySeverity(severity: Severity): boolean {
  return PRIORITY_SEVERITIES.includes(severity);
}
