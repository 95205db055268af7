import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createLane, READY_LANE, stableRelease } from "./factories/lanes";
import { sameOrigin } from "./support/same-origin";

test.use(sameOrigin);

// The release side of a lane's rollout: plan, deploy, measure and close two releases in the browser and
// watch the verdict move HOLD → READY; then the unhappy paths. Each test builds its own lane through
// the API factory (owners, targets, rollback design, drill and a plan in place, no releases yet).

const HOUR_MS = 3_600_000;
/** A lane with everything READY needs but its releases. */
const releaseLane = (request: APIRequestContext, name: string) =>
  createLane(request, { ...READY_LANE, stableReleases: 0, name, prefix: "rw" });

// Each test drives several forms with a server round trip and a page refresh per save; on the
// shared 2-core CI box that takes longer than the default 30 s.
test.describe.configure({ timeout: 180_000 });
const utcLocal = (date: Date) => date.toISOString().slice(0, 16);

async function planRelease(page: Page, label: string) {
  await page.locator("summary", { hasText: "Plan release" }).click();
  const form = page.getByRole("form", { name: "Plan release" });
  await form.getByLabel("Version label").fill(label);
  await form.getByRole("button", { name: "Plan release" }).click();
  await expect(page.locator(`[data-release="${label}"]`)).toBeVisible();
}

async function recordMeasurement(
  page: Page,
  label: string,
  kpi: string,
  value: string,
  source: "production" | "shadow",
) {
  await page.locator("summary", { hasText: "Add measurement" }).click();
  const form = page.getByRole("form", { name: `Add measurement to ${label}` });
  await form.getByLabel("KPI").selectOption({ label: kpi });
  await form.getByLabel("Value").fill(value);
  await form.getByLabel("Source").selectOption({ label: source });
  await form.getByRole("button", { name: "Record measurement" }).click();
  await expect(form).toBeHidden();
}

/** Drives one release through deploy → two passing measurements → close, in the browser. */
async function runStableRelease(page: Page, slug: string, label: string, shots?: (name: string) => Promise<void>) {
  await page.goto(`/lanes/${slug}/releases/${label}`);
  await page.locator("summary", { hasText: "Deploy" }).click();
  await shots?.("deploy-form");
  const deploy = page.getByRole("form", { name: `Deploy release ${label}` });
  // The factory's lane is still Proposed: the deploy form asks for a ticked confirmation first.
  await deploy.getByRole("checkbox", { name: `Deploy ${label} anyway, while the lane is still Proposed.` }).check();
  await deploy.getByRole("button", { name: `Deploy ${label}` }).click();
  await expect(page.locator(`[data-release="${label}"]`).getByText("In progress")).toBeVisible();
  await recordMeasurement(page, label, "p95 latency (ms)", "3100", "production");
  await recordMeasurement(page, label, "Result mismatches (queries)", "0", "shadow");
  await expect(page.locator('[data-kpi="p95_latency_ms"]')).toContainText("pass");
  await page.locator("summary", { hasText: "Close window" }).click();
  await shots?.("close-window-form");
  await page.getByRole("button", { name: "Close window now" }).click();
  await expect(page.locator(`[data-release="${label}"]`).getByText("Stable", { exact: true })).toBeVisible();
}

test("two releases whose production measurements meet the targets move the lane from HOLD to READY", async ({
  page,
  request,
}, testInfo) => {
  const lane = await releaseLane(request, "Revenue story");
  const shot = (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true }).then(() => undefined);
  await page.goto(`/lanes/${lane.slug}`);
  await expect(page.getByLabel("Stable streak 0 of 2")).toBeVisible();
  await expect(page.getByRole("region", { name: "Why HOLD" })).toBeVisible();
  await page.locator("summary", { hasText: "Plan release" }).click();
  await shot("plan-release-form");
  await page.locator("summary", { hasText: "Plan release" }).click();
  await planRelease(page, "2026.12.1");
  await planRelease(page, "2026.12.2");

  await runStableRelease(page, lane.slug, "2026.12.1", shot);
  await expect(page.getByText("lane verdict HOLD · streak 1/2")).toBeVisible();
  await runStableRelease(page, lane.slug, "2026.12.2");
  await expect(page.getByText("lane verdict READY · streak 2/2")).toBeVisible();
  await shot("release-stable");

  await page.goto(`/lanes/${lane.slug}`);
  await expect(page.getByLabel("Stable streak 2 of 2")).toBeVisible();
  await expect(page.getByRole("region", { name: "Why READY" })).toContainText("Every gate rule passes");
  await shot("lane-ready");
});

