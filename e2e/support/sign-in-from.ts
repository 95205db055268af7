// A password sign-in sent from a chosen loopback source address (127.0.0.0/8 all reaches this
// machine), so a spec can play several clients, and its attempts never share a per-address bucket
// with other specs (which connect from 127.0.0.1).
import http from "node:http";

export async function signInFrom({
  baseUrl,
  localAddress,
  email,
  password,
  headers = {},
}: {
  baseUrl: string;
  localAddress: string;
  email: string;
  password: string;
  headers?: Record<string, string>;
}): Promise<{ status: number; body: string }> {
  const body = JSON.stringify({ email, password });
  const target = new URL("/api/auth/sign-in/email", baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      target,
      {
        method: "POST",
        localAddress,
        agent: false,
        headers: {
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          origin: target.origin,
          ...headers,
        },
      },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString("utf8")));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}
