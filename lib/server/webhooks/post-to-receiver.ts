import "server-only";
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { checkAddress, checkWebhookTarget } from "@/lib/domain/webhooks/check-webhook-target";

/** Every address a host name resolves to (all families, in the resolver's order). */
export type ResolveHost = (hostname: string) => Promise<{ address: string; family: number }[]>;
const systemResolve: ResolveHost = (hostname) => lookup(hostname, { all: true, verbatim: true });

export type ReceiverOutcome = { kind: "answered"; status: number } | { kind: "refused" | "failed"; error: string };

/**
 * POSTs a webhook body without letting it reach a place it must not (SSRF): the host is resolved
 * once, every address it resolves to is checked (checkWebhookTarget), and the connection goes to the
 * checked address itself, so a DNS answer that changes between check and connect (rebinding) cannot
 * redirect it. TLS still verifies the certificate against the host name. Redirects are not followed.
 */
export async function postToReceiver({
  url,
  headers,
  body,
  timeoutMs,
  allowPrivate,
  resolve = systemResolve,
}: {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivate: boolean;
  resolve?: ResolveHost;
}): Promise<ReceiverOutcome> {
  const target = new URL(url);
  const literal = checkWebhookTarget(target, { allowPrivate });
  if (!literal.ok) return { kind: "refused", error: `Refused: ${literal.reason}` };
  const host = target.hostname.replace(/^\[|\]$/g, "");
  let pinned: { address: string; family: number };
  if (literal.address) {
    pinned = { address: literal.address, family: host.includes(":") ? 6 : 4 };
  } else {
    let addresses: { address: string; family: number }[];
    try {
      addresses = await resolve(host);
    } catch (e) {
      return { kind: "failed", error: `Could not resolve ${host}: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (addresses.length === 0) return { kind: "failed", error: `Could not resolve ${host}: no address.` };
    for (const { address } of addresses) {
      const verdict = checkAddress(host, address, { allowPrivate });
      if (!verdict.ok) return { kind: "refused", error: `Refused: ${verdict.reason}` };
    }
    pinned = addresses[0]!;
  }
  return send({ target, pinned, headers, body, timeoutMs });
}

function send({
  target,
  pinned,
  headers,
  body,
  timeoutMs,
}: {
  target: URL;
  pinned: { address: string; family: number };
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}): Promise<ReceiverOutcome> {
  // Node asks for one address or for all, depending on its connect options: answer both with the checked one.
  const toChecked = ((_host, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  }) as LookupFunction;
  const client = target.protocol === "https:" ? https : http;
  return new Promise((settle) => {
    const req = client.request(
      target,
      {
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        lookup: toChecked,
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        settle({ kind: "answered", status: res.statusCode ?? 0 });
        res.destroy();
      },
    );
    req.on("error", (e: Error & { cause?: unknown }) => {
      const timedOut = e.name === "AbortError" || e.name === "TimeoutError";
      settle({
        kind: "failed",
        error: timedOut ? `No answer within ${timeoutMs / 1000} s.` : `Could not reach the receiver: ${e.message}`,
      });
    });
    req.end(body);
  });
}
