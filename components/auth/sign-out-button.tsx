"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signOut } from "@/lib/client/sign-out";

/**
 * Ends the session on the server, then leaves for the sign-in page; a failure says so in the button's title.
 * A plain request rather than useApiWrite: the header is in every page's first load, and signing
 * out has no answer to parse and no query to refresh (the page it leaves goes with it).
 */
export function SignOutButton() {
  const router = useRouter();
  const [state, setState] = useState<{ pending: boolean; error: Error | null }>({ pending: false, error: null });
  const signOutNow = async () => {
    setState({ pending: true, error: null });
    try {
      await signOut();
      setState({ pending: false, error: null });
      router.replace("/sign-in");
      router.refresh();
    } catch (error) {
      setState({ pending: false, error: error instanceof Error ? error : new Error(String(error)) });
    }
  };
  return (
    <button
      type="button"
      disabled={state.pending}
      onClick={() => void signOutNow()}
      title={state.error?.message}
      className="whitespace-nowrap rounded-md border border-slate-300 px-2.5 py-1 text-slate-700 hover:bg-slate-100 disabled:opacity-50"
    >
      {state.error ? "Sign out (try again)" : "Sign out"}
    </button>
  );
}
