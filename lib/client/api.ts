import { z } from "zod";

export type ProblemParam = { pointer: string; message: string };

/** problem+json as /api/v1 and the sign-in routes answer it (lib/server/api/to-problem-response.ts). */
const ZProblemBody = z.object({
  code: z.string().catch("HTTP_ERROR"),
  title: z.string().optional().catch(undefined),
  detail: z.string().optional().catch(undefined),
  fix: z.string().optional().catch(undefined),
  invalid_params: z.array(z.object({ pointer: z.string(), message: z.string() })).catch([]),
  current: z.record(z.string(), z.unknown()).optional().catch(undefined),
});

/** A refusal from the API: its code, the sentence (detail), how to fix it and its field problems by JSON pointer. */
export class ApiError extends Error {
  readonly code: string;
  readonly fix: string | undefined;
  readonly invalidParams: ProblemParam[];
  /** For STALE_VERSION: the record as it is now. */
  readonly current: Record<string, unknown> | null;

  constructor(
    readonly status: number,
    body: unknown,
  ) {
    const problem = ZProblemBody.safeParse(body ?? {});
    const p = problem.success ? problem.data : { code: "HTTP_ERROR", invalid_params: [] };
    super(p.detail ?? p.title ?? `The request failed with status ${status}.`);
    this.name = "ApiError";
    this.code = p.code;
    this.fix = p.fix;
    this.invalidParams = p.invalid_params;
    this.current = p.current ?? null;
  }
}

function readJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/**
 * A request to Lanegate's own API from the browser. The answer is parsed with `schema` (the same
 * one the route declares), so a component never works on a shape it only assumed. A refusal
 * throws ApiError; an answer the schema does not accept throws ApiError UNEXPECTED_ANSWER.
 */
export async function apiFetch<S extends z.ZodType>(
  path: string,
  { method = "GET", body, schema }: { method?: string; body?: unknown; schema: S },
): Promise<z.output<S>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
  });
  const json = readJson(await res.text());
  if (!res.ok) throw new ApiError(res.status, json);
  const parsed = schema.safeParse(res.status === 204 ? {} : json);
  if (!parsed.success)
    throw new ApiError(res.status, {
      code: "UNEXPECTED_ANSWER",
      detail: "Lanegate answered in a way this page does not understand. Reload the page.",
    });
  return parsed.data;
}

/**
 * A conditional GET: sends `etag` as If-None-Match and answers `null` when the server says 304
 * (nothing changed), else the parsed answer with its new ETag. For polls that are cheap when idle.
 */
export async function apiFetchIfChanged<S extends z.ZodType>(
  path: string,
  { schema, etag }: { schema: S; etag: string | null },
): Promise<{ data: z.output<S>; etag: string | null } | null> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (etag) headers["if-none-match"] = etag;
  // no-store: the browser's cache neither answers nor rewrites the conditional request, so a 304 reaches us.
  const res = await fetch(path, { headers, credentials: "same-origin", cache: "no-store" });
  if (res.status === 304) return null;
  const json = readJson(await res.text());
  if (!res.ok) throw new ApiError(res.status, json);
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new ApiError(res.status, {
      code: "UNEXPECTED_ANSWER",
      detail: "Lanegate answered in a way this page does not understand. Reload the page.",
    });
  return { data: parsed.data, etag: res.headers.get("etag") };
}
