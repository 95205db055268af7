// Property-based fuzz of every operation in the served OpenAPI document, against the running app
// and its Postgres: no 5xx, and no table changed by a refused write. CI runs a few thousand cases
// with a fixed seed; `npm run fuzz` runs 10,000 and prints the figures (README).
import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createLane, deployRelease, latencyTarget } from "./factories/lanes";
import { runFuzz } from "./support/openapi-fuzz";
import { sameOrigin } from "./support/same-origin";

test.use(sameOrigin);

const CASES = Number(process.env.FUZZ_CASES ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);

test(`fuzz: ${CASES} generated and hostile requests over the OpenAPI document, seed ${SEED}`, async ({ request }) => {
  test.setTimeout(Math.max(600_000, CASES * 250));
  // Its own lane and release, so generated paths reach validation and the use cases, not a 404.
  const { slug } = await createLane(request, { prefix: "fuzz", targets: latencyTarget(1000) });
  const label = "2026.11.1";
  await deployRelease(request, slug, label, { windowHours: 24, engineVersion: "53.1.0" });

  const figures = await runFuzz({
    request,
    databaseUrl: process.env.DATABASE_URL!,
    cases: CASES,
    seed: SEED,
    known: { slug: [slug], label: [label], version: ["1", "2"] },
  });
  const summary = `OpenAPI fuzz: ${figures.cases} cases over ${figures.operations} operations (seed ${SEED}): ${Object.entries(
    figures.byStatus,
  )
    .sort()
    .map(([k, v]) => `${v} × ${k}`)
    .join(
      ", ",
    )}; 5xx: ${figures.serverErrors.length}; refused writes that changed a table: ${figures.changedOnRefusal.length}; transport retries: ${figures.transportRetries}`;
  console.log(`\n${summary}\n`);
  writeFileSync(test.info().outputPath("fuzz-figures.json"), JSON.stringify({ summary, ...figures }, null, 2));
  expect(figures.serverErrors.slice(0, 10), "5xx answers").toEqual([]);
  expect(figures.changedOnRefusal.slice(0, 10), "refused writes that changed a table").toEqual([]);
});
