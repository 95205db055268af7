import { describe, expect, it } from "vitest";
import { resolveClientAddress } from "./resolve-client-address";

describe("resolveClientAddress", () => {
  it.each([
    // Reached directly: forwarding headers are the client's own words and never count.
    [{ peer: "198.51.100.7", forwardedFor: null, trustedHops: 0 }, "198.51.100.7"],
    [{ peer: "198.51.100.7", forwardedFor: "1.2.3.4", trustedHops: 0 }, "198.51.100.7"],
    [{ peer: "198.51.100.7", forwardedFor: "1.2.3.4, 5.6.7.8", trustedHops: 0 }, "198.51.100.7"],
    // One trusted proxy: the address it saw, i.e. the rightmost entry; the client's prefix is ignored.
    [{ peer: "10.0.0.2", forwardedFor: "203.0.113.9", trustedHops: 1 }, "203.0.113.9"],
    [{ peer: "10.0.0.2", forwardedFor: "1.1.1.1, 203.0.113.9", trustedHops: 1 }, "203.0.113.9"],
    [{ peer: "10.0.0.2", forwardedFor: "evil, 1.1.1.1, 203.0.113.9", trustedHops: 1 }, "203.0.113.9"],
    // Two trusted proxies (CDN, then a load balancer).
    [{ peer: "10.0.0.2", forwardedFor: "1.1.1.1, 203.0.113.9, 192.0.2.44", trustedHops: 2 }, "203.0.113.9"],
    // Fewer entries than hops: the leftmost one there is (a request that skipped a proxy).
    [{ peer: "10.0.0.2", forwardedFor: "203.0.113.9", trustedHops: 3 }, "203.0.113.9"],
    [{ peer: "10.0.0.2", forwardedFor: null, trustedHops: 2 }, "10.0.0.2"],
    // A malformed entry where a proxy should have written an address: stop before it.
    [{ peer: "10.0.0.2", forwardedFor: "203.0.113.9, not-an-ip", trustedHops: 2 }, "10.0.0.2"],
    [{ peer: "10.0.0.2", forwardedFor: "not-an-ip, 192.0.2.44", trustedHops: 2 }, "192.0.2.44"],
    [{ peer: "::1", forwardedFor: "2001:db8::5", trustedHops: 1 }, "2001:db8::5"],
    // No trustworthy peer at all.
    [{ peer: null, forwardedFor: "1.2.3.4", trustedHops: 1 }, null],
    [{ peer: "garbage", forwardedFor: "1.2.3.4", trustedHops: 1 }, null],
  ])("%j → %s", (input, expected) => {
    expect(resolveClientAddress(input)).toBe(expected);
  });
});
