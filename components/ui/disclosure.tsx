"use client";

import { useState, type ReactNode } from "react";

/**
 * A button that opens a small form in place. The form is mounted only while open, so each opening
 * starts from fresh defaults (e.g. "now"); `close` folds it after a successful save.
 */
export function Disclosure({
  label,
  children,
  tone = "default",
}: {
  label: string;
  children: (close: () => void) => ReactNode;
  tone?: "default" | "danger";
}) {
  const [open, setOpen] = useState(false);
  const summary =
    tone === "danger"
      ? "border-red-300 text-red-800 hover:bg-red-50"
      : "border-slate-300 text-slate-800 hover:bg-slate-50";
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="[&[open]]:w-full">
      <summary
        className={`inline-flex cursor-pointer list-none items-center rounded-md border bg-white px-2.5 py-1 text-xs font-medium shadow-sm ${summary}`}
      >
        {label}
      </summary>
      {open ? (
        <div className="mt-2 rounded-md border border-slate-200 bg-slate-50 p-3">{children(() => setOpen(false))}</div>
      ) : null}
    </details>
  );
}
