import "server-only";
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "lg_";

/** A new token: shown once; only its SHA-256 hash and a short display prefix are stored. */
export function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

// Tokens carry 256 bits of randomness, so a fast hash is enough: nothing to brute-force.
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The token in an `Authorization: Bearer lg_...` header; null when the header is absent or another scheme. */
export function bearerToken(header: string | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : "";
}
