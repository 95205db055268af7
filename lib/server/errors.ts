import "server-only";

export type ProblemParam = { pointer: string; message: string };

/** A failure the client can act on; mapped to problem+json in one place (lib/server/api). */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details: { params?: ProblemParam[]; fix?: string; extra?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", 404, `${what} was not found.`);
