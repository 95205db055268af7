import "server-only";
import type { z } from "zod";
import type { ErrorCode } from "@/lib/server/error-codes";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type RouteResponse =
  | { status: 200 | 201; description: string; schema: z.ZodType }
  | { status: 200; description: string; contentType: "text/csv" }
  | { status: 204; description: string };

/**
 * Everything about one /api/v1 operation, written once in its route module: withApi enforces the
 * params, query, body and limits, and the OpenAPI document is generated from the same object.
 */
export interface RouteDefinition<
  P extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
> {
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  params?: P;
  body?: B;
  query?: Q;
  /** Defaults to DEFAULT_MAX_BODY_BYTES (1 MiB); larger bodies are refused before parsing. */
  maxBodyBytes?: number;
  /** Only for routes whose body carries its own credential (accepting an invitation) or that are public. */
  allowAnonymous?: boolean;
  response: RouteResponse;
  /** The route answers 304 to an If-None-Match that names its current ETag: what that 304 means. */
  notModified?: string;
  /** What the use case can refuse with; withApi's own codes (wrapperErrorCodes) are added to them. */
  errors?: readonly ErrorCode[];
}

/** The codes withApi itself answers with for a route like this one. */
export function wrapperErrorCodes(definition: RouteDefinition, method: HttpMethod): ErrorCode[] {
  const codes: ErrorCode[] = ["INVALID_TOKEN", "INTERNAL"];
  if (!definition.allowAnonymous) codes.push("UNAUTHENTICATED", "FORBIDDEN");
  if (definition.params) codes.push("INVALID_PARAMS");
  if (definition.query) codes.push("INVALID_QUERY");
  if (method !== "GET") {
    codes.push("CSRF_REJECTED", "INVALID_IDEMPOTENCY_KEY", "IDEMPOTENCY_KEY_REUSED", "IDEMPOTENT_REQUEST_IN_PROGRESS");
  }
  if (definition.body) codes.push("INVALID_BODY", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE");
  return codes;
}
