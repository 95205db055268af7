#!/usr/bin/env node
// Offline Prisma schema engine for PostgreSQL, built on @prisma/schema-engine-wasm.
//
// The Prisma CLI normally downloads a native `schema-engine` binary. This script is a drop-in
// replacement: point PRISMA_SCHEMA_ENGINE_BINARY at it (scripts/prisma.mjs does that) and
// `prisma migrate dev|deploy|status|reset|diff|resolve`, `db push|pull|execute` and `generate`
// run without any download. It speaks the same two interfaces as the native binary, as launched
// by node_modules/prisma/build/cli.js:
//
//   ENGINE --version
//   ENGINE --datasource '{"url":"postgres://..."}' cli can-connect-to-database|create-database|drop-database
//       exit 0 on success; on failure exit 1 with JSON log lines on stderr (the CLI skips the
//       first stderr line and parses the rest; it looks for
//       {"level":"ERROR","target":"schema_engine::logger","fields":{"message","error_code"}}).
//   ENGINE [--datamodels /abs/schema.prisma ...] [--datasource '{"url","shadowDatabaseUrl"}']
//       JSON-RPC 2.0, one object per line on stdin, one reply per line on stdout. Errors are
//       {jsonrpc,id,error:{code,message,data:{is_panic,message,meta,error_code}}}. `diff` output
//       is printed through a `print` request to the CLI, like the native engine does.
//
// stdout carries only protocol messages; everything else (including console.* output of
// dependencies and process warnings) goes to stderr as JSON log lines.
//
// Differences from using PrismaPg directly (found when the bridge was built; see README,
// "Prisma without its native engine"):
//   - Postgres "char" columns (OID 18) are reported as text (OID 25): adapter-pg cannot map them
//     and the engine's introspection queries select them.
//   - Connections are configured with discrete host/port/user/password/database fields (parsed
//     from the URL), so the shadow database really is a separate database.
//   - The temporary shadow database is dropped only after its pool is closed, and WITH (FORCE).
//   - Scripts (migrations, `db execute`) are sent as one simple-protocol query, as the native
//     engine does, instead of adapter-pg's naive split on ";" (which breaks on function bodies
//     and string literals containing semicolons).

import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";
import { pathToFileURL } from "node:url";
import util from "node:util";

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Logging: JSON lines on stderr, shaped like the native engine's tracing output.

const LEVELS = { TRACE: 0, DEBUG: 1, INFO: 2, WARN: 3, ERROR: 4 };
const minLevel = (() => {
  const fromEnv = (process.env.PRISMA_SCHEMA_ENGINE_LOG_LEVEL ?? "").toUpperCase();
  return LEVELS[fromEnv] ?? LEVELS.INFO;
})();

function writeLog(level, message, fields = {}, target = "prisma_wasm_bridge") {
  if ((LEVELS[level] ?? LEVELS.INFO) < minLevel && level !== "ERROR") return;
  const line = JSON.stringify({
    timestamp: new Date().toISOString(),
    level,
    fields: { message: String(message), ...fields },
    target,
  });
  try {
    process.stderr.write(line + "\n");
  } catch {
    // stderr closed: nothing sensible left to do.
  }
}

// Nothing but protocol messages may reach stdout.
for (const [method, level] of [
  ["log", "INFO"],
  ["info", "INFO"],
  ["debug", "DEBUG"],
  ["trace", "TRACE"],
  ["warn", "WARN"],
  ["error", "ERROR"],
]) {
  console[method] = (...args) => writeLog(level, util.format(...args), {}, "console");
}
process.removeAllListeners("warning");
process.on("warning", (warning) => writeLog("WARN", `${warning.name}: ${warning.message}`, {}, "node"));

