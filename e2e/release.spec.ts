import { expect, test } from "@playwright/test";
import {
  createLane,
  deployRelease,
  READY_LANE,
  recordIncident,
  recordMeasurement,
  recordRegression,
} from "./factories/lanes";

// Release pages of releases this file builds through the API (the lane's latency baseline is
// 4,200 ms, target 20% lower: at most 3,360 ms; stop at 10% higher: 4,620 ms).
test.describe.configure({ mode: "parallel" });

test("a release page shows each KPI against baseline and target, incidents and regressions", async ({
  page,
  request,
}, testInfo) => {
  const lane = await createLane(request, { ...READY_LANE, stableReleases: 0, prefix: "release-page" });
  await deployRelease(request, lane.slug, "2026.11.1");
  await recordMeasurement(request, lane.slug, "2026.11.1", "p95_latency_ms", 3650);
  // A re-measurement supersedes the earlier production value.
  await recordMeasurement(request, lane.slug, "2026.11.1", "p95_latency_ms", 3020);
  await recordMeasurement(request, lane.slug, "2026.11.1", "result_mismatches", 0);
  // A regression recovered in exactly the 15-minute limit passes.
  await recordRegression(request, lane.slug, "2026.11.1", 15);

  await page.goto(`/lanes/${lane.slug}`);
  await page.getByRole("link", { name: "2026.11.1" }).click();
  await expect(page.getByRole("heading", { name: "Release 2026.11.1" })).toBeVisible();
  const latency = page.locator('[data-kpi="p95_latency_ms"]');
  await expect(latency).toContainText("3,020 ms");
  await expect(latency).toContainText("4,200 ms");
  await expect(latency).toContainText("≤ 3,360 ms");
  await expect(latency).toContainText("pass");
  await expect(page.getByText("p95 latency 3,650 ms")).toBeVisible();
  await expect(page.locator("li").filter({ hasText: "p95 latency 3,650 ms" })).toContainText("superseded");
  await expect(page.getByText("recovered in 15 min")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("release-2026.11.1.png"), fullPage: true });
});

test("synthetic measurements are shown but never count", async ({ page, request }) => {
  const lane = await createLane(request, { prefix: "release-synthetic" });
  await deployRelease(request, lane.slug, "2026.10.1");
  await recordMeasurement(request, lane.slug, "2026.10.1", "p95_latency_ms", 3240);
  // Later, but synthetic: it never replaces the production value.
  await recordMeasurement(request, lane.slug, "2026.10.1", "p95_latency_ms", 3390, "SYNTHETIC");
  await page.goto(`/lanes/${lane.slug}/releases/2026.10.1`);
  await expect(page.locator("li").filter({ hasText: "p95 latency 3,390 ms" })).toContainText("synthetic: never counts");
  await expect(page.locator('[data-kpi="p95_latency_ms"]')).toContainText("3,240 ms");
});

test("the breached release of a STOP lane names the stop condition", async ({ page, request }, testInfo) => {
  const lane = await createLane(request, { ...READY_LANE, stableReleases: 1, prefix: "release-stop" });
  await deployRelease(request, lane.slug, "2026.11.2");
  await recordMeasurement(request, lane.slug, "2026.11.2", "p95_latency_ms", 4900);
  await recordIncident(request, lane.slug, "2026.11.2", "P2", "INC-2211");
  await recordRegression(request, lane.slug, "2026.11.2", 42);
  await page.goto(`/lanes/${lane.slug}/releases/2026.11.2`);
  await expect(page.getByText("lane verdict STOP")).toBeVisible();
  await expect(page.locator('[data-kpi="p95_latency_ms"]')).toContainText("stop breached");
  await expect(page.getByText("INC-2211", { exact: true })).toBeVisible();
  await expect(page.getByText("recovered in 42 min")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("release-stop.png"), fullPage: true });
});
