import type { z } from "zod";

/**
 * Client-side validation with the same schema as the handler: field errors keyed like the
 * server's invalid_params pointers ("targets/0/baseline"), first message per field.
 */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join("/") || "_form";
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/** Server field errors keyed the same way ("/targets/0/baseline" -> "targets/0/baseline"). */
export function pointerFieldErrors(params: { pointer: string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of params) {
    const key = p.pointer.replace(/^\//, "") || "_form";
    if (!(key in out)) out[key] = p.message;
  }
  return out;
}
