import { REASON_KINDS } from "./constants";
import type { Reason, ReasonCode } from "./types";

/** A Reason whose kind always matches the code table; optional ids are left out rather than undefined. */
export function buildReason({
  code,
  message,
  fix,
  releaseId,
  kpiKey,
}: {
  code: ReasonCode;
  message: string;
  fix: string;
  releaseId?: string;
  kpiKey?: string;
}): Reason {
  return {
    code,
    kind: REASON_KINDS[code],
    message,
    fix,
    ...(releaseId === undefined ? {} : { releaseId }),
    ...(kpiKey === undefined ? {} : { kpiKey }),
  };
}
