#!/usr/bin/env node
// `npm run db:grant-app-role -- lanegate_app`: gives the app's database role exactly row access
// (scripts/app-role-grants.mjs). Connects as the table owner: DATABASE_MIGRATION_URL, else
// DATABASE_URL. The role itself is created by a database administrator (README, Least privilege).
import pg from "pg";
import { appRoleGrants } from "./app-role-grants.mjs";

/** Applies the grants to `role` on the database at `ownerUrl`, in one transaction. */
export async function grantAppRole({ ownerUrl, role }) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const statement of appRoleGrants(client.escapeIdentifier(role))) await client.query(statement);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const role = process.argv[2];
  const ownerUrl = process.env.DATABASE_MIGRATION_URL || process.env.DATABASE_URL;
  if (!role || !ownerUrl) {
    console.error("Usage: DATABASE_MIGRATION_URL=postgresql://owner@host/db npm run db:grant-app-role -- ROLE");
    process.exit(2);
  }
  await grantAppRole({ ownerUrl, role });
  console.log(`${role} may now read and write rows, and nothing else.`);
}
