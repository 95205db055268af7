"use client";

import { createContext, useContext } from "react";

/** A short message that a write succeeded, shown for a few seconds in the page's status region. */
export type Toast = { id: number; message: string };

export const ToastContext = createContext<(message: string) => void>(() => {});

/** Says that something worked ("Owner assigned."); the Toaster in app/providers.tsx shows it. */
export function useToast(): (message: string) => void {
  return useContext(ToastContext);
}
