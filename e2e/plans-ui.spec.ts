import { expect, test } from "@playwright/test";

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
