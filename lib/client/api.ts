import type { z } from "zod";

export type ProblemParam = { pointer: string; message: string };

/**
 * The schema an answer is parsed with, or a function that loads it:
 * `() => import("@/lib/schemas/inbox").then((m) => m.ZInbox)` keeps zod and the schema out of the
 * page's first-load JS; they load with the first request that needs them.
 */
export type SchemaSource<S extends z.ZodType> = S | (() => Promise<S>);

export async function loadSchema<S extends z.ZodType>(source: SchemaSource<S>): Promise<S> {
  return typeof source === "function" ? source() : source;
}

interface Problem {
  code: string;
  title?: string;
  detail?: string;
  fix?: string;
  invalid_params: ProblemParam[];
  current?: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** A copy of a JSON object's members (an own "__proto__" member is left out, as zod's record did). */
function copyRecord(record: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (key !== "__proto__") copy[key] = value;
  return copy;
}

/**
 * problem+json as /api/v1 and the sign-in routes answer it (lib/server/api/to-problem-response.ts),
 * read tolerantly: a member of the wrong type counts as absent (code: HTTP_ERROR, invalid_params:
 * none unless every entry has a string pointer and message). Hand-written rather than a zod schema
 * so every page can show a refusal without loading zod (api.test.ts holds it to the zod reading).
 */
export function readProblem(body: unknown): Problem {
  const p = isRecord(body) ? body : {};
  const params = p.invalid_params;
  const invalidParams =
    Array.isArray(params) &&
    params.every((q) => isRecord(q) && typeof q.pointer === "string" && typeof q.message === "string")
      ? params.map((q: { pointer: string; message: string }) => ({ pointer: q.pointer, message: q.message }))
      : [];
  return {
    code: text(p.code) ?? "HTTP_ERROR",
    title: text(p.title),
    detail: text(p.detail),
    fix: text(p.fix),
    invalid_params: invalidParams,
    current: isRecord(p.current) ? copyRecord(p.current) : undefined,
  };
}

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
    const p = readProblem(body);
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

const unexpectedAnswer = (status: number) =>
  new ApiError(status, {
    code: "UNEXPECTED_ANSWER",
    detail: "Lanegate answered in a way this page does not understand. Reload the page.",
  });

/**
 * A request to Lanegate's own API from the browser. The answer is parsed with `schema` (the same
 * one the route declares), so a component never works on a shape it only assumed. A refusal
 * throws ApiError; an answer the schema does not accept throws ApiError UNEXPECTED_ANSWER.
 */
export async function apiFetch<S extends z.ZodType>(
  path: string,
  { method = "GET", body, schema }: { method?: string; body?: unknown; schema: SchemaSource<S> },
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
  const parsed = (await loadSchema(schema)).safeParse(res.status === 204 ? {} : json);
  if (!parsed.success) throw unexpectedAnswer(res.status);
  return parsed.data;
}

/**
 * A conditional GET: sends `etag` as If-None-Match and answers `null` when the server says 304
 * (nothing changed), else the parsed answer with its new ETag. For polls that are cheap when idle.
 */
export async function apiFetchIfChanged<S extends z.ZodType>(
  path: string,
  { schema, etag }: { schema: SchemaSource<S>; etag: string | null },
): Promise<{ data: z.output<S>; etag: string | null } | null> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (etag) headers["if-none-match"] = etag;
  // no-store: the browser's cache neither answers nor rewrites the conditional request, so a 304 reaches us.
  const res = await fetch(path, { headers, credentials: "same-origin", cache: "no-store" });
  if (res.status === 304) return null;
  const json = readJson(await res.text());
  if (!res.ok) throw new ApiError(res.status, json);
  const parsed = (await loadSchema(schema)).safeParse(json);
  if (!parsed.success) throw unexpectedAnswer(res.status);
  return { data: parsed.data, etag: res.headers.get("etag") };
}
