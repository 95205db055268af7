// End-to-end test of the offline Prisma tooling: the real Prisma CLI, run through
// scripts/prisma.mjs, driving scripts/prisma-schema-engine.mjs (WebAssembly schema engine)
// against the real local Postgres. A throwaway project (schema with two models, its own
// prisma.config.ts) lives in a temp dir; the databases are created here and dropped afterwards.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const scriptsDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(scriptsDir, "..");
const WRAPPER = path.join(scriptsDir, "prisma.mjs");
const ENGINE = path.join(scriptsDir, "prisma-schema-engine.mjs");
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

// Each CLI call starts Node, the Prisma CLI and the wasm engine: a few seconds on 2 cores.
const CLI_TIMEOUT = 120_000;

const SCHEMA_V1 = `
datasource db {
  provider = "postgresql"
}

generator client {
  provider = "prisma-client"
  output   = "../generated/prisma"
}

model Author {
  id    Int    @id @default(autoincrement())
  email String @unique
  books Book[]
}

model Book {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   Author @relation(fields: [authorId], references: [id])

  @@index([authorId])
}
`;

const SCHEMA_V2 = SCHEMA_V1.replace("  title    String\n", "  title    String\n  pages    Int?\n");

const PRISMA_CONFIG = `import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : {},
});
`;

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function shadowDatabases(): Promise<string[]> {
  const { rows } = await admin((c) =>
    c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'"),
  );
  return rows.map((r) => r.datname);
}

type Run = { code: number | null; stdout: string; stderr: string; ms: number };

function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input?: string },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
    child.stdin.end(options.input ?? "");
  });
}

function cleanEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The test must exercise the wrapper's own engine, whatever the caller's environment says.
  for (const key of [
    "DATABASE_URL",
    "DATABASE_MIGRATION_URL",
    "SHADOW_DATABASE_URL",
    "PRISMA_SCHEMA_ENGINE_BINARY",
    "DEBUG",
    "NO_COLOR",
  ])
    delete env[key];
  env.NO_COLOR = "1";
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env;
}

const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
const devDb = `lanegate_engine_test_${suffix}_dev`;
const deployDb = `lanegate_engine_test_${suffix}_deploy`;
let project: string;
let shadowDatabasesBefore: string[];

function prisma(args: string[], database: string | undefined): Promise<Run> {
  return run(process.execPath, [WRAPPER, ...args], {
    cwd: project,
    env: cleanEnv({ DATABASE_URL: database ? databaseUrl(database) : undefined }),
  });
}

