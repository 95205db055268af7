import type { ProblemParam } from "@/lib/client/api";

/** "/targets/0/stop/value" → "targets.0.stop.value" (RFC 6901 unescaped), the path a form field is named by. */
export function pointerToFieldPath(pointer: string): string {
  return pointer
    .replace(/^\//, "")
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .join(".");
}

/**
 * Splits a problem's field errors into those a form shows next to its fields (the first message
 * per field path, for fields the form has) and the rest, which the alert lists with their pointer
 * (URL and query parameters, the whole body, a field the form does not show).
 */
export function mapProblemToFields({
  params,
  fieldNames,
}: {
  params: readonly ProblemParam[];
  fieldNames: readonly string[];
}): { fields: Record<string, string>; unmatched: ProblemParam[] } {
  const fields: Record<string, string> = {};
  const unmatched: ProblemParam[] = [];
  for (const param of params) {
    const path = pointerToFieldPath(param.pointer);
    const top = path.split(".")[0] ?? "";
    if (path === "" || !fieldNames.includes(top)) unmatched.push(param);
    else if (!(path in fields)) fields[path] = param.message;
  }
  return { fields, unmatched };
}
