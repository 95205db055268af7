import "server-only";
import { ERROR_CODES, type ErrorCode } from "@/lib/server/error-codes";

export type ProblemParam = { pointer: string; message: string };

/**
 * A failure the client can act on. The throw site names the code and says what happened; the
 * status and title come from ERROR_CODES, and lib/server/api/to-problem-response.ts turns it into
 * problem+json in one place.
 */
export class AppError extends Error {
  readonly status: number;
  readonly title: string;

  constructor(
    readonly code: ErrorCode,
    detail?: string,
    readonly details: { params?: ProblemParam[]; fix?: string; extra?: Record<string, unknown> } = {},
  ) {
    super(detail ?? ERROR_CODES[code].title);
    this.name = "AppError";
    this.status = ERROR_CODES[code].status;
    this.title = ERROR_CODES[code].title;
  }

  /** The throw site's own fix, else the code's default one. */
  get fix(): string | undefined {
    return this.details.fix ?? ERROR_CODES[this.code].fix;
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);
