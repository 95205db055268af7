import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { DEMO, STORAGE } from "./auth-helpers";
import { sql } from "./support/db";
import { uniqueSlug } from "./factories/lanes";
import { sameOrigin } from "./support/same-origin";
import { laneFields, relativeLatency } from "../tests/factories/inputs";

// A lane owner's job in the browser: record a release's evidence. The platform lead sets the lane
// up through the API (targets, owners, a planned release); Lena Okafor, its planner owner, then
// uploads the plans, deploys with the foresight the page gives, records measurements and an
// incident, and sees the controls that are not hers explained, not offered.

const plans = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../tests/fixtures/datafusion/plans");
const slug = uniqueSlug("story-owner");
const shot = (page: Page, info: TestInfo, file: string) =>
  page.screenshot({ path: info.outputPath(`${file}.png`), fullPage: true });
const toast = (page: Page) => page.locator("[data-toast]").last();

test.describe.configure({ mode: "serial", timeout: 240_000 });

test.afterAll(async () => {
  await sql(`DELETE FROM "Lane" WHERE slug = $1`, [slug]);
});

test.describe("set up by the lead", () => {
  test.use(sameOrigin);
  test("a lane with targets, two owners and a planned release", async ({ request }) => {
    const [lena] = await sql<{ id: string }>(`SELECT id FROM "user" WHERE email = $1`, [DEMO.owner]);
    const [tomas] = await sql<{ id: string }>(`SELECT id FROM "user" WHERE name = 'Tomás Rivera'`);
    const created = await request.post("/api/v1/lanes", {
      data: {
        slug,
        ...laneFields(`Owner story ${slug.slice(-4)}`, {
          workload: "Daily refund reconciliation",
          team: "finance-data-platform",
        }),
        targets: [relativeLatency(4200)],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const post = (url: string, data: unknown) => request.post(`/api/v1/lanes/${slug}${url}`, { data });
    for (const [role, userId] of [
      ["PLANNER", lena!.id],
      ["EXECUTOR", tomas!.id],
    ] as const)
      expect((await post("/owners", { role, userId, reason: "Accountable for the refunds lane" })).status()).toBe(201);
    expect((await post("/stage", { toStage: "SHADOW", reason: "Shadow runs beside the warehouse" })).status()).toBe(
      200,
    );
    expect((await post("/releases", { versionLabel: "1.0.0", engineVersion: "DataFusion 53.1.0" })).status()).toBe(201);
  });
});

test.describe("the owner", () => {
  test.use({ storageState: STORAGE.owner });

  test("sees what is not theirs explained, and is warned before handing away their role", async ({ page }) => {
    await page.goto(`/lanes/${slug}`);
    await expect(page.getByTestId("viewer")).toContainText("Lena Okafor");
    const manage = page.getByRole("region", { name: "Manage" });
    await manage.locator("summary", { hasText: "Expansion decision" }).click();
    await expect(manage.getByText("Only a platform lead can approve or refuse scope expansion.")).toBeVisible();
    await expect(manage.getByRole("form", { name: "Expansion decision" })).toHaveCount(0);
    await manage.locator("summary", { hasText: "Change stage" }).click();
    await expect(manage.getByText(/Overriding a closed gate: Only a platform lead can override/)).toBeVisible();

    await manage.locator("summary", { hasText: "Assign owner" }).click();
    const owners = manage.getByRole("form", { name: "Assign owner" });
    await owners.getByLabel("Role").selectOption({ label: "Planner owner" });
    await owners.getByLabel("Person").selectOption({ label: "Dmitri Volkov (Runtime)" });
    await owners.getByLabel("Reason", { exact: true }).fill("Handing over the planner role");
    await expect(owners.locator("[data-confirm]")).toContainText("This hands away your last owner role");
    await owners.getByRole("button", { name: "Assign owner" }).click();
    await expect(owners.getByText("Tick the box to confirm")).toBeVisible();
    // Nothing was sent: Lena is still the planner owner.
    await expect(page.getByRole("region", { name: "Accountability" }).locator('[data-role="PLANNER"]')).toContainText(
      "Lena Okafor",
    );
  });

  test("records a release's evidence: plans, deploy with foresight, measurements and an incident", async ({
    page,
  }, testInfo) => {
    await page.goto(`/lanes/${slug}/releases/1.0.0`);
    // Before any plan: the deploy form says the flag it would raise and asks for confirmation.
    await page.locator("summary", { hasText: "Deploy" }).click();
    const deploy = page.getByRole("form", { name: "Deploy release 1.0.0" });
    await expect(deploy.locator('[data-foresight-code="OBSERVABILITY_LATE"]')).toContainText("No plan snapshot exists");
    await shot(page, testInfo, "owner-deploy-foresight-flag");
    await page.locator("summary", { hasText: "Deploy" }).click();

    const form = page.getByRole("form", { name: "Add plans to 1.0.0" });
    await form.getByLabel(/Upload EXPLAIN files/).setInputFiles([
      {
        name: "refunds_by_day.txt",
        mimeType: "text/plain",
        buffer: readFileSync(path.join(plans, "indent-joins-1.txt")),
      },
      {
        name: "refund_lookup.txt",
        mimeType: "text/plain",
        buffer: readFileSync(path.join(plans, "indent-aggregate-1.txt")),
      },
    ]);
    await expect(form.locator('[data-plan-row="0"]').getByLabel("Query name")).toHaveValue("refunds_by_day");
    await expect(form.locator('[data-plan-row="1"]').getByLabel("Query name")).toHaveValue("refund_lookup");
    await form.getByRole("button", { name: "Store plans" }).click();
    await expect(page.locator("[data-plans-stored]")).toContainText("refunds_by_day");
    await expect(page.locator("#release-plans")).toContainText("refund_lookup");

    await page.locator("summary", { hasText: "Deploy" }).click();
    await expect(deploy.getByTestId("deploy-foresight")).toContainText("No flag or gate reason will be raised");
    await deploy.getByRole("button", { name: "Deploy 1.0.0" }).click();
    await expect(toast(page)).toHaveText("Release 1.0.0 deployed: its observation window is open.");

    await page.locator("summary", { hasText: "Add measurement" }).click();
    const measure = page.getByRole("form", { name: "Add measurement to 1.0.0" });
    await measure.getByLabel("KPI").selectOption({ label: "p95 latency (ms)" });
    await measure.getByLabel("Value").fill("3,020 ms");
    await measure.getByLabel("Source").selectOption({ label: "production" });
    await measure.getByRole("button", { name: "Record measurement" }).click();
    await expect(toast(page)).toHaveText("Measurement recorded.");
    const kpi = page.locator('[data-kpi="p95_latency_ms"]');
    await expect(kpi).toContainText("3,020 ms");
    await expect(kpi).toContainText("≤ 3,360 ms");
    await expect(kpi).toContainText("pass");
    await expect(page.locator("[data-measurement]")).toContainText("p95 latency 3,020 ms (production");

    await page.locator("summary", { hasText: "Add incident" }).click();
    const incident = page.getByRole("form", { name: "Add incident to 1.0.0" });
    await incident.getByLabel("Reference").fill("INC-4100");
    await incident.getByLabel("Title").fill("Refund totals late by 20 minutes");
    await incident.getByRole("button", { name: "Record incident" }).click();
    await expect(toast(page)).toHaveText("Incident recorded.");
    await expect(page.locator('[data-incident="INC-4100"]')).toContainText("P3");

    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.goto(`/lanes/${slug}`);
      await expect(page.locator("main header").first().locator("[data-verdict]")).toBeInViewport();
      await shot(page, testInfo, `owner-lane-${width}`);
      await page.goto(`/lanes/${slug}/releases/1.0.0`);
      await shot(page, testInfo, `owner-release-${width}`);
    }
  });
});

test.describe("a stakeholder", () => {
  test.use({ storageState: STORAGE.stakeholder });

  test("reads the same pages, with every control replaced by who can act", async ({ page }, testInfo) => {
    await page.goto(`/lanes/${slug}`);
    await expect(page.getByTestId("viewer")).toContainText("Grace Kim");
    await expect(page.getByRole("region", { name: "Manage" })).toContainText(
      "Only a platform lead or this lane's owners (Lena Okafor, Tomás Rivera) can edit a lane, pause or retire it",
    );
    await expect(page.locator("#pipeline")).toContainText(
      "Tokens: Only a platform lead or this lane's owners (Lena Okafor, Tomás Rivera) can create and revoke CI tokens",
    );
    await page.goto(`/lanes/${slug}/releases/1.0.0`);
    await expect(page.getByRole("region", { name: "Add query plans" })).toContainText(
      "Only a platform lead or this lane's owners (Lena Okafor, Tomás Rivera) can push benchmark runs and plan snapshots.",
    );
    await expect(page.locator("summary", { hasText: "Add measurement" })).toHaveCount(0);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.goto(`/lanes/${slug}`);
      await shot(page, testInfo, `stakeholder-lane-${width}`);
      await page.goto(`/lanes/${slug}/releases/1.0.0`);
      await shot(page, testInfo, `stakeholder-release-${width}`);
    }
  });
});
