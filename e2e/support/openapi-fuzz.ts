// A property-based fuzz of the running API, driven by its own OpenAPI document (read over HTTP,
// whatever generates it): fast-check builds params, queries and bodies from each operation's JSON
// schemas, then mutates some with hostile values (NUL, lone surrogates, dates Postgres cannot
// store, integers past a column's range, malformed percent-escapes, wrong types). Properties: no
// answer is a 5xx, and a refused write (4xx) changed no table.
import fc from "fast-check";
import type { APIRequestContext } from "@playwright/test";
import pg from "pg";

type Schema = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  $ref?: string;
};
interface Operation {
  method: string;
  path: string;
  params: { name: string; in: string; schema: Schema; required?: boolean }[];
  body?: Schema;
}
export interface FuzzCase {
  op: Operation;
  url: string;
  body?: unknown;
}
export interface FuzzFigures {
  cases: number;
  byStatus: Record<string, number>;
  serverErrors: { method: string; url: string; status: number; body: string }[];
  changedOnRefusal: { method: string; url: string; status: number; tables: string[] }[];
  operations: number;
  transportRetries: number;
}

const HOSTILE_STRINGS = [
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udc00y",
  "0000-01-01T00:00:00Z",
  "10000-01-01T00:00:00Z",
  "+010000-01-01T00:00:00.000Z",
  "0000-01-01",
  "2147483648",
  "9223372036854775808",
  "-1",
  "",
  " ",
  "%00",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  '\'; DROP TABLE "Lane"; --',
  "😀".repeat(300),
  "x".repeat(5000),
];
const HOSTILE_NUMBERS = [2147483648, -2147483649, 2 ** 63, -(2 ** 63), 1e308, -1e308, 1e-320, -0, 0.5, -1];
const HOSTILE_VALUES: unknown[] = [null, true, [], {}, [null], { "\u0000": 1 }, ...HOSTILE_STRINGS, ...HOSTILE_NUMBERS];
const HOSTILE_SEGMENTS = [
  "%00",
  "a%00b",
  "%ZZ",
  "%c0%ae%c0%ae",
  "%E0%A4%A",
  "%",
  "%ed%a0%80",
  "..",
  "2147483648",
  "-1",
  "x".repeat(300),
];

/** encodeURIComponent, except that a lone surrogate (which has no UTF-8) becomes its CESU-8 bytes. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const encode = (s: string) =>
  encodeURIComponent(s.replace(LONE_SURROGATE, "\ufffd")).replaceAll("%EF%BF%BD", "%ED%A0%80");

function resolve(schema: Schema, doc: Record<string, unknown>): Schema {
  if (!schema.$ref) return schema;
  const target = schema.$ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], doc);
  return (target as Schema) ?? {};
}

/** Values valid for `schema` (as far as JSON Schema says; cross-field rules are not modelled). */
export function arbitraryFor(schemaIn: Schema, doc: Record<string, unknown>, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(schemaIn, doc);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union?.length) return fc.oneof(...union.map((s) => arbitraryFor(s, doc, depth + 1)));
  if (schema.allOf?.length) return arbitraryFor(schema.allOf[0]!, doc, depth + 1);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((t) => arbitraryFor({ ...schema, type: t }, doc, depth + 1)));
  switch (types[0]) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer": {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 100_000);
      return fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) });
    }
    case "number": {
      const min = schema.minimum ?? schema.exclusiveMinimum ?? -1e6;
      const max = schema.maximum ?? schema.exclusiveMaximum ?? 1e6;
      return fc.double({ min: Math.max(min, -1e12), max: Math.min(max, 1e12), noNaN: true, noDefaultInfinity: true });
    }
    case "string": {
      if (schema.format === "date-time")
        return fc
          .date({ min: new Date("2020-01-01"), max: new Date(), noInvalidDate: true })
          .map((d) => d.toISOString());
      if (schema.format === "date") return fc.constantFrom("2026-11-01", "2025-01-31");
      if (schema.format === "uri" || schema.format === "url")
        return fc.constantFrom("https://runbooks.example/lane", "https://hooks.example/x");
      if (schema.format === "email") return fc.emailAddress();
      const minLength = schema.minLength ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 60));
      return fc.oneof(
        fc.string({ minLength, maxLength }),
        fc.stringMatching(/^[a-z][a-z0-9-]{2,20}$/).filter((s) => s.length >= minLength && s.length <= maxLength),
      );
    }
    case "array": {
      const item = schema.items ? arbitraryFor(schema.items, doc, depth + 1) : fc.anything();
      return fc.array(item, { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
    }
    case "object":
    default: {
      if (!schema.properties || depth > 6)
        return depth > 6 ? fc.constant({}) : fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 });
      const required = new Set(schema.required ?? []);
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, s] of Object.entries(schema.properties)) shape[key] = arbitraryFor(s, doc, depth + 1);
      return fc.record(shape, { requiredKeys: [...required].filter((k) => k in shape) });
    }
  }
}

