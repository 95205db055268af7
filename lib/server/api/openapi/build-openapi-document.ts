import "server-only";
import { z } from "zod";
import { ROUTE_CATALOG, type RouteEntry } from "@/lib/server/api/openapi/route-catalog";

const STATUS_TEXT: Record<number, string> = {
  400: "Invalid input: `invalid_params` lists each problem with a JSON pointer to the field",
  401: "Not signed in, or the bearer token is missing, unknown or revoked",
  403: "The caller may not do this (e.g. a token scoped to another lane)",
  404: "The lane, release or record does not exist",
  409: "Conflict: duplicate, stale version, or an Idempotency-Key reused with a different body",
  413: "The body is larger than the documented limit (refused before parsing)",
  415: "The body is not JSON (send Content-Type: application/json)",
};

/** RFC 9457 problem details as every route answers errors (lib/server/api/to-problem-response.ts). */
const ZProblem = z.object({
  type: z.string(),
  title: z.string().meta({ description: "A sentence saying what went wrong" }),
  status: z.number().int(),
  code: z.string().meta({ description: "Stable machine-readable code, e.g. INVALID_BODY, RELEASE_NOT_FOUND" }),
  fix: z.string().optional(),
  invalid_params: z.array(z.object({ pointer: z.string(), message: z.string() })).optional(),
});

type JsonSchema = Record<string, unknown>;

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of what a client sends: the input side of transforms and defaults. */
function toSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}

function parameters(entry: RouteEntry) {
  const list: JsonSchema[] = [];
  for (const [where, schema] of [
    ["path", entry.params],
    ["query", entry.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      list.push({
        name,
        in: where,
        required: where === "path" || (json.required ?? []).includes(name),
        schema: property,
        ...(property.description ? { description: property.description } : {}),
      });
    }
  }
  if (entry.idempotent) {
    list.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description:
        "8-200 characters. A retry with the same key and body returns the first response and writes nothing; the same key with another body is refused with 409.",
      schema: { type: "string", minLength: 8, maxLength: 200 },
    });
  }
  return list;
}

function operation(entry: RouteEntry) {
  const responses: Record<string, unknown> = {
    [entry.success.status]: { description: entry.success.description, content: { "application/json": { schema: {} } } },
  };
  for (const status of entry.errors) {
    responses[status] = {
      description: STATUS_TEXT[status] ?? "Error",
      content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
    };
  }
  const limit = entry.maxBodyBytes ? ` Body limit: ${Math.round(entry.maxBodyBytes / 1024)} KiB.` : "";
  return {
    operationId: entry.operationId,
    tags: [entry.tag],
    summary: entry.summary,
    ...(entry.description || limit ? { description: `${entry.description ?? ""}${limit}`.trim() } : {}),
    parameters: parameters(entry),
    ...(entry.body
      ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(entry.body) } } } }
      : {}),
    ...(entry.maxBodyBytes ? { "x-max-body-bytes": entry.maxBodyBytes } : {}),
    responses,
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
  };
}

/** The OpenAPI 3.1 document of /api/v1, generated from the route catalog's zod schemas. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const entry of ROUTE_CATALOG) {
    paths[entry.path] = { ...paths[entry.path], [entry.method.toLowerCase()]: operation(entry) };
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Lanegate API",
      version: "1",
      description: "Execution-lane governance for DataFusion: the UI's write path and the CI ingestion API.",
    },
    servers: [{ url: "/api/v1" }],
    tags: [...new Set(ROUTE_CATALOG.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { Problem: toSchema(ZProblem) },
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A lane-scoped API token (lg_...)" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
