import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { createLane, latencyTarget } from "./factories/lanes";
import { dfbench } from "./support/dfbench";
import { sameOrigin } from "./support/same-origin";

const lancedb = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../tests/fixtures/lancedb/lancedb-0.39.0/run-a",
);
const fixture = (file: string) => readFileSync(path.join(lancedb, file), "utf8");

// The first tests are about the demo seed's plan-change story (nightly-revenue-rollup, release
// 2026.11.1) and only read it; the evidence test builds its own lane through the API.

test("the plan diff page shows both operator trees with the lost filter and the change sentences", async ({
  page,
}, testInfo) => {
  await page.goto("/lanes/nightly-revenue-rollup/plans/diff?query=revenue_by_region&release=2026.11.1");
  await expect(
    page.getByRole("heading", { name: /Plan diff of revenue_by_region: 2026.10.1 → 2026.11.1/ }),
  ).toBeVisible();
  const summary = page.locator("#plan-diff-summary");
  await expect(summary).toContainText("plan changed");
  await expect(summary.getByRole("listitem").filter({ hasText: "FilterExec" }).first()).toBeVisible();
  const before = page.getByRole("list", { name: "before plan" });
  const after = page.getByRole("list", { name: "after plan" });
  await expect(before.locator('[data-operator="FilterExec"][data-status="removed"]')).toBeVisible();
  await expect(after.locator('[data-operator="FilterExec"]')).toHaveCount(0);
  await expect(after.locator('[data-status="changed"]').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("plan-diff.png"), fullPage: true });
});

test("the plan diff page explains a missing earlier plan instead of failing", async ({ page }) => {
  await page.goto("/lanes/nightly-revenue-rollup/plans/diff?query=revenue_by_region&release=2026.10.1");
  await expect(page.locator("main [role=alert]")).toContainText(
    "No release before 2026.10.1 has a plan for query revenue_by_region",
  );
  await page.goto("/lanes/nightly-revenue-rollup/plans/diff");
  await expect(page.locator("main [role=alert]")).toContainText("Choose a query and a release");
});

test("the release page shows the benchmark comparison and the changed plan", async ({ page }, testInfo) => {
  await page.goto("/lanes/nightly-revenue-rollup/releases/2026.11.1");
  await expect(page.getByText("1 query plan changed")).toBeVisible();
  const bench = page.locator("#release-benchmark");
  await expect(bench.locator('[data-query="top_customers"]')).toContainText("slower");
  await expect(bench.locator('[data-query="revenue_by_region"]')).toContainText("faster");
  await expect(bench.getByTestId("workload-total")).toContainText("3,326 ms");
  await expect(bench.getByTestId("workload-total")).toContainText("3,553 ms");
  const plan = page.locator('[data-plan="revenue_by_region"]');
  await expect(plan).toContainText("plan changed since 2026.10.1");
  await plan.getByRole("link", { name: "diff with 2026.10.1" }).click();
  await expect(page).toHaveURL(/plans\/diff\?query=revenue_by_region&release=2026.11.1/);
  await page.goto("/lanes/nightly-revenue-rollup/releases/2026.11.1");
  await page.locator("#release-benchmark").screenshot({ path: testInfo.outputPath("release-benchmark.png") });
});

test("the readiness page says which lane's latest release changed plans; the API reference renders", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await expect(page.locator('#plan-changes [data-lane="nightly-revenue-rollup"]')).toContainText("release 2026.11.1");
  await page.goto("/api");
  await expect(page.getByRole("heading", { name: "API reference" })).toBeVisible();
  const push = page.locator("#pushBenchmarkRun");
  await expect(push).toContainText("/api/v1/lanes/{slug}/benchmark-runs");
  await expect(push).toContainText("Body limit: 5120 KiB");
  await expect(push.getByRole("cell", { name: "role*" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("api-reference.png"), fullPage: true });
});

test.describe("evidence with confidence on a lane built through the API", () => {
  test.use(sameOrigin);
  test("the release page shows intervals, ranked plan changes and the operators that moved next to the query", async ({
    page,
    request,
  }, testInfo) => {
    const { slug } = await createLane(request, {
      prefix: "evidence",
      workload: "Vector and scalar lookups on orders",
      team: "finance-data-platform",
      engineVersion: "DataFusion 54.1.0",
      targets: [{ ...latencyTarget(1000)[0]!, requiredConfidence: 0.95 }],
    });
    const post = (url: string, data: unknown) => request.post(`/api/v1/lanes/${slug}${url}`, { data });
    for (const versionLabel of ["1.0.0", "1.1.0"])
      expect((await post("/releases", { versionLabel, engineVersion: "DataFusion 54.1.0" })).status()).toBe(201);
    // Release 1.1.0 reads 300 appended rows no index covers: the same query, a bigger scan.
    expect(
      (
        await post("/plans", {
          queryName: "btree-filter",
          releaseLabel: "1.0.0",
          text: fixture("btree-filter--indexed.analyze.txt"),
        })
      ).status(),
    ).toBe(201);
    expect(
      (
        await post("/plans", {
          queryName: "btree-filter",
          releaseLabel: "1.1.0",
          text: fixture("btree-filter--appended.analyze.txt"),
        })
      ).status(),
    ).toBe(201);
    expect(
      (
        await post("/benchmark-runs", {
          role: "BASELINE",
          result: dfbench({ "btree-filter": 10, "vector-prefilter": 40 }),
        })
      ).status(),
    ).toBe(201);
    const candidate = await post("/benchmark-runs", {
      role: "CANDIDATE",
      releaseLabel: "1.1.0",
      result: dfbench({ "btree-filter": 30, "vector-prefilter": 40 }),
    });
    expect(candidate.status()).toBe(201);

    await page.goto(`/lanes/${slug}/releases/1.1.0`);
    const bench = page.locator("#release-benchmark");
    const row = bench.locator('[data-query="btree-filter"]');
    await expect(row).toContainText("slower");
    await expect(row).toContainText("5 / 5");
    await expect(row.locator('[data-operator-move^="LanceRead"]')).toContainText("output_rows 9 → 309");
    await expect(bench.locator('[data-query="vector-prefilter"]')).toContainText("no significant change");
    await expect(bench.getByTestId("kpi-interval")).toContainText("95% CI");
    const plan = page.locator('[data-plan="btree-filter"]');
    await expect(plan).toContainText("plan changed since 1.0.0");
    // The appended rows are a second fragment the scan now reads beside the index.
    await expect(plan.getByTestId("plan-summary").getByRole("listitem").first()).toContainText("num_fragments 1 → 2");
    await bench.screenshot({ path: testInfo.outputPath("release-benchmark-confidence.png") });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: testInfo.outputPath("release-evidence-1280.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: testInfo.outputPath("release-evidence-390.png"), fullPage: true });

    await page.setViewportSize({ width: 1280, height: 900 });
    await plan.getByRole("link", { name: "diff with 1.0.0" }).click();
    await expect(page.locator("#plan-diff-operators")).toContainText("output_rows 9 → 309");
    await page.screenshot({ path: testInfo.outputPath("plan-diff-operators.png"), fullPage: true });
  });
});
