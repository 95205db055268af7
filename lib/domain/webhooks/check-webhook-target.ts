import ipaddr from "ipaddr.js";
import { classifyTargetAddress } from "@/lib/domain/webhooks/classify-target-address";

export type TargetCheck = { ok: true; address: string | null } | { ok: false; reason: string; privateTarget: boolean };

/**
 * Checks a webhook URL's host before anything is sent: an IP literal is classified at once (the
 * WHATWG URL parser has already turned 127.1, 2130706433, 0x7f.1 and [::ffff:127.0.0.1] into their
 * canonical forms); `localhost` and `*.localhost` always mean loopback (RFC 6761); any other name
 * passes here (`address: null`) and is checked again on every delivery, address by address, once it
 * resolves. `allowPrivate` is the operator setting WEBHOOK_ALLOW_PRIVATE_TARGETS.
 */
export function checkWebhookTarget(url: URL, { allowPrivate }: { allowPrivate: boolean }): TargetCheck {
  const host = url.hostname
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "")
    .toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) {
    return allowPrivate ? { ok: true, address: null } : refuse(`${host} is a loopback address`, true);
  }
  if (!ipaddr.isValid(host)) return { ok: true, address: null };
  return checkAddress(host, host, { allowPrivate });
}

/** Checks one address a webhook host resolved to (or is). */
export function checkAddress(host: string, address: string, { allowPrivate }: { allowPrivate: boolean }): TargetCheck {
  const verdict = classifyTargetAddress(address);
  if (verdict.kind === "public" || (verdict.kind === "private" && allowPrivate)) return { ok: true, address };
  const what =
    host === address
      ? `${address} is ${verdict.description}`
      : `${host} resolves to ${address}, ${verdict.description}`;
  return refuse(what, verdict.kind === "private");
}

function refuse(what: string, privateTarget: boolean): TargetCheck {
  return {
    ok: false,
    privateTarget,
    reason: privateTarget
      ? `${what}: webhooks may not reach private networks unless the operator allows it (WEBHOOK_ALLOW_PRIVATE_TARGETS=true).`
      : `${what}: webhooks are never sent there.`,
  };
}
