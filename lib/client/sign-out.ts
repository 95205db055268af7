/**
 * Ends the session on the server (Better Auth deletes the session row). Apart from the sign-in
 * requests (sign-in-requests.ts), and with a plain Error rather than ApiError, because the header
 * of every page loads it: the button shows only the sentence.
 */
export async function signOut(): Promise<void> {
  const res = await fetch("/api/auth/sign-out", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({}),
    credentials: "same-origin",
  });
  if (!res.ok) throw new Error("Signing out failed. Try again.");
}
