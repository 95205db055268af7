export const EMBEDDED_APP_POOL_MAX: number;
export const EMBEDDED_MAX_CONNECTIONS: number;
export function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
}): Promise<{ url: string; stop: () => Promise<void> }>;
export class EmbeddedDatabaseError extends Error {}