// ---------------------------------------------------------------------------------------------
// Command line.

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, cli: undefined, version: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const takeValue = () => {
      if (i + 1 >= argv.length) throw new Error(`Missing value for ${arg}`);
      return argv[++i];
    };
    switch (arg) {
      case "--datamodels":
      case "-d":
        args.datamodels.push(takeValue());
        break;
      case "--datasource":
        args.datasource = JSON.parse(takeValue());
        break;
      case "--enabled-preview-features":
      case "--extension-types":
        // Accepted for compatibility; the wasm engine takes no equivalent option.
        takeValue();
        break;
      case "--version":
      case "-V":
        args.version = true;
        break;
      case "--help":
      case "-h":
        args.help = true;
        break;
      case "cli":
        args.cli = argv.slice(i + 1);
        i = argv.length;
        break;
      default:
        if (arg.startsWith("--datamodels=")) args.datamodels.push(arg.slice("--datamodels=".length));
        else if (arg.startsWith("--datasource=")) args.datasource = JSON.parse(arg.slice("--datasource=".length));
        else throw new Error(`Unknown argument: ${arg}`);
    }
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// Postgres connection configuration.

// Dependencies are loaded in main(), so that a missing package is reported like any other error.
let pg;
let parsePgUrl;
let PrismaPg;
let bindMigrationAwareSqlAdapterFactory;
let ColumnTypeEnum;
let CharAsTextClient;

async function loadDependencies() {
  pg = require("pg");
  // pg-connection-string is pg's own dependency: resolve it from pg, not from the project root.
  parsePgUrl = createRequire(require.resolve("pg"))("pg-connection-string").parse;
  ({ PrismaPg } = await import("@prisma/adapter-pg"));
  ({ bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } = await import("@prisma/driver-adapter-utils"));
  CharAsTextClient = makeCharAsTextClient(pg.Client);
}

const SUPPORTED_PROTOCOLS = new Set(["postgres:", "postgresql:"]);
// URL parameters that only mean something to Prisma's native connectors.
const PRISMA_ONLY_PARAMS = [
  "schema",
  "connection_limit",
  "pool_timeout",
  "pgbouncer",
  "statement_cache_size",
  "socket_timeout",
  "sslaccept",
  "sslidentity",
  "sslpassword",
];

class BridgeError extends Error {
  constructor(message, errorCode, meta) {
    super(message);
    this.name = "BridgeError";
    if (errorCode) this.code = errorCode;
    if (meta) this.meta = meta;
  }
}

/** Parse a postgres URL into discrete pg.Pool fields (never `connectionString`). */
function connectionFromUrl(url, what = "datasource") {
  if (typeof url !== "string" || url.length === 0) {
    throw new BridgeError(`No ${what} URL configured. Set datasource.url in prisma.config.ts (DATABASE_URL).`, "P1012");
  }
  let protocol;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new BridgeError(`The ${what} URL is not a valid URL.`, "P1013");
  }
  if (!SUPPORTED_PROTOCOLS.has(protocol)) {
    throw new BridgeError(
      `The wasm schema-engine bridge only supports postgres:// and postgresql:// URLs (got ${protocol}//...).`,
      "P1013",
    );
  }
  const parsed = parsePgUrl(url);
  const schema = typeof parsed.schema === "string" && parsed.schema.length > 0 ? parsed.schema : undefined;
  const config = { ...parsed };
  for (const key of PRISMA_ONLY_PARAMS) delete config[key];
  if (config.port !== undefined && config.port !== null) config.port = Number(config.port);
  if (config.connect_timeout !== undefined) {
    config.connectionTimeoutMillis = Number(config.connect_timeout) * 1000;
    delete config.connect_timeout;
  }
  for (const [key, value] of Object.entries(config)) if (value === undefined || value === null) delete config[key];
  if (!config.database) config.database = "postgres";
  if (schema) {
    // Like the native engine: unqualified names in migration scripts resolve to the URL's schema.
    const value = /^[A-Za-z0-9_]+$/.test(schema) ? schema : `"${schema.replaceAll('"', '""')}"`.replaceAll(" ", "\\ ");
    config.options = `${config.options ? `${config.options} ` : ""}-c search_path=${value}`;
  }
  return { config, schema };
}

function describeServer(config) {
  return `${config.host ?? "localhost"}:${config.port ?? 5432}`;
}

