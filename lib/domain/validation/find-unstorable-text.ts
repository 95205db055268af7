/**
 * Postgres cannot store a NUL character in text or jsonb, and a lone UTF-16 surrogate (half of an
 * emoji, `\ud800`) has no UTF-8 form: text would be silently altered, jsonb refuses it. Every string
 * and object key that arrives at the API is checked here, so such input is a 400 that names the
 * field instead of a 500 or a changed value.
 */
export type UnstorableText = { pointer: string; message: string };

const NUL = "\u0000";
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function describeUnstorable(s: string): string | null {
  if (s.includes(NUL)) return "Contains a NUL character (\\u0000), which cannot be stored";
  if (LONE_SURROGATE.test(s))
    return "Contains a lone UTF-16 surrogate (an incomplete character), which cannot be stored";
  return null;
}

const escapePointer = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");

/** The first string or key under `value` that cannot be stored, as a JSON pointer below `base`. */
export function findUnstorableText(value: unknown, base = ""): UnstorableText | null {
  const stack: [unknown, string][] = [[value, base]];
  while (stack.length > 0) {
    const [v, pointer] = stack.pop()!;
    if (typeof v === "string") {
      const message = describeUnstorable(v);
      if (message) return { pointer: pointer || "/", message };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i -= 1) stack.push([v[i], `${pointer}/${i}`]);
    } else if (v !== null && typeof v === "object") {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [key, child] = entries[i]!;
        const keyMessage = describeUnstorable(key);
        if (keyMessage)
          return {
            pointer: `${pointer}/${escapePointer(key.replaceAll(NUL, "\\u0000"))}`,
            message: `Key: ${keyMessage}`,
          };
        stack.push([child, `${pointer}/${escapePointer(key)}`]);
      }
    }
  }
  return null;
}
