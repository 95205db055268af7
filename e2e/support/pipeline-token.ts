// The ingestion specs act as a CI pipeline does: with an all-lanes API token (Authorization:
// Bearer), not a browser session. The token is made here and stored hashed, as the app stores it.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { sql } from "./db";

export const PIPELINE_TOKEN = `lg_${randomBytes(32).toString("base64url")}`;

export async function insertPipelineToken(): Promise<void> {
  const [lead] = await sql<{ id: string }>(
    `SELECT id FROM "user" WHERE role = 'PLATFORM_LEAD' ORDER BY "createdAt" LIMIT 1`,
  );
  if (!lead) throw new Error("The seeded organisation has no platform lead to own the pipeline token");
  const hash = createHash("sha256").update(PIPELINE_TOKEN, "utf8").digest("hex");
  await sql(
    `INSERT INTO "ApiToken" (id, name, "tokenHash", prefix, "laneId", "createdById") VALUES ($1, 'e2e pipeline', $2, $3, NULL, $4) ON CONFLICT ("tokenHash") DO NOTHING`,
    [randomUUID(), hash, PIPELINE_TOKEN.slice(0, 9), lead.id],
  );
}

/** Playwright options for a spec that calls the API as the pipeline. */
export const asPipeline = {
  storageState: { cookies: [], origins: [] },
  extraHTTPHeaders: { authorization: `Bearer ${PIPELINE_TOKEN}` },
};