/** Map a pg / network error to the Prisma error code the CLI understands, when there is one. */
function prismaErrorFromPg(error, config) {
  if (!error || typeof error !== "object") return new BridgeError(String(error));
  if (error instanceof BridgeError) return error;
  const server = describeServer(config ?? {});
  const database = config?.database ?? "postgres";
  const user = config?.user ?? process.env.PGUSER ?? "postgres";
  switch (error.code) {
    case "3D000":
      return new BridgeError(
        `Database \`${database}\` does not exist on the database server at \`${server}\`.`,
        "P1003",
        {
          database_name: database,
          database_host: config?.host,
          database_port: config?.port,
        },
      );
    case "28P01":
    case "28000":
      return new BridgeError(
        `Authentication failed against database server at \`${server}\`, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${server}\`.`,
        "P1000",
      );
    case "42501":
      return new BridgeError(`User \`${user}\` was denied access on the database \`${database}\``, "P1010");
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "EAI_AGAIN":
    case "ECONNRESET":
      return new BridgeError(
        `Can't reach database server at \`${server}\`\n\nPlease make sure your database server is running at \`${server}\`.`,
        "P1001",
      );
    case "ETIMEDOUT":
      return new BridgeError(`Timed out trying to connect to the database server at \`${server}\`.`, "P1002");
    default:
      if (/timeout/i.test(error.message ?? "")) {
        return new BridgeError(`Timed out trying to connect to the database server at \`${server}\`.`, "P1002");
      }
      return new BridgeError(error.message ?? String(error));
  }
}

// pg client that reports Postgres "char" (OID 18) columns as text (OID 25). adapter-pg maps
// column types from field OIDs and throws UnsupportedNativeDataType for 18, which the engine's
// introspection queries (relkind, contype, ...) select. The value itself is parsed as a string
// either way.
const CHAR_OID = 18;
const TEXT_OID = 25;
function charAsText(result) {
  if (Array.isArray(result)) return result.map(charAsText);
  if (result && Array.isArray(result.fields)) {
    for (const field of result.fields) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}
function makeCharAsTextClient(Client) {
  return class CharAsTextClient extends Client {
    query(...args) {
      const [first] = args;
      // Submittables (cursors, streams) manage their own results.
      if (first && typeof first.submit === "function") return super.query(...args);
      const last = args.length - 1;
      if (typeof args[last] === "function") {
        const callback = args[last];
        args[last] = (error, result) => callback(error, error ? result : charAsText(result));
        return super.query(...args);
      }
      if (first && typeof first === "object" && typeof first.callback === "function") {
        const callback = first.callback;
        args[0] = { ...first, callback: (error, result) => callback(error, error ? result : charAsText(result)) };
        return super.query(...args);
      }
      const returned = super.query(...args);
      return returned && typeof returned.then === "function" ? returned.then(charAsText) : returned;
    }
  };
}

function poolConfig(config) {
  return { ...config, Client: CharAsTextClient, max: 4, idleTimeoutMillis: 10_000 };
}

async function withClient(config, fn) {
  const client = new pg.Client(config);
  client.on("error", (error) => writeLog("WARN", `connection error: ${error.message}`));
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw prismaErrorFromPg(error, config);
  }
  try {
    return await fn(client);
  } catch (error) {
    // A query error is about the statement, not the connection: keep its message and SQLSTATE.
    if (error instanceof BridgeError) throw error;
    const wrapped = new BridgeError(error?.message ?? String(error));
    wrapped.pgCode = error?.code;
    throw wrapped;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Run fn with a client on a maintenance database of the same server (for CREATE/DROP DATABASE). */
async function withAdminClient(config, fn) {
  const candidates = [...new Set(["postgres", "template1"].filter((db) => db !== config.database))];
  let lastError;
  for (const database of candidates) {
    try {
      return await withClient({ ...config, database }, fn);
    } catch (error) {
      lastError = error;
      if (!(error instanceof BridgeError && error.code === "P1003")) throw error;
    }
  }
  throw lastError;
}

const quoteIdent = (name) => `"${String(name).replaceAll('"', '""')}"`;

async function createDatabase({ config }) {
  try {
    await withAdminClient(config, (client) => client.query(`CREATE DATABASE ${quoteIdent(config.database)}`));
  } catch (error) {
    if (error?.pgCode === "42P04") {
      throw new BridgeError(
        `Database \`${config.database}\` already exists on the database server at \`${describeServer(config)}\``,
        "P1009",
      );
    }
    throw error;
  }
}

async function dropDatabaseForce(client, database) {
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  } catch (error) {
    if (error?.code !== "42601") throw error; // syntax error: server older than Postgres 13
    await client.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [database],
    );
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Driver adapter factory handed to the wasm engine.

/** Send scripts as one simple-protocol query (multi-statement, one implicit transaction). */
function patchAdapter(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error); // throws DriverAdapterError, like adapter-pg itself
    }
  };
  return adapter;
}