/** Replaces one leaf (or the whole value) with something hostile, drops or adds a key. */
function mutate(value: unknown): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.nat(), fc.constantFrom(...HOSTILE_VALUES), fc.constantFrom("replace", "drop", "add", "whole"))
    .map(([pick, hostile, how]) => {
      if (how === "whole") return hostile;
      const copy = structuredClone(value) as unknown;
      const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
      const walk = (node: unknown) => {
        if (Array.isArray(node)) {
          node.forEach((v, i) => {
            slots.push({ parent: node, key: i });
            walk(v);
          });
        } else if (node && typeof node === "object") {
          for (const [k, v] of Object.entries(node)) {
            slots.push({ parent: node as Record<string, unknown>, key: k });
            walk(v);
          }
        }
      };
      walk(copy);
      if (slots.length === 0) return hostile;
      const slot = slots[pick % slots.length]!;
      if (how === "drop" && !Array.isArray(slot.parent))
        delete (slot.parent as Record<string, unknown>)[slot.key as string];
      else if (how === "add" && !Array.isArray(slot.parent))
        (slot.parent as Record<string, unknown>)[`extra\u0000${pick}`] = hostile;
      else (slot.parent as Record<string, unknown>)[slot.key as never] = hostile as never;
      return copy;
    });
}

export function readOperations(doc: Record<string, unknown>): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Record<string, unknown>>)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      const op = raw as {
        parameters?: Operation["params"];
        requestBody?: { content?: Record<string, { schema?: Schema }> };
      };
      const params = [...((item.parameters as Operation["params"]) ?? []), ...(op.parameters ?? [])].filter(
        (p) => p.in === "path" || p.in === "query",
      );
      ops.push({
        method: method.toUpperCase(),
        path,
        params,
        body: op.requestBody?.content?.["application/json"]?.schema,
      });
    }
  }
  return ops;
}

/** Known-good values for path parameters, so most cases get past the 404 and into validation. */
export type Known = Record<string, string[]>;

export function caseArbitrary(ops: Operation[], doc: Record<string, unknown>, known: Known): fc.Arbitrary<FuzzCase> {
  return fc.constantFrom(...ops).chain((op) => {
    const pathParams = op.params.filter((p) => p.in === "path");
    const queryParams = op.params.filter((p) => p.in === "query");
    const segment = (name: string, schema: Schema) =>
      fc.oneof(
        {
          weight: 6,
          arbitrary: known[name]?.length ? fc.constantFrom(...known[name]!) : arbitraryFor(schema, doc).map(String),
        },
        { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) },
        { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(encode) },
      );
    const pathArb = fc.tuple(...pathParams.map((p) => segment(p.name, p.schema)));
    const queryArb = fc.tuple(
      ...queryParams.map((p) =>
        fc.option(
          fc.oneof(
            { weight: 4, arbitrary: arbitraryFor(p.schema, doc).map((v) => encode(String(v))) },
            { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS).map(encode) },
            { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) },
          ),
          { nil: undefined, freq: 2 },
        ),
      ),
    );
    const bodyArb = op.body
      ? arbitraryFor(op.body, doc).chain((valid) =>
          fc.oneof({ weight: 2, arbitrary: fc.constant(valid) }, { weight: 3, arbitrary: mutate(valid) }),
        )
      : fc.constant(undefined);
    return fc.tuple(pathArb, queryArb, bodyArb).map(([segs, qs, body]) => {
      let i = 0;
      const path = op.path.replace(/\{[^}]+\}/g, () => segs[i++] ?? "x");
      const query = queryParams
        .map((p, j) => (qs[j] === undefined ? null : `${encode(p.name)}=${qs[j]}`))
        .filter(Boolean)
        .join("&");
      return { op, url: `/api/v1${path}${query ? `?${query}` : ""}`, body };
    });
  });
}

