import type { Metadata } from "next";
import { SchemaView } from "@/components/api/schema-view";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { API_ROUTES } from "@/app/api/v1/api-routes";
import { buildOpenApiDocument } from "@/lib/server/api/openapi/build-openapi-document";
import { requireViewer } from "@/lib/server/auth/get-viewer";

export const metadata: Metadata = { title: "API reference" };

const METHOD_TONE = { get: "green", post: "indigo", put: "amber", patch: "amber", delete: "red" } as const;

/** The API reference, rendered from the same OpenAPI document /api/v1/openapi.json serves. */
export default async function ApiReferencePage() {
  await requireViewer();
  const doc = buildOpenApiDocument(API_ROUTES);
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    (Object.keys(METHOD_TONE) as (keyof typeof METHOD_TONE)[]).flatMap((method) => {
      const op = methods[method];
      return op ? [{ path, method, op }] : [];
    }),
  );
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">API reference</h1>
        <p className="mt-1 text-sm text-slate-600">
          {doc.info.description} Base path <code>/api/v1</code>; machine-readable:{" "}
          <a className="text-indigo-700 hover:underline" href="/api/v1/openapi.json">
            openapi.json
          </a>{" "}
          (OpenAPI {doc.openapi}). Errors are <code>application/problem+json</code> with a stable <code>code</code> and,
          for bad input, <code>invalid_params</code> (JSON pointer + message). Pipelines can use the{" "}
          <code>lanegate</code> command-line client (<code>npm run lanegate -- --help</code>).
        </p>
      </div>
      {doc.tags.map(({ name }) => (
        <section key={name} aria-labelledby={`tag-${name}`} className="space-y-3">
          <h2 id={`tag-${name}`} className="text-lg font-semibold">
            {name}
          </h2>
          {operations
            .filter((o) => o.op.tags.includes(name))
            .map(({ path, method, op }) => (
              <Card
                key={op.operationId}
                id={op.operationId}
                title={
                  <span className="flex flex-wrap items-center gap-2">
                    <Badge tone={METHOD_TONE[method]}>{method.toUpperCase()}</Badge>
                    <code className="break-all text-sm">/api/v1{path}</code>
                    <span className="font-normal text-slate-600">{op.summary}</span>
                  </span>
                }
              >
                {op.description ? <p className="mb-3 text-sm text-slate-700">{op.description}</p> : null}
                {op.parameters.length ? (
                  <div className="mb-3">
                    <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">Parameters</h3>
                    <ul className="space-y-0.5 text-xs">
                      {op.parameters.map((p) => (
                        <li key={`${p.in}-${p.name}`}>
                          <code>{p.name}</code>{" "}
                          <span className="text-slate-500">
                            ({p.in}
                            {p.required ? ", required" : ""})
                          </span>
                          {p.description ? <span className="text-slate-600"> · {p.description}</span> : null}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {op.requestBody?.content["application/json"] ? (
                  <div className="mb-3">
                    <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">JSON body</h3>
                    <SchemaView schema={op.requestBody.content["application/json"].schema} />
                  </div>
                ) : null}
                <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">Responses</h3>
                <ul className="space-y-0.5 text-xs">
                  {Object.entries(op.responses).map(([status, r]) => (
                    <li key={status}>
                      <code className={Number(status) < 400 ? "text-emerald-700" : "text-red-700"}>{status}</code>{" "}
                      {r["x-error-codes"] ? r["x-error-codes"].join(", ") : r.description}
                    </li>
                  ))}
                </ul>
                {Object.entries(op.responses).map(([status, r]) =>
                  Number(status) < 300 && r.content?.["application/json"] ? (
                    <details key={status} className="mt-2">
                      <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide text-slate-500">
                        {status} answer
                      </summary>
                      <SchemaView schema={r.content["application/json"].schema} />
                    </details>
                  ) : null,
                )}
              </Card>
            ))}
        </section>
      ))}
      <section aria-labelledby="error-codes" className="space-y-3">
        <h2 id="error-codes" className="text-lg font-semibold">
          Error codes
        </h2>
        <Card>
          <div className="relative overflow-x-auto" role="region" aria-label="Error codes table" tabIndex={0}>
            <table className="min-w-full text-left text-xs">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-1 pr-3 font-medium">Code</th>
                  <th className="py-1 pr-3 font-medium">Status</th>
                  <th className="py-1 pr-3 font-medium">Title</th>
                  <th className="py-1 font-medium">Default fix</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {doc["x-error-codes"].map((e) => (
                  <tr key={e.code}>
                    <td className="py-1 pr-3">
                      <code>{e.code}</code>
                    </td>
                    <td className="py-1 pr-3 tabular-nums">{e.status}</td>
                    <td className="py-1 pr-3">{e.title}</td>
                    <td className="py-1 text-slate-600">{e.fix ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      </section>
    </div>
  );
}
