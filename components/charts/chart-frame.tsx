import type { ReactNode } from "react";

export interface DataTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

/**
 * A chart with its title, its message for the empty state and its text alternative: the same
 * numbers as a table in a <details> right under it, referenced by aria-describedby, opened when
 * printing (print stylesheet) so the page works for screen readers and on paper.
 */
export function ChartFrame({
  id,
  title,
  description,
  empty,
  table,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  empty: string | null;
  table: DataTable;
  children: ReactNode;
}) {
  return (
    <figure
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-table`}
      data-chart={id}
      className="chart-card min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <figcaption className="mb-2">
        <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-800">
          {title}
        </h3>
        {description ? <p className="text-xs text-slate-600">{description}</p> : null}
      </figcaption>
      {empty ? (
        <p
          className="flex h-32 items-center justify-center rounded-md border border-dashed border-slate-300 bg-slate-50 px-4 text-center text-sm text-slate-600"
          data-empty
        >
          {empty}
        </p>
      ) : (
        children
      )}
      {table.rows.length ? (
        <details className="chart-data mt-2 text-sm">
          <summary className="cursor-pointer text-xs font-medium text-indigo-700 hover:underline">
            Show data table
          </summary>
          <div
            className="relative mt-2 overflow-x-auto"
            role="region"
            aria-label={`${table.caption} (data table)`}
            tabIndex={0}
          >
            <table id={`${id}-table`} className="min-w-full text-left text-xs">
              <caption className="sr-only">{table.caption}</caption>
              <thead className="text-slate-600">
                <tr>
                  {table.columns.map((c) => (
                    <th key={c} scope="col" className="border-b border-slate-200 px-2 py-1 font-medium">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, i) => (
                  <tr key={i} className="border-b border-slate-100">
                    {row.map((cell, j) =>
                      j === 0 ? (
                        <th key={j} scope="row" className="px-2 py-1 font-medium text-slate-800">
                          {cell}
                        </th>
                      ) : (
                        <td key={j} className="px-2 py-1 tabular-nums text-slate-700">
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </figure>
  );
}
