#!/usr/bin/env node
// lanegate: the command-line client CI pipelines use to push DataFusion evidence to Lanegate and
// to block a deployment on the readiness gate. Plain Node (>= 20.9), no dependencies.
//   LANEGATE_URL=https://lanegate.example LANEGATE_TOKEN=lg_... lanegate gate --lane SLUG
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const USAGE = `Usage: lanegate <command> [options]

  bench push --lane SLUG --role baseline|candidate [--release LABEL] [--label TEXT]
             [--source shadow|production|synthetic] FILE
  bench push --lane SLUG --role baseline|candidate [...] --criterion DIR [--baseline NAME]
      Push a dfbench (-o) or ClickBench result JSON, or criterion's output folder
      (target/criterion; NAME is the saved baseline to read, e.g. main; default new). A
      candidate with --release is compared with the lane's baseline and records the release's
      latency KPI with its 95% confidence interval.
  plans push --lane SLUG [--release LABEL] [--query NAME] FILE...
      Push EXPLAIN output, one file per query (the query name defaults to the file name
      without its extension; --query only with a single file).
  incident --lane SLUG --release LABEL --severity P1|P2|P3|P4 --ref INC-1 --title TEXT [--opened ISO]
      Record an incident against a release (opened now unless --opened).
  gate --lane SLUG
      Print the lane's verdict, streak and reasons. Exit 0 READY, 1 HOLD, 2 STOP, 3 error.

Options: --url (or LANEGATE_URL, default http://127.0.0.1:3000), --token (or LANEGATE_TOKEN),
         --json (print the API's JSON response), --help.
Every push sends an Idempotency-Key derived from the content and its target, so a retried
pipeline step never records anything twice.`;

const EXIT = { READY: 0, HOLD: 1, STOP: 2, ERROR: 3 };

class CliError extends Error {}

const options = {
  lane: { type: "string" },
  role: { type: "string" },
  release: { type: "string" },
  label: { type: "string" },
  source: { type: "string" },
  query: { type: "string" },
  severity: { type: "string" },
  ref: { type: "string" },
  title: { type: "string" },
  opened: { type: "string" },
  url: { type: "string" },
  token: { type: "string" },
  criterion: { type: "string" },
  baseline: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
};

function required(values, name) {
  const value = values[name];
  if (value === undefined || value === "") throw new CliError(`--${name} is required (see lanegate --help)`);
  return value;
}

/** Same content to the same target gives the same key; anything different gives a new one. */
function idempotencyKey(...parts) {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(String(part ?? "")).update("\0");
  return `lanegate-${hash.digest("hex").slice(0, 48)}`;
}

function readFile(file) {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
  }
}

