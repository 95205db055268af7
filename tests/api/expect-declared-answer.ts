import { expect } from "vitest";
import type { RouteDefinition } from "@/lib/server/api/route-definition";

/**
 * A 2xx answer must be the one the route declares (its definition, hence the OpenAPI document):
 * the same status, and JSON the declared schema accepts.
 */
export function expectDeclaredAnswer({
  name,
  definition,
  status,
  text,
}: {
  name: string;
  definition: RouteDefinition | undefined;
  status: number;
  text: string;
}) {
  expect(definition, `${name} has no definition`).toBeDefined();
  const declared = definition!.response;
  expect(status, `${name}: declared ${declared.status}`).toBe(declared.status);
  if (!("schema" in declared)) return;
  const parsed = declared.schema.safeParse(JSON.parse(text));
  expect(parsed.error?.issues ?? [], `${name}: the answer does not match its declared schema`).toEqual([]);
}
