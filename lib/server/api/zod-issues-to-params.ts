import "server-only";
import type { z } from "zod";
import type { ProblemParam } from "@/lib/server/errors";

/** zod issues -> JSON pointers (RFC 6901) under a prefix such as "" for the body or "/params". */
export function zodIssuesToParams(issues: readonly z.core.$ZodIssue[], prefix = ""): ProblemParam[] {
  return issues.map((issue) => ({
    pointer:
      `${prefix}/${issue.path.map((part) => String(part).replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`.replace(
        /\/$/,
        "",
      ) || "/",
    message: issue.message,
  }));
}
