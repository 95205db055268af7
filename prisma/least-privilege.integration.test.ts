import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { appRoleGrants } from "@/scripts/app-role-grants.mjs";
import { grantAppRole } from "@/scripts/grant-app-role.mjs";
import { ADMIN_URL } from "@/tests/fresh-database";
import { ensureTestTeam } from "@/tests/test-team";

// The app's own database role (README, Least privilege in the database) against real Postgres: it
// reads and writes rows through the app's real use cases, and cannot change or remove audit events
// by any of the means a table owner has (disabling or dropping the trigger, replica mode, ALTER,
// TRUNCATE, UPDATE, DELETE, replacing the trigger function).
const databaseUrl = inject("databaseUrl");
const role = `lanegate_app_${randomBytes(4).toString("hex")}`;
const appUrl = (() => {
  const u = new URL(databaseUrl);
  u.username = role;
  u.password = "";
  return u.toString();
})();

let app: pg.Client;
const admin = () => new pg.Client({ connectionString: ADMIN_URL });

async function refused(sql: string): Promise<string> {
  const error = await app.query(sql).then(
    () => null,
    (e: Error & { code?: string }) => e,
  );
  expect(error, `${sql} should be refused`).not.toBeNull();
  // 42501 insufficient_privilege ("must be owner", "permission denied"): refused, not merely invalid.
  expect(error?.code, `${sql}: ${error?.message}`).toBe("42501");
  return error!.message;
}

async function auditFingerprint(): Promise<string> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ h: string }>(
      `SELECT count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x.id)), '') AS h FROM "AuditEvent" x`,
    );
    const { rows: triggers } = await c.query<{ tgname: string; tgenabled: string }>(
      `SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = '"AuditEvent"'::regclass AND NOT tgisinternal ORDER BY tgname`,
    );
    return `${rows[0]!.h} ${triggers.map((t) => `${t.tgname}=${t.tgenabled}`).join(",")}`;
  } finally {
    await c.end();
  }
}

