import { expect, test } from "@playwright/test";

test("a release page shows each KPI against baseline and target, incidents and regressions", async ({
  page,
}, testInfo) => {
  await page.goto("/lanes/nightly-revenue-rollup");
  await page.getByRole("link", { name: "2026.11.1" }).click();
  await expect(page.getByRole("heading", { name: "Release 2026.11.1" })).toBeVisible();
  const latency = page.locator('[data-kpi="p95_latency_ms"]');
  await expect(latency).toContainText("3,020 ms");
  await expect(latency).toContainText("4,200 ms");
  await expect(latency).toContainText("≤ 3,360 ms");
  await expect(latency).toContainText("pass");
  // The earlier production measurement is superseded by the re-measurement.
  await expect(page.getByText("p95 latency 3,650 ms")).toBeVisible();
  await expect(page.locator("li").filter({ hasText: "p95 latency 3,650 ms" })).toContainText("superseded");
  // A regression recovered in exactly the 15-minute limit passes.
  await expect(page.getByText("recovered in 15 min")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("release-2026.11.1.png"), fullPage: true });
});

test("synthetic measurements are shown but never count", async ({ page }) => {
  await page.goto("/lanes/nightly-revenue-rollup/releases/2026.10.1");
  await expect(page.locator("li").filter({ hasText: "p95 latency 3,390 ms" })).toContainText("synthetic: never counts");
  await expect(page.locator('[data-kpi="p95_latency_ms"]')).toContainText("3,240 ms");
});

test("the breached release of a STOP lane names the stop condition", async ({ page }, testInfo) => {
  await page.goto("/lanes/clickstream-sessionization/releases/2026.11.2");
  await expect(page.locator('[data-kpi="p95_latency_ms"]')).toContainText("stop breached");
  await expect(page.getByText("INC-2211")).toBeVisible();
  await expect(page.getByText("recovered in 42 min")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("release-stop.png"), fullPage: true });
});
