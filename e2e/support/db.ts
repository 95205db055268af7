// Direct database reads for API specs: check that a retried or refused request wrote nothing new.
// Specs build their data through the API (e2e/factories/lanes.ts), never here. run-e2e.mjs passes
// the fresh database's DATABASE_URL.
import pg from "pg";

export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
