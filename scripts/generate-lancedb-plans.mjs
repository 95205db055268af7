#!/usr/bin/env node
// Writes real DataFusion EXPLAIN / EXPLAIN ANALYZE output into tests/fixtures/lancedb, for the
// parser and differ tests. Run by hand (not by npm test: it downloads ~650 MB of native packages):
//
//   node scripts/generate-lancedb-plans.mjs [--versions 0.15.0,0.22.3,0.31.0,0.39.0] [--out DIR]
//
// `@lancedb/lancedb` embeds Apache DataFusion in its native binary, so its `explainPlan()` and
// `analyzePlan()` print what a DataFusion engine prints today, custom operators included. Each
// LanceDB version is installed in its own temporary folder (`npm i -E @lancedb/lancedb@V
// apache-arrow@18.1.0`) and runs the same scenario twice, in two different folders ("run-a" and
// "run-b"), so the fixtures hold the same query planned twice on one machine (paths, index UUIDs
// and timings differ; the plan does not). Every file is written exactly as the engine returned it.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** What each LanceDB release embeds, read from the crate paths in its `.node` binary. */
export const ENGINES = {
  "0.15.0": { lance: "0.22.0", datafusion: "44.0.0" },
  "0.22.3": { lance: "0.39.0", datafusion: "50.1.0" },
  "0.31.0": { lance: "8.0.0", datafusion: "53.1.0" },
  "0.39.0": { lance: "12.0.0", datafusion: "54.1.0" },
};

// ---------------------------------------------------------------------------------------------
// The scenario: one table of orders, queries before any index, the same queries after scalar,
// full-text and vector indexes are built, and again after rows are appended that no index covers
// yet (LanceDB then unions the indexed search with a flat scan of the new fragment).
// ---------------------------------------------------------------------------------------------

const REGIONS = ["north", "south", "east", "west"];
const NOTES = ["alpha bravo shipment, priority=1", "late delivery", "express priority"];

function rows(from, count) {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return {
      id: i,
      amount: (i * 37) % 1000,
      region: REGIONS[i % 4],
      tags: [["a", "b"], ["b"], ["c", "a"]][i % 3],
      note: `order ${i} ${NOTES[i % 3]}`,
      vector: Array.from({ length: 16 }, (_, j) => Math.round(Math.sin(i * 0.1 + j) * 1e4) / 1e4),
    };
  });
}

const probe = rows(3, 1)[0].vector;
const other = rows(7, 1)[0].vector;

/**
 * name, what it shows, and the query. `stages` says when it runs: "plain" (no index), "indexed"
 * (after the indexes), "appended" (after unindexed rows were added).
 */