const liveShadowDatabases = new Map(); // name -> main connection config

class BridgeAdapterFactory {
  provider = "postgres";
  adapterName = "@prisma/adapter-pg";

  constructor(datasource) {
    this.main = connectionFromUrl(datasource.url);
    this.shadow = datasource.shadowDatabaseUrl
      ? connectionFromUrl(datasource.shadowDatabaseUrl, "shadow database")
      : undefined;
  }

  async connect() {
    const factory = new PrismaPg(poolConfig(this.main.config), this.#options(this.main.schema));
    return patchAdapter(await factory.connect());
  }

  async connectToShadowDb() {
    if (this.shadow) return this.#connectToConfiguredShadowDb();

    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    try {
      await withClient(this.main.config, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
    } catch (error) {
      if (error?.pgCode !== "42501") throw error;
      throw new BridgeError(
        "Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases, " +
          `or set datasource.shadowDatabaseUrl in prisma.config.ts.\n\nOriginal error: ${error.message}`,
        "P3014",
      );
    }
    liveShadowDatabases.set(name, this.main.config);
    writeLog("INFO", `Created temporary shadow database ${name}`);
    const shadowConfig = { ...this.main.config, database: name };
    const adapter = patchAdapter(
      await new PrismaPg(poolConfig(shadowConfig), this.#options(this.main.schema)).connect(),
    );
    const closePool = adapter.dispose.bind(adapter);
    let disposed = false;
    adapter.dispose = async () => {
      if (disposed) return;
      disposed = true;
      try {
        await closePool(); // close the shadow pool first, so the drop is not blocked by it
      } finally {
        await dropShadowDatabase(name);
      }
    };
    return adapter;
  }

  async #connectToConfiguredShadowDb() {
    const main = this.main.config;
    const shadow = this.shadow.config;
    if (
      describeServer(main) === describeServer(shadow) &&
      main.database === shadow.database &&
      (this.main.schema ?? "public") === (this.shadow.schema ?? "public")
    ) {
      throw new BridgeError(
        "The datasource.shadowDatabaseUrl points to the same database as datasource.url. Configure a separate database for the shadow database.",
        "P3014",
      );
    }
    // Like the native engine, start from an empty shadow database: it may hold leftovers of an
    // earlier run (the wasm engine does not reset a configured shadow database by itself).
    const schema = this.shadow.schema ?? "public";
    await withClient(shadow, async (client) => {
      const { rows } = await client.query(
        "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'",
      );
      for (const { nspname } of rows) await client.query(`DROP SCHEMA ${quoteIdent(nspname)} CASCADE`);
      await client.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
    });
    writeLog("INFO", `Reset the configured shadow database ${shadow.database}`);
    return patchAdapter(await new PrismaPg(poolConfig(shadow), this.#options(this.shadow.schema)).connect());
  }

  #options(schema) {
    return {
      ...(schema ? { schema } : {}),
      onPoolError: (error) => writeLog("WARN", `idle pool client error: ${error.message}`),
      onConnectionError: (error) => writeLog("WARN", `pool client error: ${error.message}`),
    };
  }
}

async function dropShadowDatabase(name) {
  const config = liveShadowDatabases.get(name);
  if (!config) return;
  await withClient(config, (client) => dropDatabaseForce(client, name));
  liveShadowDatabases.delete(name);
  writeLog("INFO", `Dropped temporary shadow database ${name}`);
}

// Used when no datasource URL is configured (e.g. `migrate diff --from-empty --to-schema`): the
// engine probes the server version when it starts, and nothing else needs a database for diffs
// between schema files. Anything that does need one fails with a clear error.
const OFFLINE_SERVER_VERSION_NUM = Number(process.env.PRISMA_SCHEMA_ENGINE_OFFLINE_PG_VERSION_NUM ?? 150000);
class OfflineAdapterFactory {
  provider = "postgres";
  adapterName = "@prisma/adapter-pg";

  async connect() {
    const noDatabase = async () => {
      throw new BridgeError(
        "This command needs a database connection, but no datasource URL is configured. Set datasource.url in prisma.config.ts (DATABASE_URL).",
        "P1012",
      );
    };
    return {
      provider: "postgres",
      adapterName: "@prisma/adapter-pg",
      async queryRaw(query) {
        if (/^\s*SELECT EXISTS\(SELECT 1 FROM pg_namespace WHERE nspname = \$1\), version\(\)/i.test(query.sql)) {
          const major = Math.floor(OFFLINE_SERVER_VERSION_NUM / 10000);
          return {
            columnNames: ["exists", "version", "numeric_version"],
            columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
            rows: [[true, `PostgreSQL ${major}.0 (no datasource configured)`, OFFLINE_SERVER_VERSION_NUM]],
          };
        }
        return noDatabase();
      },
      executeRaw: noDatabase,
      executeScript: noDatabase,
      startTransaction: noDatabase,
      getConnectionInfo: () => ({ supportsRelationJoins: true }),
      dispose: async () => {},
    };
  }

  async connectToShadowDb() {
    throw new BridgeError(
      "A shadow database is needed, but no datasource URL is configured. Set datasource.url (or datasource.shadowDatabaseUrl) in prisma.config.ts.",
      "P1012",
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The wasm engine.

let wasmGeneration = 0;
let activeWasmGeneration = -1;

function wasmDir() {
  // The package's exports map hides package.json and the .wasm file; resolve the glue module.
  return path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
}

/** Instantiate a fresh copy of the wasm module (and of its JS glue, so no state leaks across). */
async function loadWasm() {
  // The package entry imports the .wasm file as an ES module, which Node 20 refuses, so wire the
  // glue module and the WebAssembly instance together by hand.
  const dir = wasmDir();
  const glueUrl = pathToFileURL(path.join(dir, "schema_engine_bg.js"));
  activeWasmGeneration = wasmGeneration++;
  glueUrl.search = `?instance=${activeWasmGeneration}`;
  const glue = await import(glueUrl.href);
  const bytes = await fs.promises.readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

function wasmVersion() {
  try {
    const { version } = JSON.parse(fs.readFileSync(path.join(wasmDir(), "package.json"), "utf8"));
    return version.split(".").at(-1);
  } catch {
    return "unknown";
  }
}

// ---------------------------------------------------------------------------------------------
// Errors in the JSON-RPC shape the CLI expects.

function resolveExternalError(error, factory) {
  // The engine reports errors thrown by the adapter as "External error id#N"; the original error
  // is kept in the bound factory's registry.
  const match = /External error id#(\d+)/.exec(error?.message ?? "");
  if (!match || !factory?.errorRegistry) return undefined;
  return factory.errorRegistry.consumeError(Number(match[1]))?.error;
}

function isPanic(error) {
  // A TypeError comes from the JS glue itself (e.g. the panic hook), never from the engine's
  // error reporting: treat the instance as broken too.
  return (
    error?.isPanic === true ||
    error instanceof WebAssembly.RuntimeError ||
    error instanceof TypeError ||
    /panicked at|RuntimeError: unreachable/.test(String(error?.message))
  );
}

// Connection errors the wasm engine reports with the native wording but without the code.
const CODES_BY_MESSAGE = [
  [/^Authentication failed against database server/, "P1000"],
  [/^Can't reach database server/, "P1001"],
  [/^Timed out (trying to connect|fetching a new connection)/, "P1002"],
  [/^Database `[^`]*` does not exist/, "P1003"],
  [/was denied access on the database/, "P1010"],
];

function toRpcError(error, { factory, connection, method } = {}) {
  let cause = error;
  const external = resolveExternalError(error, factory);
  if (external) cause = external;
  if (!(cause instanceof BridgeError) && cause?.code && !/^P\d{4}$/.test(String(cause.code))) {
    cause = prismaErrorFromPg(cause, connection);
  }
  const panic = isPanic(error);
  let errorCode = typeof cause?.code === "string" && /^P\d{4}$/.test(cause.code) ? cause.code : undefined;
  let meta = cause?.meta ?? null;
  let message = cause?.message ?? String(cause);
  if (external && error.message && !errorCode)
    message = `${error.message.replace(/External error id#\d+/, "").trim()}\n${message}`.trim();
  if (!message) message = "Unknown error in the wasm schema engine";
  if (!errorCode) errorCode = CODES_BY_MESSAGE.find(([pattern]) => pattern.test(message))?.[1];
  // The wasm engine reports a failed migration script without the native engine's P3018 code.
  const failedMigration = /apply_script[\s\S]*?migration_name="([^"]+)"/.exec(message)?.[1];
  if (!errorCode && method === "applyMigrations" && failedMigration) {
    const databaseError =
      /Error querying the database: ([\s\S]*?)(?:\n\s+\d+: |$)/.exec(message)?.[1]?.trim() ?? message;
    errorCode = "P3018";
    meta = { migration_name: failedMigration, database_error: databaseError };
    message =
      "A migration failed to apply. New migrations cannot be applied before the error is recovered from. " +
      "Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\n" +
      `Migration name: ${failedMigration}\n\nDatabase error:\n${databaseError}`;
  }
  return {
    code: panic ? -32000 : 4466,
    // For panics the CLI shows error.message (or data.error.message); otherwise data.message.
    message: panic ? `The schema engine panicked: ${message}` : "An error happened. Check the data field for details.",
    data: {
      is_panic: panic,
      message,
      meta,
      ...(errorCode ? { error_code: errorCode } : {}),
      ...(panic ? { backtrace: error?.stack ?? null } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// `cli` subcommands.

async function runCli(args) {
  writeLog("INFO", "Starting schema engine CLI (wasm bridge)", { git_hash: wasmVersion() }, "schema_engine::logger");
  const [command] = args.cli;
  const main = connectionFromUrl(args.datasource?.url);
  switch (command) {
    case "can-connect-to-database":
      await withClient(main.config, (client) => client.query("SELECT 1"));
      return;
    case "create-database":
      await createDatabase(main);
      writeLog("INFO", `Database '${main.config.database}' was successfully created.`, {}, "schema_engine::logger");
      return;
    case "drop-database":
      await withAdminClient(main.config, (client) => client.query(`DROP DATABASE ${quoteIdent(main.config.database)}`));
      writeLog("INFO", `The database '${main.config.database}' was successfully dropped.`, {}, "schema_engine::logger");
      return;
    default:
      throw new BridgeError(`Unknown cli command: ${command ?? "(none)"}`);
  }
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC server.

async function runRpc(args) {
  // Configuration errors are reported as the reply to each request, not as a silent exit.
  let setupError;
  let datamodels;
  let mainConnection;
  const datasource = args.datasource ?? {};
  try {
    datamodels = args.datamodels.length
      ? await Promise.all(args.datamodels.map(async (file) => [file, await fs.promises.readFile(file, "utf8")]))
      : undefined;
    mainConnection = datasource.url ? connectionFromUrl(datasource.url) : undefined;
  } catch (error) {
    setupError = error;
    writeLog("ERROR", error?.message ?? String(error));
  }

  let enginePromise;
  let boundFactory;

  function getEngine() {
    enginePromise ??= (async () => {
      const glue = await loadWasm();
      const factory = datasource.url ? new BridgeAdapterFactory(datasource) : new OfflineAdapterFactory();
      boundFactory = bindMigrationAwareSqlAdapterFactory(factory);
      const logCallback = (line) => {
        const text = String(line).trim();
        if (!text) return;
        try {
          const parsed = JSON.parse(text);
          if ((LEVELS[parsed.level] ?? LEVELS.INFO) < minLevel) return;
          process.stderr.write(JSON.stringify({ timestamp: new Date().toISOString(), ...parsed }) + "\n");
        } catch {
          writeLog("INFO", text, {}, "schema_engine_wasm");
        }
      };
      return glue.SchemaEngine.new({ datamodels }, logCallback, boundFactory);
    })();
    // Do not cache a failed start (e.g. database unreachable): the next request retries.
    enginePromise.catch(() => {
      enginePromise = undefined;
    });
    return enginePromise;
  }

  const output = (message) => process.stdout.write(JSON.stringify(message) + "\n");
  let printId = 0;
  const printToCli = (content) =>
    output({ jsonrpc: "2.0", id: `engine-print-${++printId}`, method: "print", params: { content } });

  const engineMethods = new Set([
    "applyMigrations",
    "createMigration",
    "devDiagnostic",
    "diagnoseMigrationHistory",
    "ensureConnectionValidity",
    "evaluateDataLoss",
    "introspect",
    "introspectSql",
    "markMigrationApplied",
    "markMigrationRolledBack",
    "reset",
    "schemaPush",
    "debugPanic",
  ]);

  async function handle(method, params) {
    if (setupError) throw setupError;
    switch (method) {
      case "getDatabaseVersion": {
        const engine = await getEngine();
        return engine.version(params ?? null);
      }
      case "diff": {
        const engine = await getEngine();
        const result = await engine.diff(params);
        // The native engine prints the diff through the CLI and returns stdout: null.
        if (typeof result?.stdout === "string" && result.stdout.length > 0)
          printToCli(result.stdout.replace(/\n$/, ""));
        return { exitCode: result?.exitCode ?? 0, stdout: null };
      }
      case "createDatabase": {
        const target =
          params?.datasource?.tag === "ConnectionString" ? connectionFromUrl(params.datasource.url) : mainConnection;
        if (!target) throw new BridgeError("createDatabase needs a datasource URL.", "P1012");
        await createDatabase(target);
        return { databaseName: target.config.database };
      }
      case "dbExecute": {
        const type = params?.datasourceType;
        if (type?.tag === "url" && type.url && type.url !== datasource.url) {
          // A database other than the engine's own: run the script directly.
          const target = connectionFromUrl(type.url);
          await withClient(target.config, (client) => client.query(params.script));
          return {};
        }
        const engine = await getEngine();
        await engine.dbExecute(params);
        return {};
      }
      case "getDatabaseDescription":
        throw new BridgeError("getDatabaseDescription is not supported by the wasm schema engine.");
      default: {
        if (!engineMethods.has(method)) {
          const error = new BridgeError(`Method not found: ${method}`);
          error.rpcCode = -32601;
          throw error;
        }
        const engine = await getEngine();
        if (method === "debugPanic") return engine.debugPanic();
        const result = await engine[method](params);
        return result ?? {};
      }
    }
  }

  // An exception thrown out of the wasm glue (a panic inside a callback, for instance) leaves the
  // request's promise pending forever: fail that request, drop the poisoned wasm instance, and
  // keep serving.
  let abortCurrent;
  onUncaught = (error) => {
    const generation = /schema_engine_bg\.js\?instance=(\d+)/.exec(error?.stack ?? "")?.[1];
    if (generation !== undefined && Number(generation) !== activeWasmGeneration) return; // a discarded instance
    enginePromise = undefined;
    if (!abortCurrent) return;
    const panic = new Error(`The wasm schema engine crashed: ${error?.message ?? error}`);
    panic.isPanic = true;
    panic.stack = error?.stack ?? panic.stack;
    abortCurrent(panic);
  };

  // Requests are served one at a time, in order, like the native engine.
  let queue = Promise.resolve();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });

  lines.on("line", (line) => {
    if (!line.trim()) return;
    let request;
    try {
      request = JSON.parse(line);
    } catch (error) {
      output({ jsonrpc: "2.0", id: null, error: { code: -32700, message: `Parse error: ${error.message}` } });
      return;
    }
    if (typeof request?.method !== "string") return; // e.g. the CLI's reply to a `print` request
    const { id, method, params } = request;
    queue = queue.then(async () => {
      const started = performance.now();
      writeLog("DEBUG", `rpc ${method} started`);
      try {
        const aborted = new Promise((_, reject) => {
          abortCurrent = reject;
        });
        const result = await Promise.race([handle(method, params), aborted]);
        if (id !== undefined) output({ jsonrpc: "2.0", id, result: result ?? {} });
      } catch (error) {
        const rpcError = toRpcError(error, { factory: boundFactory, connection: mainConnection?.config, method });
        if (error?.rpcCode) rpcError.code = error.rpcCode;
        writeLog(
          "ERROR",
          rpcError.data.message,
          rpcError.data.error_code ? { error_code: rpcError.data.error_code } : {},
        );
        if (rpcError.data.is_panic) enginePromise = undefined; // start a fresh wasm instance next time
        if (id !== undefined) output({ jsonrpc: "2.0", id, error: rpcError });
      } finally {
        abortCurrent = undefined;
        writeLog("DEBUG", `rpc ${method} finished in ${Math.round(performance.now() - started)} ms`);
      }
    });
  });

  await new Promise((resolve) => lines.once("close", resolve));
  await queue;
}

// ---------------------------------------------------------------------------------------------
// Process lifecycle.

async function cleanupShadowDatabases() {
  await Promise.allSettled([...liveShadowDatabases.keys()].map((name) => dropShadowDatabase(name)));
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    if (liveShadowDatabases.size === 0) process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
    const timer = setTimeout(() => process.exit(1), 3000);
    cleanupShadowDatabases().finally(() => {
      clearTimeout(timer);
      process.exit(1);
    });
  });
}

// Set by the JSON-RPC server; without it an uncaught exception ends the process (exit 101, the
// native engine's panic exit code, with the error logged as JSON on stderr).
let onUncaught;
process.on("uncaughtException", (error) => {
  writeLog("ERROR", `Uncaught exception: ${error?.stack ?? error}`, {}, "schema_engine::logger");
  if (onUncaught) {
    onUncaught(error);
    return;
  }
  cleanupShadowDatabases().finally(() => process.exit(101));
});
process.on("unhandledRejection", (reason) => {
  writeLog("ERROR", `Unhandled rejection: ${reason?.stack ?? reason}`);
});

function exitWithError(error) {
  const rpcError = toRpcError(error);
  writeLog(
    "ERROR",
    rpcError.data.message,
    rpcError.data.error_code ? { error_code: rpcError.data.error_code } : {},
    "schema_engine::logger",
  );
  process.exitCode = rpcError.data.is_panic ? 101 : 1;
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    writeLog("INFO", "Starting schema engine (wasm bridge)", {}, "schema_engine::logger");
    exitWithError(error);
    return;
  }
  if (args.version) {
    process.stdout.write(`schema-engine-cli ${wasmVersion()} (wasm bridge)\n`);
    return;
  }
  if (args.help) {
    process.stdout.write(
      "Usage: prisma-schema-engine.mjs [--datamodels FILE]... [--datasource JSON] [cli can-connect-to-database|create-database|drop-database]\n",
    );
    return;
  }
  if (args.cli) {
    try {
      await loadDependencies();
      await runCli(args);
    } catch (error) {
      exitWithError(error);
    }
    return;
  }
  try {
    await loadDependencies();
    await runRpc(args);
  } catch (error) {
    exitWithError(error);
  }
}

await main();
await cleanupShadowDatabases();
// Pools kept alive by the engine would otherwise keep the process running.
process.exit(process.exitCode ?? 0);
