/** A problem+json answer from /api/v1, with its field errors keyed by JSON pointer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fix: string | undefined,
    readonly invalidParams: { pointer: string; message: string }[],
    readonly body: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** Field errors by top-level field name ("/releaseId" -> "releaseId"). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const p of this.invalidParams) {
      const field = p.pointer.split("/")[1] ?? "";
      if (field && !(field in out)) out[field] = p.message;
    }
    return out;
  }
}

export async function apiFetch<T>(
  path: string,
  init: { method?: string; body?: unknown; idempotencyKey?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.idempotencyKey) headers["idempotency-key"] = init.idempotencyKey;
  const res = await fetch(path, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
  });
  const text = await res.text();
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!res.ok) {
    throw new ApiError(
      res.status,
      typeof json.code === "string" ? json.code : "HTTP_ERROR",
      typeof json.detail === "string"
        ? json.detail
        : typeof json.title === "string"
          ? json.title
          : `Request failed with status ${res.status}`,
      typeof json.fix === "string" ? json.fix : undefined,
      Array.isArray(json.invalid_params) ? (json.invalid_params as { pointer: string; message: string }[]) : [],
      json,
    );
  }
  return json as T;
}
