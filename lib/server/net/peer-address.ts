import "server-only";
import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";

// Next.js gives route handlers no access to the TCP connection, and it keeps an X-Forwarded-For
// header a client sent (it only fills one in when absent), so the connection's address has to be
// recorded before Next sees the request. This header carries it, with a per-process proof so that
// a value sent by a client (or one that arrived before the hook was installed) is never believed.
const HEADER = "x-lanegate-peer-address";
const STATE = Symbol.for("lanegate.peerAddress");
type State = { proof: string };
const holder = globalThis as unknown as { [STATE]?: State };

/**
 * Called once per process from instrumentation.ts: every request an http(s) server of this process
 * receives gets the header, overwriting whatever the client sent under that name.
 */
export function installPeerAddressHeader(): void {
  if (holder[STATE]) return;
  const state: State = { proof: randomBytes(16).toString("hex") };
  for (const Server of [http.Server, https.Server]) {
    const proto = Server.prototype as unknown as { emit: (event: string | symbol, ...args: unknown[]) => boolean };
    const emit = proto.emit;
    proto.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const req = args[0] as http.IncomingMessage;
        req.headers[HEADER] = `${state.proof} ${req.socket?.remoteAddress ?? ""}`;
      }
      return emit.call(this, event, ...args);
    };
  }
  holder[STATE] = state;
}

/** The address of the connection a request came in on, or null when it is not known for sure. */
export function peerAddress(headers: Headers): string | null {
  const state = holder[STATE];
  const value = headers.get(HEADER);
  if (!state || !value) return null;
  const [proof, address] = value.split(" ");
  return proof === state.proof && address ? address : null;
}