async function api(ctx, method, apiPath, { body, key } = {}) {
  const headers = { accept: "application/json" };
  if (ctx.token) headers.authorization = `Bearer ${ctx.token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  if (key) headers["idempotency-key"] = key;
  const url = `${ctx.url.replace(/\/+$/, "")}/api/v1${apiPath}`;
  let res;
  try {
    res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (error) {
    throw new CliError(
      `Cannot reach Lanegate at ${ctx.url}: ${error.cause?.code ?? error.cause?.message ?? error.message}`,
    );
  }
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page: reported below by status.
  }
  if (!res.ok) throw new CliError(describeProblem(res.status, json, text));
  return { json, replayed: res.headers.get("idempotent-replayed") === "true" };
}

/** problem+json as a human reads it: the sentence, each field problem, and the fix. */
function describeProblem(status, problem, text) {
  if (!problem || typeof problem !== "object") return `HTTP ${status}: ${text.slice(0, 300) || "no body"}`;
  const lines = [
    `${problem.detail ?? problem.title ?? "Request failed"} (HTTP ${status}${problem.code ? `, ${problem.code}` : ""})`,
  ];
  for (const p of problem.invalid_params ?? []) lines.push(`  ${p.pointer || "/"}: ${p.message}`);
  if (problem.fix) lines.push(`  fix: ${problem.fix}`);
  return lines.join("\n");
}

const VERDICT = {
  faster: "faster",
  slower: "slower",
  no_change: "no significant change",
  too_few_samples: "too few samples",
};

const pct = (ratio) => `${ratio < 1 ? "" : "+"}${((ratio - 1) * 100).toFixed(1)}%`;

const CRITERION_FILES = new Set(["benchmark.json", "estimates.json", "sample.json"]);

/**
 * criterion's files for one saved baseline, as they are: `<group>/<function>/<NAME>/*.json`
 * (report/ and other baselines skipped). Lanegate reads and checks them; nothing is summarised here.
 */
function readCriterionFolder(dir, baseline) {
  const files = [];
  const walk = (relative) => {
    let names;
    try {
      names = readdirSync(path.join(dir, relative));
    } catch (error) {
      throw new CliError(
        `Cannot read ${path.join(dir, relative)}: ${error.code === "ENOENT" ? "no such folder" : error.message}`,
      );
    }
    for (const name of names.sort()) {
      const rel = relative ? `${relative}/${name}` : name;
      if (name === "report") continue;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else if (CRITERION_FILES.has(name) && path.basename(relative) === baseline) {
        const text = readFile(path.join(dir, rel));
        try {
          files.push({ path: rel, content: JSON.parse(text) });
        } catch (error) {
          throw new CliError(`${path.join(dir, rel)} is not JSON: ${error.message}`);
        }
      }
    }
  };
  walk("");
  if (files.length === 0)
    throw new CliError(`No criterion benchmark in ${dir} has a ${baseline}/ folder (use --baseline NAME, e.g. main)`);
  return { criterion: { baseline, files } };
}

async function benchPush(ctx, values, files) {
  const lane = required(values, "lane");
  const role = required(values, "role").toUpperCase();
  if (!["BASELINE", "CANDIDATE"].includes(role)) throw new CliError("--role is baseline or candidate");
  let result;
  let text;
  if (values.criterion) {
    if (files.length) throw new CliError("bench push --criterion DIR takes no result FILE");
    result = readCriterionFolder(values.criterion, values.baseline ?? "new");
    text = JSON.stringify(result);
  } else {
    if (values.baseline) throw new CliError("--baseline names a criterion baseline: use it with --criterion DIR");
    if (files.length !== 1) throw new CliError("bench push takes exactly one result FILE (or --criterion DIR)");
    text = readFile(files[0]);
    try {
      result = JSON.parse(text);
    } catch (error) {
      throw new CliError(`${files[0]} is not JSON: ${error.message}`);
    }
  }
  const body = {
    role,
    result,
    ...(values.release ? { releaseLabel: values.release } : {}),
    ...(values.label ? { label: values.label } : {}),
    ...(values.source ? { source: values.source.toUpperCase() } : {}),
  };
  const key = idempotencyKey("bench", lane, role, values.release, values.label, values.source, text);
  const { json, replayed } = await api(ctx, "POST", `/lanes/${encodeURIComponent(lane)}/benchmark-runs`, { body, key });
  if (ctx.json) return print(json);
  const run = json.run;
  print(
    `${replayed ? "Already pushed" : "Pushed"} ${role.toLowerCase()} run ${run.id} (${run.format}, ${run.queries} queries, ${run.failedQueries} failed) to ${lane}`,
  );
  const w = json.comparison?.workload;
  if (w) {
    const ci = w.statistics?.ciLow != null ? `, 95% CI ${pct(w.statistics.ciLow)} to ${pct(w.statistics.ciHigh)}` : "";
    print(
      `Workload vs baseline: ${w.candidateTotalMs.toFixed(1)} ms vs ${w.baselineTotalMs.toFixed(1)} ms over ${w.comparableQueries} queries${w.change === null ? "" : ` (${pct(w.change)}${ci}, ${VERDICT[w.verdict] ?? w.verdict})`}`,
    );
    print(
      `  ${w.faster} faster, ${w.slower} slower, ${w.noChange} no significant change, ${w.tooFewSamples} too few samples, ${w.incomparable} incomparable${w.rowCountChanged ? `, ${w.rowCountChanged} with changed row counts (possible result mismatch)` : ""}`,
    );
    for (const q of json.comparison.queries.filter((x) => x.verdict === "faster" || x.verdict === "slower")) {
      const st = q.statistics;
      print(
        `  ${q.queryId}: ${q.verdict} ${pct(st.ratio)} (95% CI ${pct(st.ciLow)} to ${pct(st.ciHigh)}, p = ${st.pValue.toPrecision(2)}, ${st.baselineSamples} vs ${st.candidateSamples} samples)`,
      );
    }
  }
  if (json.measurement) {
    const i = json.measurement.interval;
    print(
      `Recorded ${json.measurement.kpiKey} = ${json.measurement.value}${i ? ` (95% CI ${i.low} to ${i.high})` : ""} (${json.measurement.source}) for release ${run.releaseLabel}`,
    );
  }
  if (json.measurementSkipped) print(json.measurementSkipped);
  return 0;
}

async function plansPush(ctx, values, files) {
  const lane = required(values, "lane");
  if (files.length === 0) throw new CliError("plans push takes one or more EXPLAIN files");
  if (values.query && files.length > 1)
    throw new CliError("--query names a single file's query; with several files each is named after its file");
  let flagged = 0;
  for (const file of files) {
    const text = readFile(file);
    const queryName = values.query ?? path.basename(file).replace(/\.[^.]+$/, "");
    const body = { queryName, text, ...(values.release ? { releaseLabel: values.release } : {}) };
    const key = idempotencyKey("plan", lane, values.release, queryName, text);
    const { json, replayed } = await api(ctx, "POST", `/lanes/${encodeURIComponent(lane)}/plans`, { body, key });
    if (ctx.json) {
      print(json);
      continue;
    }
    const problems = json.problems.length
      ? `, ${json.problems.length} problem(s): ${json.problems
          .slice(0, 3)
          .map((p) => `line ${p.line}: ${p.message}`)
          .join("; ")}`
      : "";
    print(
      `${replayed ? "Already pushed" : "Pushed"} plan ${queryName} (${json.format}${json.mainPlan ? `, ${json.mainPlan.operators} operators` : ", not readable"}${problems})`,
    );
    if (!json.readable) flagged += 1;
  }
  if (flagged) print(`${flagged} plan(s) were stored but could not be read; they are flagged in Lanegate.`);
  return 0;
}

async function incident(ctx, values) {
  const lane = required(values, "lane");
  const release = required(values, "release");
  const body = {
    ref: required(values, "ref"),
    severity: required(values, "severity").toUpperCase(),
    title: required(values, "title"),
    openedAt: values.opened ?? new Date().toISOString(),
  };
  const key = idempotencyKey("incident", lane, release, body.ref, body.severity, body.title, values.opened);
  const { json, replayed } = await api(
    ctx,
    "POST",
    `/lanes/${encodeURIComponent(lane)}/releases/${encodeURIComponent(release)}/incidents`,
    { body, key },
  );
  if (ctx.json) return print(json);
  print(
    `${replayed ? "Already recorded" : "Recorded"} ${body.severity} incident ${body.ref} on ${lane} release ${release}`,
  );
  return 0;
}

async function gate(ctx, values) {
  const lane = required(values, "lane");
  const { json } = await api(ctx, "GET", `/lanes/${encodeURIComponent(lane)}/readiness`);
  if (ctx.json) print(json);
  else {
    print(
      `${json.lane.name} (${json.lane.slug}, ${json.lane.stage}): ${json.verdict}, streak ${json.streak}/${json.requiredStreak}`,
    );
    for (const r of json.reasons) print(`  - ${r.message}${r.fix ? ` Fix: ${r.fix}` : ""}`);
    for (const w of json.warnings) print(`  ! ${w.message}`);
    for (const f of json.flags) print(`  * ${f.message}`);
  }
  return EXIT[json.verdict] ?? EXIT.ERROR;
}

function print(value) {
  process.stdout.write(`${typeof value === "string" ? value : JSON.stringify(value, null, 2)}\n`);
  return 0;
}

async function main(argv) {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  if (values.help || positionals.length === 0) {
    print(USAGE);
    return values.help ? 0 : EXIT.ERROR;
  }
  const ctx = {
    url: values.url ?? process.env.LANEGATE_URL ?? "http://127.0.0.1:3000",
    token: values.token ?? process.env.LANEGATE_TOKEN ?? "",
    json: values.json,
  };
  const [command, sub, ...rest] = positionals;
  if (command === "bench" && sub === "push") return benchPush(ctx, values, rest);
  if (command === "plans" && sub === "push") return plansPush(ctx, values, rest);
  if (command === "incident") return incident(ctx, values, [sub, ...rest].filter(Boolean));
  if (command === "gate") return gate(ctx, values);
  throw new CliError(`Unknown command "${positionals.join(" ")}" (see lanegate --help)`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(
      `lanegate: ${error instanceof CliError || error?.code?.startsWith?.("ERR_PARSE_ARGS") ? error.message : (error?.stack ?? error)}\n`,
    );
    process.exit(EXIT.ERROR);
  },
);
