"use client";

import { useRouter } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/client/sign-in-requests";
import { useApiWrite } from "@/lib/client/use-api-write";

/** Ends the session on the server, then leaves for the sign-in page; a failure says so in the button's title. */
export function SignOutButton() {
  const router = useRouter();
  const write = useApiWrite({
    response: z.void(),
    send: signOut,
    onSuccess: () => {
      router.replace("/sign-in");
      router.refresh();
    },
  });
  return (
    <button
      type="button"
      disabled={write.isPending}
      onClick={() => write.write("/api/auth/sign-out", undefined)}
      title={write.error?.message}
      className="whitespace-nowrap rounded-md border border-slate-300 px-2.5 py-1 text-slate-700 hover:bg-slate-100 disabled:opacity-50"
    >
      {write.error ? "Sign out (try again)" : "Sign out"}
    </button>
  );
}
