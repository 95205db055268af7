import ipaddr from "ipaddr.js";

// Proxies and Node write addresses in canonical form; anything else is not an address we trust.
const isIP = (s: string) => ipaddr.IPv4.isValidFourPartDecimal(s) || ipaddr.IPv6.isValid(s);

/**
 * The address a request came from, for per-address limits. `peer` is the address of the TCP
 * connection itself; `forwardedFor` is the X-Forwarded-For header. With `trustedHops` = 0 (Lanegate
 * is reached directly) forwarding headers are ignored, since any client can write them. With n
 * trusted reverse proxies in front, each appends the address it received the request from, so the
 * client is the n-th address counted from the right of the chain [..., proxy hops, peer]; anything
 * further left was written by the client and is never read. A malformed entry inside the trusted
 * part stops the walk at the last address that was trustworthy.
 */
export function resolveClientAddress({
  peer,
  forwardedFor,
  trustedHops,
}: {
  peer: string | null;
  forwardedFor: string | null;
  trustedHops: number;
}): string | null {
  if (!peer || !isIP(peer)) return null;
  const chain = [
    peer,
    ...(forwardedFor ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .reverse(),
  ];
  let client = peer;
  for (let hop = 1; hop <= trustedHops && hop < chain.length; hop++) {
    const next = chain[hop]!;
    if (!isIP(next)) break;
    client = next;
  }
  return client;
}
