export class PortInUseError extends Error {}
export function assertPortFree(port: number): Promise<void>;
