import "server-only";
import type { z } from "zod";

/** JSON read back from the stored readiness is parsed like any other input: a bad shape is a server fault, named. */
export function parseStored<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Stored readiness: ${what} does not have the expected shape`);
  return parsed.data;
}
