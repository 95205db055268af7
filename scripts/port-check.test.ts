import net from "node:net";
import { describe, expect, it } from "vitest";
import { assertPortFree, PortInUseError } from "./port-check.mjs";

const listen = (host: string) =>
  new Promise<net.Server>((resolve) => {
    const server = net.createServer();
    server.listen(0, host, () => resolve(server));
  });
const portOf = (server: net.Server) => (server.address() as net.AddressInfo).port;
const close = (server: net.Server) => new Promise((resolve) => server.close(resolve));

describe("assertPortFree", () => {
  // `next start` listens on every address, so a listener on loopback alone must count as in use.
  it.each(["127.0.0.1", "0.0.0.0"])("reports a port taken on %s, naming it and a way out", async (host) => {
    const server = await listen(host);
    const port = portOf(server);
    try {
      const error = await assertPortFree(port).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PortInUseError);
      expect((error as Error).message).toContain(`Port ${port} is already in use`);
      expect((error as Error).message).toContain(`PORT=${port + 1}`);
    } finally {
      await close(server);
    }
  });

  it("accepts a free port and leaves it free", async () => {
    const server = await listen("127.0.0.1");
    const port = portOf(server);
    await close(server);
    await expect(assertPortFree(port)).resolves.toBeUndefined();
    await expect(assertPortFree(port)).resolves.toBeUndefined();
  });
});
