import type { GateRule } from "../rule-types";
import { rollbackDrillStaleRule } from "./rollback-drill-stale-rule";

/** Non-blocking: reported beside the verdict, never part of it. */
export const WARNING_RULES: readonly GateRule[] = [rollbackDrillStaleRule];
