import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-openapi-document";
import { ROUTE_CATALOG } from "./route-catalog";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const apiDir = path.join(root, "app/api/v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** Every exported HTTP method of every app/api/v1 route file, as "METHOD /openapi/{path}". */
function exportedRoutes(): string[] {
  return routeFiles(apiDir).flatMap((file) => {
    const apiPath = `/${path.relative(apiDir, path.dirname(file)).split(path.sep).join("/")}`.replace(
      /\[([^\]]+)\]/g,
      "{$1}",
    );
    const source = readFileSync(file, "utf8");
    return [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
      (m) => `${m[1]} ${apiPath}`,
    );
  });
}

describe("the route catalog", () => {
  it("describes every route app/api/v1 exports, and nothing else", () => {
    const exported = exportedRoutes().sort();
    const catalogued = ROUTE_CATALOG.map((e) => `${e.method} ${e.path}`).sort();
    expect(exported.length).toBeGreaterThan(3);
    expect(catalogued).toEqual(exported);
  });

  it("has unique operation ids", () => {
    const ids = ROUTE_CATALOG.map((e) => e.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("buildOpenApiDocument", () => {
  const doc = buildOpenApiDocument();

  it("is OpenAPI 3.1 with JSON Schema 2020-12 request bodies generated from the zod schemas", () => {
    expect(doc.openapi).toBe("3.1.0");
    const push = doc.paths["/lanes/{slug}/benchmark-runs"]?.post as {
      requestBody: { content: Record<string, { schema: { properties: Record<string, unknown>; required: string[] } }> };
    };
    const schema = push.requestBody.content["application/json"]?.schema;
    expect(schema?.properties.role).toEqual(expect.objectContaining({ enum: ["BASELINE", "CANDIDATE"] }));
    expect(schema?.required).toEqual(expect.arrayContaining(["role"]));
    expect(schema?.required).not.toContain("source"); // it has a default, so a client may leave it out
  });

  it("documents body limits, the Idempotency-Key header and problem+json errors", () => {
    const push = doc.paths["/lanes/{slug}/plans"]?.post as {
      description: string;
      parameters: { name: string }[];
      responses: Record<string, { content: Record<string, unknown> }>;
      "x-max-body-bytes": number;
    };
    expect(push["x-max-body-bytes"]).toBe(2 * 1024 * 1024);
    expect(push.description).toMatch(/Body limit: 2048 KiB/);
    expect(push.parameters.map((p) => p.name)).toEqual(["slug", "Idempotency-Key"]);
    for (const status of ["400", "401", "403", "404", "409", "413", "415"])
      expect(push.responses[status]?.content).toHaveProperty(["application/problem+json"]);
  });

  it("lists query parameters with their required flags", () => {
    const diff = doc.paths["/lanes/{slug}/plans/diff"]?.get as {
      parameters: { name: string; in: string; required: boolean }[];
    };
    expect(diff.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ["slug", "path", true],
      ["query", "query", true],
      ["release", "query", true],
      ["against", "query", false],
    ]);
  });
});
