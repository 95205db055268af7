import "server-only";
import { z } from "zod";
import { DEFAULT_MAX_BODY_BYTES } from "@/lib/server/api/read-json-body";
import {
  HTTP_METHODS,
  type HttpMethod,
  type RouteDefinition,
  wrapperErrorCodes,
} from "@/lib/server/api/route-definition";
import { ERROR_CODES, type ErrorCode } from "@/lib/server/error-codes";

/** Route modules by their path under /api/v1 ("/lanes/{slug}/plans"): each exported method carries its definition. */
export type ApiRouteTable = Record<string, Partial<Record<HttpMethod, { definition: RouteDefinition }>>>;

type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface OpenApiOperation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters: OpenApiParameter[];
  requestBody?: { required: true; content: Record<string, { schema: JsonSchema }> };
  "x-max-body-bytes"?: number;
  responses: Record<
    string,
    { description: string; content?: Record<string, { schema: JsonSchema }>; "x-error-codes"?: ErrorCode[] }
  >;
  security: Record<string, string[]>[];
}

/** RFC 9457 problem details as every route answers errors (lib/server/api/to-problem-response.ts). */
const ZProblem = z.object({
  type: z.string(),
  title: z.string().meta({ description: "The same for every occurrence of the code" }),
  status: z.number().int(),
  detail: z.string().meta({ description: "A sentence saying what went wrong this time" }),
  code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]).meta({
    description: "Stable machine-readable code; x-error-codes lists them with their status",
  }),
  fix: z.string().optional(),
  invalid_params: z.array(z.object({ pointer: z.string(), message: z.string() })).optional(),
});

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect): the input side for what clients send, the output side for answers. */
function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json: JsonSchema = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });
  const { $schema: _dialect, ...rest } = json;
  return rest;
}

function objectProperties(schema: z.ZodType) {
  const json = toSchema(schema, "input");
  const properties = z.record(z.string(), z.record(z.string(), z.unknown())).catch({}).parse(json.properties);
  const required = z.array(z.string()).catch([]).parse(json.required);
  return { properties, required };
}

function parameters(definition: RouteDefinition, method: HttpMethod): OpenApiParameter[] {
  const list: OpenApiParameter[] = [];
  for (const [where, schema] of [
    ["path", definition.params],
    ["query", definition.query],
  ] as const) {
    if (!schema) continue;
    const { properties, required } = objectProperties(schema);
    for (const [name, property] of Object.entries(properties)) {
      const description = typeof property.description === "string" ? property.description : undefined;
      list.push({
        name,
        in: where,
        required: where === "path" || required.includes(name),
        schema: property,
        ...(description ? { description } : {}),
      });
    }
  }
  if (method !== "GET") {
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

function responses(definition: RouteDefinition, method: HttpMethod): OpenApiOperation["responses"] {
  const success = definition.response;
  const out: OpenApiOperation["responses"] = {
    [success.status]:
      "schema" in success
        ? {
            description: success.description,
            content: { "application/json": { schema: toSchema(success.schema, "output") } },
          }
        : "contentType" in success
          ? { description: success.description, content: { [success.contentType]: { schema: { type: "string" } } } }
          : { description: success.description },
  };
  if (definition.notModified) out[304] = { description: definition.notModified };
  const codes = [...new Set([...wrapperErrorCodes(definition, method), ...(definition.errors ?? [])])];
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes)
    byStatus.set(ERROR_CODES[code].status, [...(byStatus.get(ERROR_CODES[code].status) ?? []), code]);
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    out[status] = {
      description: list.map((code) => `${code}: ${ERROR_CODES[code].title}`).join(" "),
      content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
      "x-error-codes": list,
    };
  }
  return out;
}

function operation(definition: RouteDefinition, method: HttpMethod): OpenApiOperation {
  const maxBodyBytes = definition.body ? (definition.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) : undefined;
  const limit = maxBodyBytes ? `Body limit: ${Math.round(maxBodyBytes / 1024)} KiB.` : "";
  const description = [definition.description, limit].filter(Boolean).join(" ");
  return {
    operationId: definition.operationId,
    tags: [definition.tag],
    summary: definition.summary,
    ...(description ? { description } : {}),
    parameters: parameters(definition, method),
    ...(definition.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: toSchema(definition.body, "input") } },
          },
        }
      : {}),
    ...(maxBodyBytes ? { "x-max-body-bytes": maxBodyBytes } : {}),
    responses: responses(definition, method),
    security: definition.allowAnonymous ? [{}] : [{ bearerToken: [] }, { sessionCookie: [] }],
  };
}

/** The OpenAPI 3.1 document of /api/v1, generated from the definitions the route modules run with. */
export function buildOpenApiDocument(routes: ApiRouteTable) {
  const paths: Record<string, Partial<Record<Lowercase<HttpMethod>, OpenApiOperation>>> = {};
  const tags: string[] = [];
  for (const [path, module] of Object.entries(routes)) {
    for (const method of HTTP_METHODS) {
      const definition = module[method]?.definition;
      if (!definition) continue;
      paths[path] = { ...paths[path], [method.toLowerCase()]: operation(definition, method) };
      if (!tags.includes(definition.tag)) tags.push(definition.tag);
    }
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
    tags: tags.map((name) => ({ name })),
    paths,
    components: {
      schemas: { Problem: toSchema(ZProblem, "output") },
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A lane-scoped API token (lg_...)" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      },
    },
    /** Every error code with its status, title and default fix (lib/server/error-codes.ts). */
    "x-error-codes": Object.entries(ERROR_CODES).map(([code, kind]) => ({ code, ...kind })),
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

/** What GET /openapi.json answers with, as far as a client relies on it. */
export const ZOpenApiDocument = z.object({
  openapi: z.literal("3.1.0"),
  info: z.object({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
