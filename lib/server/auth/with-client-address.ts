import "server-only";
import { getEnv } from "@/lib/env";
import { resolveClientAddress } from "@/lib/domain/net/resolve-client-address";
import { peerAddress } from "@/lib/server/net/peer-address";

/** The one header Better Auth reads the client address from (auth.ts, advanced.ipAddress). */
export const CLIENT_ADDRESS_HEADER = "x-lanegate-client-address";

/**
 * The request as Better Auth should see it: with the client's address in CLIENT_ADDRESS_HEADER,
 * worked out from the connection and, only when TRUSTED_PROXY_HOPS says proxies stand in front, from
 * X-Forwarded-For (resolveClientAddress). Whatever a client sent under that name is replaced. Without
 * a known address the header is removed, and Better Auth's limiter falls back to one shared bucket.
 */
export function withClientAddress(req: Request): Request {
  const address = resolveClientAddress({
    peer: peerAddress(req.headers),
    forwardedFor: req.headers.get("x-forwarded-for"),
    trustedHops: getEnv().TRUSTED_PROXY_HOPS,
  });
  const headers = new Headers(req.headers);
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address);
  else headers.delete(CLIENT_ADDRESS_HEADER);
  return new Request(req, { headers });
}