function scenarios(lancedb) {
  const Occur = lancedb.Occur;
  return [
    {
      name: "filter-limit",
      what: "filter pushed into the scan, projection, LIMIT",
      stages: ["plain"],
      query: (t) => t.query().where("amount > 500").select(["id", "amount"]).limit(10),
    },
    {
      name: "filter-offset-limit",
      what: "LIMIT with OFFSET (skip)",
      stages: ["plain"],
      query: (t) => t.query().where("region = 'south'").select(["id", "region"]).limit(5).offset(20),
    },
    {
      name: "order-by-topk",
      what: "ORDER BY ... LIMIT as a TopK sort, then a late-materialising read by row id",
      stages: ["plain"],
      query: (t) => t.query().where("amount < 100").orderBy({ columnName: "amount", ascending: false }).limit(5),
    },
    {
      name: "btree-filter",
      what: "range filter: a scan with a pushed-down filter, then a BTree scalar index query",
      stages: ["plain", "indexed", "appended"],
      query: (t) => t.query().where("id > 2990").select(["id", "amount"]),
    },
    {
      name: "bitmap-filter",
      what: "equality filter: scan vs Bitmap scalar index",
      stages: ["plain", "indexed"],
      query: (t) => t.query().where("region = 'north'").select(["id", "region"]).limit(3),
    },
    {
      name: "label-list-filter",
      what: "array_has_any filter: scan vs LabelList scalar index",
      stages: ["plain", "indexed"],
      query: (t) => t.query().where("array_has_any(tags, ['c'])").select(["id", "tags"]).limit(3),
    },
    {
      name: "vector-prefilter",
      what: "vector search with a prefilter: flat KNN over a FilterExec vs ANN over IVF_PQ with a scalar index",
      stages: ["plain", "indexed", "appended"],
      query: (t) => t.search(probe).distanceType("l2").where("region = 'north'").select(["id", "region"]).limit(5),
    },
    {
      name: "vector-postfilter",
      what: "vector search filtered after the KNN",
      stages: ["plain", "indexed"],
      query: (t) => t.search(probe).distanceType("l2").where("amount > 100").postfilter().select(["id"]).limit(5),
    },
    {
      name: "vector-literal-comma",
      what: "a string literal with a comma and `priority=` inside, printed unquoted in FilterExec",
      stages: ["plain"],
      query: (t) =>
        t
          .search(probe)
          .distanceType("l2")
          .where("note = 'order 3 alpha bravo shipment, priority=1' OR amount > 990")
          .select(["id", "note"])
          .limit(3),
    },
    {
      name: "multi-vector",
      what: "two query vectors in one search",
      stages: ["plain", "indexed"],
      query: (t) => t.search(probe).distanceType("l2").addQueryVector(other).select(["id"]).limit(3),
    },
    {
      name: "full-text",
      what: "full-text search: flat match over a scan vs the FTS index; after an append, a UNION of both",
      stages: ["plain", "indexed", "appended"],
      query: (t) =>
        t
          .query()
          .fullTextSearch("delivery", { columns: ["note"] })
          .select(["id", "note"])
          .limit(5),
    },
    {
      name: "full-text-boolean",
      what: "boolean full-text query (must + should)",
      stages: ["indexed"],
      query: (t) =>
        t
          .query()
          .fullTextSearch(
            new lancedb.BooleanQuery([
              [Occur.Must, new lancedb.MatchQuery("late", "note")],
              [Occur.Should, new lancedb.MatchQuery("delivery", "note")],
            ]),
          )
          .select(["id"])
          .limit(5),
    },
    {
      name: "full-text-multi-match",
      what: "one term over two columns",
      stages: ["indexed"],
      query: (t) =>
        t
          .query()
          .fullTextSearch(new lancedb.MultiMatchQuery("north", ["note", "region"]))
          .select(["id"])
          .limit(5),
    },
    {
      name: "take-offsets",
      what: "rows fetched by offset (a join on row addresses)",
      stages: ["indexed"],
      query: (t) => t.takeOffsets([1, 5, 9]).select(["id", "amount"]),
    },
  ];
}

async function buildIndexes(lancedb, table) {
  await table.createIndex("id", { config: lancedb.Index.btree() });
  await table.createIndex("region", { config: lancedb.Index.bitmap() });
  await table.createIndex("tags", { config: lancedb.Index.labelList() });
  // FTS over `region` too, for the multi-match query; older releases index one column per call.
  await table.createIndex("note", { config: lancedb.Index.fts() });
  await table.createIndex("region", { config: lancedb.Index.fts(), replace: false }).catch(() => undefined);
  await table.createIndex("vector", { config: lancedb.Index.ivfPq({ numPartitions: 4, numSubVectors: 4 }) });
}

