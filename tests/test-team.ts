// The team test lanes belong to: connected when it exists, created on first use (lanes need a team).
export const TEST_TEAM = {
  connectOrCreate: { where: { slug: "test-team" }, create: { slug: "test-team", name: "Test team" } },
} as const;

/** Makes sure the test team exists, for tests that create lanes through the API or use cases (`team: "test-team"`). */
export async function ensureTestTeam(db: {
  team: { upsert: (args: typeof TEST_TEAM_UPSERT) => Promise<unknown> };
}): Promise<void> {
  await db.team.upsert(TEST_TEAM_UPSERT);
}
const TEST_TEAM_UPSERT = {
  where: { slug: "test-team" },
  update: {},
  create: { slug: "test-team", name: "Test team" },
};

/** Creates the test team in a fresh database (the integration tiers' global setups call it once). */
export async function insertTestTeam(databaseUrl: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Team" (id, slug, name) VALUES ('team_test', 'test-team', 'Test team') ON CONFLICT DO NOTHING`,
    );
  } finally {
    await client.end();
  }
}