function expectSuccess(result: Run) {
  if (result.code !== 0)
    throw new Error(`exit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
}

function migrationNames(): string[] {
  return fs
    .readdirSync(path.join(project, "prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

beforeAll(async () => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "lanegate-engine-test-"));
  fs.mkdirSync(path.join(project, "prisma"));
  fs.writeFileSync(path.join(project, "prisma", "schema.prisma"), SCHEMA_V1);
  fs.writeFileSync(path.join(project, "prisma.config.ts"), PRISMA_CONFIG);
  fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ type: "module", private: true }));
  // prisma.config.ts imports "prisma/config": resolve it from the repository's node_modules.
  fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(project, "node_modules"), "dir");
  shadowDatabasesBefore = await shadowDatabases();
  // Only the dev database exists beforehand: migrate deploy must create the other one itself.
  await admin((c) => c.query(`CREATE DATABASE "${devDb}"`));
});

afterAll(async () => {
  await admin(async (c) => {
    for (const db of [devDb, deployDb]) await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  });
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

describe("offline Prisma CLI through the wasm schema engine", () => {
  it(
    "migrate diff renders SQL for both models without any database configured",
    async () => {
      const result = await prisma(
        ["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"],
        undefined,
      );
      expectSuccess(result);
      expect(result.stdout).toContain('CREATE TABLE "Author"');
      expect(result.stdout).toContain('CREATE TABLE "Book"');
      expect(result.stdout).toContain('FOREIGN KEY ("authorId") REFERENCES "Author"("id")');
    },
    CLI_TIMEOUT,
  );

  it(
    "migrate dev creates and applies the first migration, using a temporary shadow database",
    async () => {
      const result = await prisma(["migrate", "dev", "--name", "init"], devDb);
      expectSuccess(result);
      expect(migrationNames()).toEqual([expect.stringMatching(/^\d{14}_init$/)]);
      const sql = fs.readFileSync(
        path.join(project, "prisma", "migrations", migrationNames()[0]!, "migration.sql"),
        "utf8",
      );
      expect(sql).toContain('CREATE TABLE "Author"');
      expect(sql).toContain('CREATE TABLE "Book"');
      const lock = fs.readFileSync(path.join(project, "prisma", "migrations", "migration_lock.toml"), "utf8");
      expect(lock).toContain('provider = "postgresql"');

      const tables = await query<{ table_name: string }>(
        databaseUrl(devDb),
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
      );
      expect(tables.map((t) => t.table_name)).toEqual(["Author", "Book", "_prisma_migrations"]);
      // The shadow database was a separate database, and it is gone again.
      expect((await shadowDatabases()).filter((db) => !shadowDatabasesBefore.includes(db))).toEqual([]);
    },
    CLI_TIMEOUT,
  );

  it(
    "migrate diff from the migrations (replayed on a shadow database) to the schema finds no difference",
    async () => {
      const result = await prisma(
        [
          "migrate",
          "diff",
          "--from-migrations",
          "prisma/migrations",
          "--to-schema",
          "prisma/schema.prisma",
          "--exit-code",
        ],
        devDb,
      );
      expectSuccess(result);
      expect(result.stdout).toContain("No difference detected");
    },
    CLI_TIMEOUT,
  );

  it(
    "migrate deploy creates a fresh database and applies the migrations; migrate status reports it up to date",
    async () => {
      const deploy = await prisma(["migrate", "deploy"], deployDb);
      expectSuccess(deploy);
      expect(deploy.stdout).toContain("All migrations have been successfully applied.");
      console.info(`migrate deploy (1 migration, 2 models, database created): ${Math.round(deploy.ms)} ms`);

      const applied = await query<{ migration_name: string; finished: boolean }>(
        databaseUrl(deployDb),
        "SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations",
      );
      expect(applied).toEqual([{ migration_name: migrationNames()[0], finished: true }]);

      const status = await prisma(["migrate", "status"], deployDb);
      expectSuccess(status);
      expect(status.stdout).toContain("Database schema is up to date!");
    },
    CLI_TIMEOUT,
  );

  it(
    "a schema change creates a second migration, which deploy then applies",
    async () => {
      fs.writeFileSync(path.join(project, "prisma", "schema.prisma"), SCHEMA_V2);

      const dev = await prisma(["migrate", "dev", "--name", "add_pages"], devDb);
      expectSuccess(dev);
      const names = migrationNames();
      expect(names).toHaveLength(2);
      expect(names[1]).toMatch(/^\d{14}_add_pages$/);
      const sql = fs.readFileSync(path.join(project, "prisma", "migrations", names[1]!, "migration.sql"), "utf8");
      expect(sql).toMatch(/ALTER TABLE "Book" ADD COLUMN\s+"pages" INTEGER;/);

      const behind = await prisma(["migrate", "status"], deployDb);
      expect(behind.code).toBe(1);
      expect(behind.stdout).toContain(names[1]);

      expectSuccess(await prisma(["migrate", "deploy"], deployDb));
      const status = await prisma(["migrate", "status"], deployDb);
      expectSuccess(status);
      expect(status.stdout).toContain("2 migrations found");
      expect(status.stdout).toContain("Database schema is up to date!");

      const columns = await query<{ column_name: string }>(
        databaseUrl(deployDb),
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'Book' ORDER BY ordinal_position",
      );
      expect(columns.map((c) => c.column_name)).toEqual(["id", "title", "authorId", "pages"]);
      expect((await shadowDatabases()).filter((db) => !shadowDatabasesBefore.includes(db))).toEqual([]);
    },
    CLI_TIMEOUT,
  );

  it(
    "migrate dev --create-only writes a migration without applying it; migrate reset then applies everything",
    async () => {
      fs.writeFileSync(
        path.join(project, "prisma", "schema.prisma"),
        SCHEMA_V2.replace("  email String @unique\n", "  email String @unique\n  name  String?\n"),
      );
      const created = await prisma(["migrate", "dev", "--name", "author_name", "--create-only"], devDb);
      expectSuccess(created);
      expect(migrationNames()).toHaveLength(3);
      const pending = await prisma(["migrate", "status"], devDb);
      expect(pending.code).toBe(1);
      expect(pending.stdout).toContain("author_name");

      await query(databaseUrl(devDb), `INSERT INTO "Author" (email) VALUES ('someone@example.com')`);
      expectSuccess(await prisma(["migrate", "reset", "--force"], devDb));
      expect(await query(databaseUrl(devDb), `SELECT * FROM "Author"`)).toEqual([]);
      const status = await prisma(["migrate", "status"], devDb);
      expectSuccess(status);
      expect(status.stdout).toContain("3 migrations found");
    },
    CLI_TIMEOUT,
  );

  it(
    "prisma generate works offline",
    async () => {
      const result = await prisma(["generate"], undefined);
      expectSuccess(result);
      expect(fs.existsSync(path.join(project, "generated", "prisma", "client.ts"))).toBe(true);
    },
    CLI_TIMEOUT,
  );
});

describe("schema engine protocol errors", () => {
  it(
    "cli can-connect-to-database reports a missing database as P1003 in the JSON log format the CLI parses",
    async () => {
      const result = await run(
        ENGINE,
        [
          "--datasource",
          JSON.stringify({ url: databaseUrl(`lanegate_engine_test_${suffix}_missing`) }),
          "cli",
          "can-connect-to-database",
        ],
        { cwd: repoRoot, env: cleanEnv({}) },
      );
      expect(result.code).toBe(1);
      // The CLI drops the first stderr line and JSON-parses every other one.
      const lines = result.stderr
        .replace(/\n$/, "")
        .split("\n")
        .slice(1)
        .map((line) => JSON.parse(line));
      expect(lines).toContainEqual(
        expect.objectContaining({
          level: "ERROR",
          target: "schema_engine::logger",
          fields: expect.objectContaining({ error_code: "P1003" }),
        }),
      );
    },
    CLI_TIMEOUT,
  );

  it(
    "JSON-RPC errors use the {error: {code, message, data: {is_panic, message, error_code}}} shape",
    async () => {
      const requests = [
        { jsonrpc: "2.0", id: 1, method: "noSuchMethod", params: {} },
        {
          jsonrpc: "2.0",
          id: 2,
          method: "dbExecute",
          params: { script: "SELECT * FROM no_such_table", datasourceType: { tag: "url", url: databaseUrl(devDb) } },
        },
        { jsonrpc: "2.0", id: 3, method: "getDatabaseVersion" },
      ];
      const result = await run(
        ENGINE,
        [
          "--datamodels",
          path.join(project, "prisma", "schema.prisma"),
          "--datasource",
          JSON.stringify({ url: databaseUrl(devDb) }),
        ],
        { cwd: project, env: cleanEnv({}), input: requests.map((r) => JSON.stringify(r)).join("\n") + "\n" },
      );
      expect(result.code).toBe(0);
      const replies = result.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(replies).toHaveLength(3);
      expect(replies[0]).toMatchObject({
        jsonrpc: "2.0",
        id: 1,
        error: { data: { is_panic: false, message: expect.stringContaining("noSuchMethod") } },
      });
      expect(replies[1]).toMatchObject({
        jsonrpc: "2.0",
        id: 2,
        error: { data: { is_panic: false, error_code: "P1014" } },
      });
      expect(replies[2]).toMatchObject({ jsonrpc: "2.0", id: 3, result: expect.stringContaining("PostgreSQL") });
    },
    CLI_TIMEOUT,
  );
});