/** Child mode: runs inside one version's install folder and writes that run's plans. */
async function runScenario({ installDir, version, run, outDir }) {
  const entry = path.join(installDir, "node_modules/@lancedb/lancedb/dist/index.js");
  const lancedb = await import(pathToFileURL(entry).href);
  const work = mkdtempSync(path.join(tmpdir(), `lancedb-${run}-`));
  const db = await lancedb.connect(path.join(work, "db"));
  const table = await db.createTable("orders", rows(0, 3000));
  const written = [];
  const list = scenarios(lancedb);
  for (const stage of ["plain", "indexed", "appended"]) {
    if (stage === "indexed") await buildIndexes(lancedb, table);
    if (stage === "appended") await table.add(rows(3000, 300));
    for (const s of list.filter((x) => x.stages.includes(stage))) {
      for (const mode of ["explain", "analyze"]) {
        const file = `${s.name}--${stage}.${mode}.txt`;
        let text;
        try {
          const q = s.query(table);
          if (mode === "explain") text = await q.explainPlan(true);
          else if (typeof q.analyzePlan === "function") text = await q.analyzePlan();
          else throw new Error("analyzePlan() does not exist in this release");
        } catch (error) {
          written.push({ file: null, scenario: s.name, stage, mode, error: String(error?.message ?? error) });
          continue;
        }
        writeFileSync(path.join(outDir, file), text);
        written.push({ file, scenario: s.name, what: s.what, stage, mode });
        process.stderr.write(`\n=== @lancedb/lancedb ${version} ${run} ${file}\n${text}\n`);
      }
    }
  }
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(JSON.stringify(written));
}

async function main() {
  const { values } = parseArgs({
    options: {
      versions: { type: "string", default: Object.keys(ENGINES).join(",") },
      out: { type: "string", default: path.join(root, "tests/fixtures/lancedb") },
      child: { type: "string" },
      version: { type: "string" },
      run: { type: "string" },
      "out-dir": { type: "string" },
    },
  });
  if (values.child) {
    await runScenario({
      installDir: values.child,
      version: values.version,
      run: values.run,
      outDir: values["out-dir"],
    });
    return;
  }
  const manifest = { generator: "scripts/generate-lancedb-plans.mjs", node: process.version, files: [] };
  for (const version of values.versions.split(",")) {
    const engine = ENGINES[version];
    if (!engine)
      throw new Error(`unknown @lancedb/lancedb version ${version}; known: ${Object.keys(ENGINES).join(", ")}`);
    const installDir = mkdtempSync(path.join(tmpdir(), `lancedb-${version}-`));
    writeFileSync(path.join(installDir, "package.json"), JSON.stringify({ name: "plans", private: true }));
    process.stderr.write(`Installing @lancedb/lancedb@${version} in ${installDir}\n`);
    execFileSync("npm", ["i", "-E", "--no-audit", "--no-fund", `@lancedb/lancedb@${version}`, "apache-arrow@18.1.0"], {
      cwd: installDir,
      stdio: ["ignore", "ignore", "inherit"],
    });
    for (const run of ["run-a", "run-b"]) {
      const outDir = path.join(values.out, `lancedb-${version}`, run);
      rmSync(outDir, { recursive: true, force: true });
      mkdirSync(outDir, { recursive: true });
      const child = spawnSync(
        process.execPath,
        [
          fileURLToPath(import.meta.url),
          "--child",
          installDir,
          "--version",
          version,
          "--run",
          run,
          "--out-dir",
          outDir,
        ],
        { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 },
      );
      if (child.status !== 0) throw new Error(`the ${version} ${run} scenario failed (exit ${child.status})`);
      for (const entry of JSON.parse(child.stdout)) {
        manifest.files.push({
          ...entry,
          file: entry.file ? path.posix.join(`lancedb-${version}`, run, entry.file) : null,
          lancedb: version,
          ...engine,
          run,
        });
      }
    }
    rmSync(installDir, { recursive: true, force: true });
  }
  const previous = (() => {
    try {
      return JSON.parse(readFileSync(path.join(values.out, "manifest.json"), "utf8")).files ?? [];
    } catch {
      return [];
    }
  })();
  // Regenerating some versions keeps the others' entries.
  const regenerated = new Set(values.versions.split(","));
  manifest.files = [...previous.filter((f) => !regenerated.has(f.lancedb)), ...manifest.files];
  writeFileSync(path.join(values.out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const ok = manifest.files.filter((f) => f.file).length;
  process.stderr.write(
    `\nWrote ${ok} plans (${manifest.files.length - ok} queries this engine refused) to ${values.out}\n`,
  );
}

await main();
