import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { ApiRouteTable, OpenApiDocument } from "./build-openapi-document";
import { buildOpenApiDocument } from "./build-openapi-document";
import { HTTP_METHODS, type RouteDefinition } from "@/lib/server/api/route-definition";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const apiDir = path.join(root, "app/api/v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const openApiPath = (file: string) =>
  `/${path.relative(apiDir, path.dirname(file)).split(path.sep).join("/")}`.replace(/\[([^\]]+)\]/g, "{$1}");

/** Every HTTP method every route file exports, read from the source: "POST /lanes/{slug}/plans". */
function exportedOperations(): string[] {
  return routeFiles(apiDir).flatMap((file) =>
    [
      ...readFileSync(file, "utf8").matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g),
    ].map((m) => `${m[1]} ${openApiPath(file)}`),
  );
}

let routes: ApiRouteTable;
let doc: OpenApiDocument;
const definitions: { key: string; path: string; method: (typeof HTTP_METHODS)[number]; definition: RouteDefinition }[] =
  [];

beforeAll(async () => {
  ({ API_ROUTES: routes } = await import("@/app/api/v1/api-routes"));
  doc = buildOpenApiDocument(routes);
  for (const [p, module] of Object.entries(routes))
    for (const method of HTTP_METHODS) {
      const definition = module[method]?.definition;
      if (definition) definitions.push({ key: `${method} ${p}`, path: p, method, definition });
    }
}, 60_000);

const operationOf = (p: string, method: string) => doc.paths[p]?.[method.toLowerCase() as "get"];

describe("the OpenAPI document", () => {
  it("has every operation the route files export, each with its definition, and nothing else", () => {
    const exported = exportedOperations().sort();
    expect(exported.length).toBeGreaterThan(30);
    expect(definitions.map((d) => d.key).sort()).toEqual(exported);
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(documented.sort()).toEqual(exported);
  });

  it("mounts each route module at the path of its folder", () => {
    const onDisk = routeFiles(apiDir).map(openApiPath).sort();
    expect(Object.keys(routes).sort()).toEqual(onDisk);
  });

  it("has unique operation ids", () => {
    const ids = definitions.map((d) => d.definition.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("names every path parameter of the URL, and only those, as required path parameters", () => {
    for (const { key, path: p, method } of definitions) {
      const inUrl = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const documented = operationOf(p, method)!
        .parameters.filter((x) => x.in === "path")
        .map((x) => {
          expect(x.required, key).toBe(true);
          return x.name;
        })
        .sort();
      expect(documented, key).toEqual(inUrl);
    }
  });

  it("documents exactly the body, query and limits withApi enforces", () => {
    for (const { key, path: p, method, definition } of definitions) {
      const op = operationOf(p, method)!;
      const body = op.requestBody?.content["application/json"]?.schema;
      if (definition.body) {
        const { $schema: _d, ...expected } = z.toJSONSchema(definition.body, {
          target: "draft-2020-12",
          io: "input",
          unrepresentable: "any",
        });
        expect(body, key).toEqual(expected);
        expect(op["x-max-body-bytes"], key).toBe(definition.maxBodyBytes ?? 1024 * 1024);
      } else expect(body, key).toBeUndefined();
      const query = op.parameters.filter((x) => x.in === "query").map((x) => x.name);
      const declared = definition.query
        ? Object.keys(z.toJSONSchema(definition.query, { io: "input", unrepresentable: "any" }).properties ?? {})
        : [];
      expect(query, key).toEqual(declared);
    }
  });

  it("gives every success answer a schema: JSON for JSON, text for CSV, nothing for 204", () => {
    for (const { key, path: p, method, definition } of definitions) {
      const success = operationOf(p, method)!.responses[String(definition.response.status)];
      expect(success, key).toBeDefined();
      if (definition.response.status === 204) expect(success?.content, key).toBeUndefined();
      else {
        const [type, media] = Object.entries(success?.content ?? {})[0] ?? [];
        expect(type, key).toMatch(/^(application\/json|text\/csv)$/);
        expect(media?.schema, key).toEqual(expect.objectContaining({ type: expect.any(String) }));
      }
    }
  });

  it("lists each error code under its status, with withApi's own codes", () => {
    const plans = operationOf("/lanes/{slug}/plans", "POST")!;
    expect(plans.responses["404"]?.["x-error-codes"]).toEqual(["NOT_FOUND", "RELEASE_NOT_FOUND"]);
    expect(plans.responses["413"]?.["x-error-codes"]).toEqual(["PAYLOAD_TOO_LARGE"]);
    expect(plans.responses["409"]?.["x-error-codes"]).toEqual([
      "IDEMPOTENCY_KEY_REUSED",
      "IDEMPOTENT_REQUEST_IN_PROGRESS",
    ]);
    const measurement = operationOf("/lanes/{slug}/releases/{label}/measurements", "POST")!;
    expect(measurement.responses["422"]?.["x-error-codes"]).toEqual(["TAKEN_IN_FUTURE", "UNKNOWN_KPI"]);
    const readiness = operationOf("/lanes/{slug}/readiness", "GET")!;
    expect(readiness.responses["413"]).toBeUndefined();
    expect(readiness.parameters.map((x) => x.name)).toEqual(["slug", "history"]);
    expect(doc["x-error-codes"].find((e) => e.code === "STALE_VERSION")).toMatchObject({ status: 409 });
  });

  it("is OpenAPI 3.1 with JSON Schema 2020-12 bodies generated from the zod schemas", () => {
    expect(doc.openapi).toBe("3.1.0");
    const schema = operationOf("/lanes/{slug}/benchmark-runs", "POST")!.requestBody?.content["application/json"]
      ?.schema as { properties: Record<string, unknown>; required: string[] };
    expect(schema.properties.role).toEqual(expect.objectContaining({ enum: ["BASELINE", "CANDIDATE"] }));
    expect(schema.required).toEqual(expect.arrayContaining(["role"]));
    expect(schema.required).not.toContain("source"); // it has a default, so a client may leave it out
  });

  it("documents body limits, the Idempotency-Key header and query parameters with their required flags", () => {
    const push = operationOf("/lanes/{slug}/plans", "POST")!;
    expect(push["x-max-body-bytes"]).toBe(2 * 1024 * 1024);
    expect(push.description).toMatch(/Body limit: 2048 KiB/);
    expect(push.parameters.map((p) => p.name)).toEqual(["slug", "Idempotency-Key"]);
    const diff = operationOf("/lanes/{slug}/plans/diff", "GET")!;
    expect(diff.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ["slug", "path", true],
      ["query", "query", true],
      ["release", "query", true],
      ["against", "query", false],
    ]);
  });

  it("marks the public operations as needing no credentials", () => {
    expect(operationOf("/openapi.json", "GET")!.security).toEqual([{}]);
    expect(operationOf("/invitations/accept", "POST")!.security).toEqual([{}]);
    expect(operationOf("/lanes", "POST")!.security).toEqual([{ bearerToken: [] }, { sessionCookie: [] }]);
  });
});