/** Every table's row count and content hash, except bookkeeping that moves on its own. */
export async function fingerprint(client: pg.Client): Promise<Record<string, string>> {
  const { rows: tables } = await client.query<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
       AND table_name NOT IN ('session', 'rateLimit', 'verification', '_prisma_migrations', 'ApiToken', 'WebhookDelivery', 'LaneReadiness')`,
  );
  const parts = tables.map(
    ({ t }) =>
      `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM "${t}" x`,
  );
  parts.push(
    `SELECT 'ApiToken', count(*)::text || ':' || coalesce(md5(string_agg(id || coalesce("revokedAt"::text, '-'), '|' ORDER BY id)), '') FROM "ApiToken"`,
  );
  parts.push(`SELECT 'WebhookDelivery', count(*)::text FROM "WebhookDelivery"`);
  // Stored readiness is derived: reads fill it in for lanes created by SQL and the scheduler moves it
  // when time passes. What a refused write must not change is what it is derived from (the tables
  // above) and the answer itself: each lane's verdict, streak, reasons and flags.
  parts.push(
    `SELECT 'LaneReadiness', coalesce(md5(string_agg("laneId" || verdict || streak || reasons::text || flags::text, '|' ORDER BY "laneId")), '') FROM "LaneReadiness"`,
  );
  const { rows } = await client.query<{ t: string; h: string }>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

export async function runFuzz({
  request,
  databaseUrl,
  cases,
  seed,
  known,
  headers = {},
}: {
  request: APIRequestContext;
  databaseUrl: string;
  cases: number;
  seed: number;
  known: Known;
  headers?: Record<string, string>;
}): Promise<FuzzFigures> {
  const docRes = await request.get("/api/v1/openapi.json");
  const doc = (await docRes.json()) as Record<string, unknown>;
  const ops = readOperations(doc);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const figures: FuzzFigures = {
    cases: 0,
    byStatus: {},
    serverErrors: [],
    changedOnRefusal: [],
    operations: ops.length,
    transportRetries: 0,
  };
  try {
    let last = await fingerprint(client);
    const samples = fc.sample(caseArbitrary(ops, doc, known), { seed, numRuns: cases });
    for (const c of samples) {
      const send = () =>
        request.fetch(c.url, {
          method: c.op.method,
          headers: { ...headers, ...(c.body === undefined ? {} : { "content-type": "application/json" }) },
          data: c.body === undefined ? undefined : JSON.stringify(c.body),
          failOnStatusCode: false,
          maxRedirects: 0,
        });
      // A kept-alive socket the server closed after refusing an unread body (EPIPE, ECONNRESET) is
      // the transport's doing, not an answer: retried once on a new connection, and counted.
      const res = await send().catch((error: unknown) => {
        if (!/EPIPE|ECONNRESET|socket hang up/.test(String(error))) throw error;
        figures.transportRetries += 1;
        return send();
      });
      figures.cases += 1;
      const status = res.status();
      const bucket = `${Math.floor(status / 100)}xx`;
      figures.byStatus[bucket] = (figures.byStatus[bucket] ?? 0) + 1;
      if (status >= 500)
        figures.serverErrors.push({ method: c.op.method, url: c.url, status, body: (await res.text()).slice(0, 300) });
      if (c.op.method !== "GET") {
        const now = await fingerprint(client);
        if (status >= 400) {
          const tables = Object.keys(now).filter((t) => now[t] !== last[t]);
          if (tables.length) figures.changedOnRefusal.push({ method: c.op.method, url: c.url, status, tables });
        }
        last = now;
      }
    }
  } finally {
    await client.end();
  }
  return figures;
}