test("a P1 incident breaks the streak: READY drops to HOLD", async ({ page, request }, testInfo) => {
  const lane = await releaseLane(request, "Incident lane");
  await stableRelease(request, lane.slug, "r1", lane.targets);
  await stableRelease(request, lane.slug, "r2", lane.targets);
  await page.goto(`/lanes/${lane.slug}/releases/r2`);
  await expect(page.getByText("lane verdict READY · streak 2/2")).toBeVisible();
  await page.locator("summary", { hasText: "Add incident" }).click();
  const form = page.getByRole("form", { name: "Add incident to r2" });
  await form.getByLabel("Reference").fill("INC-9001");
  await form.getByLabel("Severity").selectOption("P1");
  await form.getByLabel("Title").fill("Finance close dashboards empty");
  await form.getByLabel("Opened at (UTC)").fill(utcLocal(new Date(Date.now() - 20 * 60_000)));
  await page.screenshot({ path: testInfo.outputPath("incident-form.png"), fullPage: true });
  await form.getByRole("button", { name: "Record incident" }).click();
  await expect(page.getByText("lane verdict HOLD · streak 0/2")).toBeVisible();
  await expect(page.locator('[data-release="r2"]').getByText("Unstable")).toBeVisible();
  await expect(page.locator('[data-incident="INC-9001"]')).toContainText("Finance close dashboards empty");

  await page.locator("summary", { hasText: "Resolve" }).click();
  await page.getByRole("button", { name: "Resolve INC-9001" }).click();
  await expect(page.locator('[data-incident="INC-9001"]')).toContainText("resolved");
  await expect(page.locator('[data-incident="INC-9001"]')).not.toContainText("unresolved");
  await page.goto(`/lanes/${lane.slug}`);
  await expect(page.getByRole("region", { name: "Why HOLD" })).toContainText("INC-9001");
  await page.screenshot({ path: testInfo.outputPath("lane-after-p1.png"), fullPage: true });
});

test("a measurement that breaches a stop condition shows STOP at once", async ({ page, request }, testInfo) => {
  const lane = await releaseLane(request, "Stop lane");
  await stableRelease(request, lane.slug, "r1", lane.targets);
  const base = `/api/v1/lanes/${lane.slug}/releases`;
  expect(
    (await request.post(base, { data: { versionLabel: "r2", engineVersion: "DataFusion 54.0.0" } })).status(),
  ).toBe(201);
  expect((await request.post(`${base}/r2/deploy`, { data: { observationWindowHours: 168 } })).status()).toBe(200);
  await page.goto(`/lanes/${lane.slug}/releases/r2`);
  await expect(page.getByText("In progress")).toBeVisible();
  // 4,700 ms is more than 10% worse than the 4,200 ms baseline: the stop condition halts the rollout.
  await recordMeasurement(page, "r2", "p95 latency (ms)", "4700", "production");
  await expect(page.getByText("lane verdict STOP")).toBeVisible();
  await expect(page.locator('[data-kpi="p95_latency_ms"]')).toContainText("stop breached");
  await expect(page.locator('[data-release="r2"]').getByText("Unstable")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("release-stop.png"), fullPage: true });
  await page.goto(`/lanes/${lane.slug}`);
  await expect(page.getByRole("region", { name: "Why STOP" })).toBeVisible();

  // Invalidating the breaching value strikes it through; the halted rollout stays halted.
  await page.goto(`/lanes/${lane.slug}/releases/r2`);
  const row = page.locator("li").filter({ hasText: "p95 latency 4,700 ms" });
  await row.locator("summary", { hasText: "Invalidate" }).click();
  await row.getByLabel("Why is this measurement invalid?").fill("load test ran on the same host");
  await page.screenshot({ path: testInfo.outputPath("invalidate-form.png"), fullPage: true });
  await row.getByRole("button", { name: "Invalidate measurement" }).click();
  await expect(page.locator("li").filter({ hasText: "p95 latency 4,700 ms" })).toContainText(
    "invalidated: load test ran on the same host",
  );
  await expect(page.locator("li").filter({ hasText: "p95 latency 4,700 ms" }).locator(".line-through")).toBeVisible();
});

