import { ApiError } from "@/lib/client/api";

/**
 * Ends the session on the server (Better Auth deletes the session row). Apart from the sign-in
 * requests (sign-in-requests.ts) because the header of every page loads it.
 */
export async function signOut(): Promise<void> {
  const res = await fetch("/api/auth/sign-out", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({}),
    credentials: "same-origin",
  });
  if (!res.ok) throw new ApiError(res.status, { code: "SIGN_OUT_FAILED", detail: "Signing out failed. Try again." });
}
