"use client";

import { createContext, lazy, Suspense, useContext, useState, type ComponentType, type ReactNode } from "react";
import { useHydrated } from "@/lib/client/use-hydrated";

/** Whether the LazySection around has been opened at least once; outside one, true. */
const Opened = createContext(true);

const loading = (
  <p className="text-sm text-slate-500" data-loading>
    Loading…
  </p>
);

/**
 * A component whose code (a form with react-hook-form and its zod schema, say) loads when it is
 * first shown instead of with the page: in the browser only (the server renders "Loading…", so a
 * form can never be submitted before its code is there), and inside a LazySection only once the
 * section has been opened. `fallback` stands in until then. Each call makes one split point; keep
 * them at module level.
 */
export function lazyClient<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = loading) {
  const Component = lazy(() => load().then((component) => ({ default: component })));
  return function LazyClient(props: P) {
    const hydrated = useHydrated();
    const opened = useContext(Opened);
    if (!opened) return null;
    if (!hydrated) return fallback;
    return (
      <Suspense fallback={fallback}>
        <Component {...props} />
      </Suspense>
    );
  };
}

/**
 * A folding section (<details>) whose lazyClient components load when it is first opened; once
 * loaded they stay mounted, so closing and opening it again keeps what was typed.
 */
export function LazySection({ title, open = false, children }: { title: string; open?: boolean; children: ReactNode }) {
  const [opened, setOpened] = useState(open);
  return (
    <details
      className="group rounded-md border border-slate-200"
      open={open}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary className="cursor-pointer select-none px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
        {title}
      </summary>
      <div className="border-t border-slate-100 p-3">
        <Opened value={opened}>{children}</Opened>
      </div>
    </details>
  );
}
