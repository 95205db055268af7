type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  description?: string;
  default?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
};

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.anyOf) return s.anyOf.map(typeOf).join(" | ");
  if (s.type === "array") return `${s.items ? typeOf(s.items) : "any"}[]`;
  if (Array.isArray(s.type)) return s.type.join(" | ");
  return s.type ? `${s.type}${s.format ? ` (${s.format})` : ""}` : "any JSON";
}

function constraints(s: JsonSchema): string[] {
  const out: string[] = [];
  if (s.minLength !== undefined) out.push(`min ${s.minLength} chars`);
  if (s.maxLength !== undefined) out.push(`max ${s.maxLength} chars`);
  if (s.pattern && !s.format) out.push(`pattern ${s.pattern}`);
  if (s.default !== undefined) out.push(`default ${JSON.stringify(s.default)}`);
  return out;
}

/** A JSON Schema object rendered as a field table (nested objects indent). */
export function SchemaView({ schema, depth = 0 }: { schema: JsonSchema; depth?: number }) {
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) return <code className="text-xs">{typeOf(schema)}</code>;
  return (
    <table className="w-full text-left text-xs">
      {depth === 0 ? (
        <thead className="text-slate-500">
          <tr>
            <th className="py-1 pr-3 font-medium">Field</th>
            <th className="py-1 pr-3 font-medium">Type</th>
            <th className="py-1 font-medium">Notes</th>
          </tr>
        </thead>
      ) : null}
      <tbody className="divide-y divide-slate-100 align-top">
        {properties.map(([name, prop]) => (
          <tr key={name}>
            <td className="break-all py-1 pr-3 font-mono">
              {name}
              {(schema.required ?? []).includes(name) ? (
                <span className="text-red-700" title="required">
                  *
                </span>
              ) : null}
            </td>
            <td className="break-all py-1 pr-3 font-mono text-slate-700">{typeOf(prop)}</td>
            <td className="break-words py-1 text-slate-600">
              {[prop.description, ...constraints(prop)].filter(Boolean).join(" · ")}
              {prop.properties ? <SchemaView schema={prop} depth={depth + 1} /> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
