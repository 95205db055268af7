"use client";

import { useCallback, useRef, useState, type ReactNode } from "react";
import { ToastContext, type Toast } from "@/lib/client/use-toast";

const SHOWN_MS = 6_000;

/**
 * Success messages of every form (useApiForm's `success`): a polite live region, so screen
 * readers hear them too, that stays in place when a form folds away after saving.
 */
export function Toaster({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(0);
  const show = useCallback((message: string) => {
    next.current += 1;
    const id = next.current;
    setToasts((all) => [...all.slice(-2), { id, message }]);
    setTimeout(() => setToasts((all) => all.filter((t) => t.id !== id)), SHOWN_MS);
  }, []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div
        role="status"
        aria-live="polite"
        aria-label="Notifications"
        className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4"
      >
        {toasts.map((t) => (
          <p
            key={t.id}
            data-toast
            className="pointer-events-auto max-w-md rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white shadow-lg"
          >
            {t.message}
          </p>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
