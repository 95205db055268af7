import ipaddr from "ipaddr.js";

/**
 * Whether a webhook may be sent to an IP address (SSRF defence). Only global unicast addresses are
 * `public`. Loopback, RFC 1918 private, carrier-grade NAT and IPv6 unique-local addresses are
 * `private`: refused unless the operator allows private targets (a receiver inside the company
 * network). Everything else is `never`: unspecified (0.0.0.0, ::), link-local (169.254.0.0/16 holds
 * cloud metadata endpoints), multicast, broadcast, reserved, documentation and benchmarking ranges,
 * and the IPv6 ranges that embed or tunnel to an IPv4 address (NAT64, 6to4, Teredo). An IPv4-mapped
 * IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it is.
 */
export type AddressClass = { kind: "public" } | { kind: "private" | "never"; range: string; description: string };

const PRIVATE_RANGES: Record<string, string> = {
  loopback: "a loopback address",
  private: "a private (RFC 1918) address",
  carrierGradeNat: "a carrier-grade NAT address",
  uniqueLocal: "a unique-local (private IPv6) address",
};

const NEVER_RANGES: Record<string, string> = {
  unspecified: "the unspecified address",
  linkLocal: "a link-local address",
  multicast: "a multicast address",
  broadcast: "the broadcast address",
};

export function classifyTargetAddress(address: string): AddressClass {
  if (!ipaddr.isValid(address)) return { kind: "never", range: "invalid", description: "not an IP address" };
  let ip = ipaddr.parse(address);
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  if (range === "unicast") return { kind: "public" };
  const privateDescription = PRIVATE_RANGES[range];
  if (privateDescription) return { kind: "private", range, description: privateDescription };
  return { kind: "never", range, description: NEVER_RANGES[range] ?? `a special-purpose address (${range})` };
}
