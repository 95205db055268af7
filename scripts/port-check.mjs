// Checked before anything else, so that a second start fails fast and leaves the running one's
// data folder alone.
import net from "node:net";

export class PortInUseError extends Error {
  constructor(port) {
    super(
      `Port ${port} is already in use: is Lanegate already running (http://localhost:${port})? ` +
        `Stop it, or choose another port: PORT=${port + 1} npm run dashboard`,
    );
    this.name = "PortInUseError";
  }
}

/**
 * Listening on the port with no host, as `next start` does, is refused (EADDRINUSE) when anything
 * listens on it on any address, loopback included.
 */
export function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => reject(error.code === "EADDRINUSE" ? new PortInUseError(port) : error));
    probe.listen({ port }, () => probe.close(() => resolve()));
  });
}
