import type { ReactNode } from "react";

export function Card({
  title,
  actions,
  children,
  id,
}: {
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  return (
    <section
      id={id}
      aria-labelledby={id ? `${id}-title` : undefined}
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      {title ? (
        <div className="flex items-center justify-between gap-4 border-b border-slate-100 px-4 py-3">
          <h2 id={id ? `${id}-title` : undefined} className="text-sm font-semibold text-slate-800">
            {title}
          </h2>
          {actions}
        </div>
      ) : null}
      <div className="p-4">{children}</div>
    </section>
  );
}