test("invalid input shows errors next to the fields and writes nothing", async ({ page, request }, testInfo) => {
  const lane = await releaseLane(request, "Validation lane");
  const base = `/api/v1/lanes/${lane.slug}/releases`;
  expect(
    (await request.post(base, { data: { versionLabel: "r1", engineVersion: "DataFusion 53.1.0" } })).status(),
  ).toBe(201);
  expect(
    (await request.post(base, { data: { versionLabel: "r2", engineVersion: "DataFusion 53.1.0" } })).status(),
  ).toBe(201);
  expect((await request.post(`${base}/r1/deploy`, { data: { observationWindowHours: 168 } })).status()).toBe(200);
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  await page.goto(`/lanes/${lane.slug}`);
  await page.locator("summary", { hasText: "Plan release" }).click();
  const plan = page.getByRole("form", { name: "Plan release" });
  await plan.getByLabel("Version label").fill("r1");
  await plan.getByRole("button", { name: "Plan release" }).click();
  await expect(plan.getByText("This version label is taken in this lane")).toBeVisible();
  await expect(plan.getByRole("alert")).toContainText("already has a release r1");
  await plan.getByLabel("Version label").fill("bad label!");
  await plan.getByRole("button", { name: "Plan release" }).click();
  await expect(plan.getByText("Use letters, digits, dots, dashes, underscores or plus signs")).toBeVisible();
  await shot("plan-release-errors");

  await page.goto(`/lanes/${lane.slug}/releases/r2`);
  await page.locator("summary", { hasText: "Deploy" }).click();
  const deploy = page.getByRole("form", { name: "Deploy release r2" });
  await deploy.getByLabel("Observation window (hours)").fill("0");
  await deploy.getByRole("button", { name: "Deploy r2" }).click();
  await expect(deploy.getByText("The observation window is at least 1 hour")).toBeVisible();
  await shot("deploy-errors");

  await page.goto(`/lanes/${lane.slug}/releases/r1`);
  await page.locator("summary", { hasText: "Add measurement" }).click();
  const measurement = page.getByRole("form", { name: "Add measurement to r1" });
  await measurement.getByLabel("Taken at (UTC)").fill("");
  await measurement.getByRole("button", { name: "Record measurement" }).click();
  await expect(measurement.getByText("Choose the KPI this value measures")).toBeVisible();
  await expect(measurement.getByText("Give the measured value as a number")).toBeVisible();
  await expect(measurement.getByText(/Give a date and time/)).toBeVisible();
  await expect(measurement.getByLabel("Value")).toHaveAttribute("aria-invalid", "true");
  await shot("measurement-errors");

  await page.locator("summary", { hasText: "Add incident" }).click();
  const incident = page.getByRole("form", { name: "Add incident to r1" });
  await incident.getByLabel("Reference").fill("INC-1");
  await incident.getByLabel("Title").fill("Slow dashboards");
  await incident.getByLabel("Opened at (UTC)").fill(utcLocal(new Date(Date.now() - HOUR_MS)));
  await incident.getByLabel("Resolved at (UTC, empty if open)").fill(utcLocal(new Date(Date.now() - 2 * HOUR_MS)));
  await incident.getByRole("button", { name: "Record incident" }).click();
  await expect(incident.getByText("The incident cannot be resolved before it was opened")).toBeVisible();
  await shot("incident-errors");

  await page.locator("summary", { hasText: "Add regression" }).click();
  const regression = page.getByRole("form", { name: "Add regression to r1" });
  await regression.getByRole("button", { name: "Record regression" }).click();
  await expect(regression.getByText("Summarise the regression in at least 3 characters")).toBeVisible();
  await regression.getByLabel("Summary").fill("Sort spill");
  await regression.getByLabel("Detected at (UTC)").fill(utcLocal(new Date(Date.now() - HOUR_MS)));
  await regression
    .getByLabel("Recovered at (UTC, empty if not yet)")
    .fill(utcLocal(new Date(Date.now() - 2 * HOUR_MS)));
  await regression.getByRole("button", { name: "Record regression" }).click();
  await expect(regression.getByText("Recovery cannot come before detection")).toBeVisible();
  await shot("regression-errors");

  const release = await (await request.get(`/api/v1/lanes/${lane.slug}/readiness`)).json();
  expect(release.releases.find((r: { versionLabel: string }) => r.versionLabel === "r2")?.status).toBe("PLANNED");
  await page.reload();
  await expect(page.getByText("No measurements recorded.")).toBeVisible();
  await expect(page.getByText("None linked.")).toBeVisible();
});

test("a stale edit is refused, keeps the user's input and shows what changed", async ({ page, request }, testInfo) => {
  const lane = await releaseLane(request, "Stale lane");
  const base = `/api/v1/lanes/${lane.slug}/releases`;
  expect(
    (await request.post(base, { data: { versionLabel: "r1", engineVersion: "DataFusion 53.1.0" } })).status(),
  ).toBe(201);
  await page.goto(`/lanes/${lane.slug}/releases/r1`);
  await page.locator("summary", { hasText: "Edit release" }).click();
  const form = page.getByRole("form", { name: "Edit release r1" });
  await form.getByLabel("Notes").fill("Canary on 10% of partitions");

  // Someone else saves first.
  expect(
    (await request.patch(`${base}/r1`, { data: { version: 1, engineVersion: "DataFusion 54.0.0-rc1" } })).status(),
  ).toBe(200);

  await form.getByRole("button", { name: "Save release" }).click();
  const alert = form.getByRole("alert");
  await expect(alert).toContainText("changed by someone else");
  await expect(alert).toContainText("Engine version: was DataFusion 53.1.0, now DataFusion 54.0.0-rc1");
  await expect(form.getByLabel("Notes")).toHaveValue("Canary on 10% of partitions");
  await page.screenshot({ path: testInfo.outputPath("stale-edit.png"), fullPage: true });

  // Re-applying the change on top of what changed saves it.
  await form.getByLabel("Engine version").fill("DataFusion 54.0.0-rc1");
  await form.getByRole("button", { name: "Save release" }).click();
  await expect(form).toBeHidden();
  await expect(page.locator('[data-release="r1"]')).toContainText("DataFusion 54.0.0-rc1");
});
