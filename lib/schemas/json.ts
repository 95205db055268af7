import { z } from "zod";

// Building blocks of the JSON /api/v1 answers with: dates are ISO 8601 strings, exact decimals
// (KPI values, baselines, thresholds) are strings so no precision is lost on the way.

export const ZIsoTime = z.iso.datetime({ offset: true }).meta({ description: "ISO 8601 instant" });

export const ZDecimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i)
  .meta({ description: "An exact decimal number, as a string" });