describe("the app's database role can read and write rows, and nothing else", () => {
  beforeAll(async () => {
    const a = admin();
    await a.connect();
    await a.query(`CREATE ROLE ${a.escapeIdentifier(role)} LOGIN`);
    await a.end();
    // Migrations ran as the owner (tests/global-setup.ts); the owner grants the app role.
    await grantAppRole({ ownerUrl: databaseUrl, role });
    app = new pg.Client({ connectionString: appUrl });
    await app.connect();
  });

  afterAll(async () => {
    await app?.end();
    // Privileges in this database must go before the role can.
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    await c.query(`DROP OWNED BY ${c.escapeIdentifier(role)}`);
    await c.end();
    const a = admin();
    await a.connect();
    await a.query(`DROP ROLE IF EXISTS ${a.escapeIdentifier(role)}`);
    await a.end();
  });

  it("runs the app's writes: lanes, releases, audit events, sign-in, rate limits, tokens, webhook outbox", async () => {
    const { createDb } = await import("@/lib/server/db");
    const db = createDb(appUrl, { poolMax: 2, preparedStatements: true });
    try {
      const system = { type: "SYSTEM" as const, label: "least-privilege test" };
      const { createLane } = await import("@/lib/server/lanes/create-lane");
      const { createRelease } = await import("@/lib/server/releases/create-release");
      const { createWebhook } = await import("@/lib/server/webhooks/create-webhook");
      const { claimDueDeliveries } = await import("@/lib/server/webhooks/claim-due-deliveries");
      const slug = `lp-${randomBytes(3).toString("hex")}`;
      await db.user.create({
        data: { name: "LP Lead", email: `${slug}@example.test`, role: "PLATFORM_LEAD" },
      });
      await ensureTestTeam(db);
      const lane = await createLane({
        db,
        actor: system,
        input: {
          slug,
          name: "Least privilege lane",
          workload: "w",
          team: "test-team",
          engineVersion: "DataFusion 53.1.0",
          requiredStableReleases: 2,
          recoveryLimitSeconds: 900,
          drillMaxAgeDays: 90,
        },
      });
      await createRelease({ db, actor: system, slug, input: { versionLabel: "1.0", engineVersion: "53.1.0" } });
      expect(await db.auditEvent.count({ where: { laneId: lane.id } })).toBeGreaterThanOrEqual(2);
      // Better Auth's tables (sessions, rate-limit counters) and API tokens: plain row writes.
      const user = await db.user.findFirstOrThrow({ where: { email: `${slug}@example.test` } });
      await db.session.create({
        data: { id: slug, token: slug, userId: user.id, expiresAt: new Date(Date.now() + 60_000) },
      });
      await db.$queryRaw`INSERT INTO "rateLimit" (id, key, count, "lastRequest") VALUES (${slug}, ${slug}, 1, 0)
        ON CONFLICT (key) DO UPDATE SET count = "rateLimit".count + 1 RETURNING count`;
      await db.session.delete({ where: { id: slug } });
      // The outbox: a webhook, a delivery, and the worker's FOR UPDATE SKIP LOCKED claim.
      const hook = await createWebhook({
        db,
        actor: system,
        input: { url: "https://hooks.example.test/lp", laneSlugs: [], events: ["verdict.changed"] },
        allowPrivateTargets: false,
      });
      await db.webhookDelivery.create({
        data: { webhookId: hook.id, event: "verdict.changed", payload: {}, nextAttemptAt: new Date(0) },
      });
      const claimed = await claimDueDeliveries({ db, now: new Date() });
      expect(claimed.map((c) => c.webhook.url)).toContain("https://hooks.example.test/lp");
      await db.lane.delete({ where: { id: lane.id } });
    } finally {
      await db.$disconnect();
    }
  });

  it("cannot change or remove audit events by any means", async () => {
    const before = await auditFingerprint();
    expect(before).toContain("AuditEvent_append_only=O");
    expect(await refused(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).toMatch(/must be owner/);
    expect(await refused(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`)).toMatch(/owner/);
    expect(await refused(`DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"`)).toMatch(/owner/);
    expect(await refused(`DROP TRIGGER "AuditEvent_no_truncate" ON "AuditEvent"`)).toMatch(/owner/);
    expect(await refused(`SET session_replication_role = replica`)).toMatch(/permission denied/);
    await app.query("BEGIN");
    await refused(`SET LOCAL session_replication_role = replica`);
    await app.query("ROLLBACK");
    await refused(`ALTER TABLE "AuditEvent" ADD COLUMN forged text`);
    await refused(`ALTER TABLE "AuditEvent" RENAME TO "AuditEventOld"`);
    await refused(`TRUNCATE "AuditEvent"`);
    await refused(`UPDATE "AuditEvent" SET "actorLabel" = 'someone else'`);
    await refused(`DELETE FROM "AuditEvent"`);
    await refused(`DROP TABLE "AuditEvent"`);
    await refused(
      `CREATE OR REPLACE FUNCTION lanegate_audit_event_append_only() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql`,
    );
    await refused(
      `CREATE TRIGGER forged BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION lanegate_audit_event_append_only()`,
    );
    // Nor build a place to copy it to, nor touch the migration history.
    await refused(`CREATE TABLE evil (x int)`);
    await refused(`DELETE FROM "_prisma_migrations"`);
    await refused(`SELECT count(*) FROM "_prisma_migrations"`);
    expect(await auditFingerprint()).toBe(before);
    // Inserting and reading audit events is what the app does: still allowed.
    const { rows } = await app.query(`SELECT count(*)::int AS n FROM "AuditEvent"`);
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it("README shows the same grants the script applies", () => {
    const readme = readFileSync("README.md", "utf8");
    for (const statement of appRoleGrants("lanegate_app")) expect(readme).toContain(statement);
  });
});
