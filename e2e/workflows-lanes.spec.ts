import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { createLane, READY_LANE } from "./factories/lanes";
import { manage, openSection } from "./support/manage-panel";

// One lane's life in the browser, on lanes this file builds itself (the API factory); the demo lanes
// are neither read nor changed. The tests share one lane, so they run in order in one worker; other
// files run beside them. The one-lane rule's refusal is in one-lane-rule.spec.ts (project "alone").

const shot = (page: Page, info: TestInfo, name: string) =>
  page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
const slug = `orders-dedup-${Date.now().toString(36)}`;

// The machine is shared and has two cores: full-page screenshots of long forms can take seconds.
test.describe.configure({ mode: "serial", timeout: 120_000 });

test("create a lane: the default KPI policy is prefilled, bad input shows field errors, a taken slug is refused next to the field", async ({
  page,
  request,
}, testInfo) => {
  const taken = await createLane(request, { prefix: "taken" });
  await page.goto("/");
  await page.getByRole("link", { name: "New lane" }).click();
  await expect(page).toHaveURL(/\/lanes\/new$/);
  const form = page.getByRole("form", { name: "New lane" });
  await expect(form.getByLabel("Stable releases required")).toHaveValue("2");
  await expect(form.getByLabel("Recovery limit (seconds)")).toHaveValue("900");
  await expect(form.getByLabel("Drill max age (days)")).toHaveValue("90");
  await expect(form.locator('[data-target-row="0"]').getByLabel("KPI key")).toHaveValue("p95_latency_ms");
  await expect(form.locator('[data-target-row="0"]').getByLabel("Target (% better)")).toHaveValue("20");
  await expect(form.locator('[data-target-row="1"]').getByLabel("KPI key")).toHaveValue("result_mismatches");
  await shot(page, testInfo, "new-lane-prefilled");

  // Client-side validation with the handler's schema: nothing is sent, each field says what is wrong.
  await form.getByLabel("Slug").fill("Bad Slug!");
  await form.getByLabel("Recovery limit (seconds)").fill("-5");
  await form.locator('[data-target-row="0"]').getByLabel("Baseline").fill("abc");
  await form.getByRole("button", { name: "Create lane" }).click();
  await expect(form.getByText("A slug is lowercase letters, digits and single dashes")).toBeVisible();
  await expect(form.getByText("Give the lane a name")).toBeVisible();
  await expect(form.getByText("At least 1 second")).toBeVisible();
  await expect(form.getByText("Enter the baseline as a number")).toBeVisible();
  await expect(form.getByLabel("Slug")).toHaveAttribute("aria-invalid", "true");
  await shot(page, testInfo, "new-lane-field-errors");

  // The server's refusal lands next to the field too: the slug of another lane is taken.
  await form.getByLabel("Slug").fill(taken.slug);
  await form.getByLabel("Name").fill("Orders dedup");
  await form.getByLabel("Workload").fill("Nightly de-duplication of the orders fact table");
  await form.getByLabel("Owning team").selectOption({ label: "Customer Data" });
  await form.getByLabel("Engine version").fill("DataFusion 53.1.0");
  await form.getByLabel("Recovery limit (seconds)").fill("900");
  await form.locator('[data-target-row="0"]').getByLabel("Baseline").fill("420");
  await form.getByRole("button", { name: "Create lane" }).click();
  await expect(form.getByText("This slug is taken by another lane")).toBeVisible();
  await expect(form.getByRole("alert")).toContainText("already exists");
  await shot(page, testInfo, "new-lane-slug-taken");

  await form.getByLabel("Slug").fill(slug);
  await form.getByRole("button", { name: "Create lane" }).click();
  await expect(page).toHaveURL(new RegExp(`/lanes/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Orders dedup" })).toBeVisible();
  const targets = page.getByRole("region", { name: "KPI targets and stop conditions" });
  await expect(targets).toContainText("Version 1");
  await expect(targets).toContainText("20% lower than baseline");
  await expect(targets).toContainText("baseline 420 ms");
});

test("assign both owners, then replace one: the history shows who held the role, by whom and why", async ({
  page,
}, testInfo) => {
  await page.goto(`/lanes/${slug}`);
  const section = await openSection(page, "Assign owner");
  const form = section.getByRole("form", { name: "Assign owner" });
  await form.getByRole("button", { name: "Assign owner" }).click();
  await expect(form.getByText("Pick a person", { exact: true })).toBeVisible();
  await expect(form.getByText("Say why, in at least 5 characters")).toBeVisible();
  await shot(page, testInfo, "owner-form-errors");

  const owners = page.getByRole("region", { name: "Accountability" });
  for (const [role, person, reason] of [
    ["Planner owner", "Lena Okafor", "Owns the optimizer rules for joins"],
    ["Executor owner", "Tomás Rivera", "Runs the hash-aggregate operators"],
    ["Executor owner", "Dmitri Volkov", "Tomás moves to the inventory lane"],
  ] as const) {
    await form.getByLabel("Role").selectOption({ label: role });
    await form.getByLabel("Person").selectOption({
      label: `${person} (${person === "Lena Okafor" || person === "Tomás Rivera" ? "Query Engine" : "Runtime"})`,
    });
    await form.getByLabel("Reason", { exact: true }).fill(reason);
    await form.getByRole("button", { name: "Assign owner" }).click();
    await expect(owners).toContainText(`“${reason}”`);
  }
  await expect(owners.locator('[data-role="PLANNER"]')).toContainText("Lena Okafor");
  await expect(owners.locator('[data-role="EXECUTOR"]')).toContainText("Dmitri Volkov");
  await expect(owners).toContainText("Tomás Rivera as executor owner");
  await expect(owners.getByText(/· until /)).toHaveCount(1);
  await shot(page, testInfo, "owners-assigned");
});

test("define targets before the first deployment and write a rollback design with a drill", async ({
  page,
}, testInfo) => {
  await page.goto(`/lanes/${slug}`);
  const targetsSection = await openSection(page, "KPI targets");
  const tForm = targetsSection.getByRole("form", { name: "KPI targets" });
  await expect(tForm).toContainText("Edit version 1 (not frozen yet)");
  await tForm.locator('[data-target-row="0"]').getByLabel("Baseline").fill("400");
  await tForm.locator('[data-target-row="1"]').getByLabel("Stop condition").selectOption("");
  await tForm.locator('[data-target-row="0"]').getByLabel("Stop condition").selectOption("");
  await tForm.getByRole("button", { name: "Save targets" }).click();
  await expect(tForm.getByText("Give at least one KPI a stop condition")).toBeVisible();
  await shot(page, testInfo, "targets-form-error");
  await tForm.locator('[data-target-row="0"]').getByLabel("Stop condition").selectOption("RELATIVE");
  await tForm.locator('[data-target-row="0"]').getByLabel("Stop threshold (% worse)").fill("10");
  await tForm.getByRole("button", { name: "Save targets" }).click();
  await expect(tForm.getByRole("status")).toHaveText("Targets saved.");
  await expect(page.getByRole("region", { name: "KPI targets and stop conditions" })).toContainText("baseline 400 ms");

  const rbSection = await openSection(page, "Rollback design");
  const rb = rbSection.getByRole("form", { name: "Rollback design" });
  await rb.getByLabel("Runbook link").fill("wiki/runbooks/orders");
  await rb.getByRole("button", { name: "Save rollback design" }).click();
  await expect(rb.getByText("Enter a full http(s) link to the runbook")).toBeVisible();
  await expect(rb.getByText("Name what traffic falls back to")).toBeVisible();
  await shot(page, testInfo, "rollback-form-errors");
  await rb.getByLabel("Runbook link").fill("https://wiki.example/runbooks/orders-dedup");
  await rb.getByLabel("Rollback target").fill("Snowflake task ORDERS_DEDUP_NIGHTLY");
  await rb.getByRole("button", { name: "Save rollback design" }).click();
  const card = page.getByRole("region", { name: "Rollback design" }).last();
  await expect(page.locator("#rollback")).toContainText("Snowflake task ORDERS_DEDUP_NIGHTLY");

  const drillSection = await openSection(page, "Record rollback drill");
  const drill = drillSection.getByRole("form", { name: "Record drill" });
  await drill.getByLabel("Recovery time").fill("five minutes");
  await drill.getByRole("button", { name: "Record drill" }).click();
  // The drill date defaults to now (the page's time), like the measurement form.
  await expect(drill.getByLabel("Performed at (UTC)")).not.toHaveValue("");
  await expect(drill.getByText("Enter the recovery time as seconds or mm:ss")).toBeVisible();
  await shot(page, testInfo, "drill-form-errors");
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 16);
  await drill.getByLabel("Performed at (UTC)").fill(yesterday);
  await drill.getByLabel("Recovery time").fill("5:40");
  await drill.getByRole("button", { name: "Record drill" }).click();
  await expect(page.locator("#rollback")).toContainText("recovered in 5 min 40 s");
  await expect(card).toBeVisible();
  await shot(page, testInfo, "rollback-and-drill");
});

test("move stages through the migration; expanding a lane that is not READY is refused with the rule and the fix", async ({
  page,
  request,
}, testInfo) => {
  // Canary is open to a second lane only while some lane is READY (the one-lane rule): this test
  // makes one, so it does not lean on the demo's. Only the "org" project ever drops READY lanes to
  // HOLD, and it runs before this one, never beside it (playwright.config.ts).
  await createLane(request, { ...READY_LANE, prefix: "lifts-one-lane" });
  await page.goto(`/lanes/${slug}`);
  for (const stage of ["Shadow", "Canary", "Production"]) {
    const section = await openSection(page, "Change stage, pause or retire");
    const form = section.getByRole("form", { name: "Change stage" });
    await form.getByLabel("Move to").selectOption({ label: stage });
    await form.getByLabel("Reason", { exact: true }).fill(`Ready for ${stage.toLowerCase()}`);
    await form.getByRole("button", { name: "Move stage" }).click();
    await expect(page.locator("header").getByText(stage, { exact: true })).toBeVisible();
  }
  const section = await openSection(page, "Change stage, pause or retire");
  const form = section.getByRole("form", { name: "Change stage" });
  await form.getByLabel("Move to").selectOption({ label: "Expanded" });
  await form.getByRole("button", { name: "Move stage" }).click();
  const alert = form.getByRole("alert");
  await expect(alert).toContainText("Expansion gate:");
  await expect(alert).toContainText("only a READY lane may move to Expanded");
  await expect(alert).toContainText("How to fix:");
  await expect(alert).toContainText("Rule: EXPANSION_GATE_CLOSED");
  await shot(page, testInfo, "stage-expansion-refused");

  await form.getByLabel("Move to").selectOption({ label: "Paused (pause)" });
  await form.getByLabel("Reason", { exact: true }).fill("Orders team freeze for the holidays");
  await form.getByRole("button", { name: "Move stage" }).click();
  await expect(page.locator("header").getByText("Paused", { exact: true })).toBeVisible();
  await expect(
    (await openSection(page, "Change stage, pause or retire")).getByLabel("Move to").locator("option"),
  ).toHaveText(["Production (resume)", "Retired (retire)"]);
});

test("a stale edit is refused: the second tab sees what changed and keeps its input", async ({ browser }, testInfo) => {
  const a = await browser.newPage();
  const b = await browser.newPage();
  for (const p of [a, b]) {
    await p.goto(`/lanes/${slug}`);
    await openSection(p, "Edit lane");
  }
  const formA = manage(a).getByRole("form", { name: "Edit lane" });
  await formA.getByLabel("Owning team").selectOption({ label: "Web Analytics" });
  await formA.getByRole("button", { name: "Save lane" }).click();
  await expect(formA.getByRole("status")).toContainText("Saved");

  const formB = manage(b).getByRole("form", { name: "Edit lane" });
  await formB.getByLabel("Name").fill("Orders dedup (EU)");
  await formB.getByRole("button", { name: "Save lane" }).click();
  const alert = formB.getByRole("alert");
  await expect(alert).toContainText("changed by someone else");
  await expect(alert).toContainText("Rule: STALE_VERSION");
  await expect(alert).toContainText("Owning team: was customer-data, now web-analytics");
  await expect(formB.getByLabel("Name")).toHaveValue("Orders dedup (EU)");
  await shot(b, testInfo, "stale-edit-refused");
  // Having seen the change, saving again builds on the current version.
  await formB.getByRole("button", { name: "Save lane" }).click();
  await expect(formB.getByRole("status")).toContainText("Saved (version");
  await b.reload();
  await expect(b.getByRole("heading", { level: 1 })).toHaveText("Orders dedup (EU)");
  await a.close();
  await b.close();
});

test("approve expansion of a READY lane as platform lead: stage EXPANDED, the decision and the audit entries appear", async ({
  page,
  request,
}, testInfo) => {
  const ready = await createLane(request, { ...READY_LANE, prefix: "expand", stage: "PRODUCTION" });
  await page.goto(`/lanes/${ready.slug}`);
  const section = await openSection(page, "Expansion decision");
  const form = section.getByRole("form", { name: "Expansion decision" });
  await expect(form).toContainText("It is READY with streak 2/2");
  await form.getByRole("button", { name: "Record decision" }).click();
  await expect(form.getByText("Give a reason of at least 10 characters")).toBeVisible();
  await shot(page, testInfo, "decision-form-error");
  await form.getByLabel("Approve expansion").check();
  await form
    .getByLabel("Reason", { exact: true })
    .fill("Two stable cycles, drill in 6 minutes: expand to the weekly rollups.");
  // Approving moves the stage: the consequence is said and must be confirmed.
  await form.getByRole("checkbox", { name: /Approving moves this lane from Production to Expanded/ }).check();
  await form.getByRole("button", { name: "Record decision" }).click();
  await expect(page.locator("header").getByText("Expanded", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Anti-pattern flags" })).not.toContainText("expanded");
  await shot(page, testInfo, "decision-approved-lane");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decisions" }).click();
  const row = page.locator("tr", { hasText: ready.name }).first();
  await expect(row).toContainText("approved");
  await expect(row).toContainText("READY");
  await expect(row).toContainText("streak 2/2");
  await expect(row).toContainText("expand to the weekly rollups");
  await shot(page, testInfo, "decisions-page");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit" }).click();
  const filters = page.getByRole("form", { name: "Audit filters" });
  await filters.getByLabel("Lane").selectOption(ready.slug);
  await filters.getByLabel("Action").selectOption("decision.approve");
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`lane=${ready.slug}`));
  const event = page.locator("[data-audit-event]").first();
  await expect(event).toContainText("decision.approve");
  await expect(event).toContainText("approved scope expansion");
  await expect(event).toContainText("EXPANDED");
  await shot(page, testInfo, "audit-page");

  await filters.getByLabel("From (date or ISO time)").fill("last tuesday");
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("Use a date (2026-11-01) or an ISO date-time for the start")).toBeVisible();
  await shot(page, testInfo, "audit-filter-error");

  await page.goto(`/audit?lane=${slug}`);
  // create, 3 owner assignments, targets edit, rollback design, drill, 4 stage moves, 2 lane edits: one event each, none for the refusals.
  await expect(page.locator("[data-audit-event]")).toHaveCount(13);
  await expect(page.locator("[data-audit-event]", { hasText: "lane.update" }).first()).toContainText(
    "Orders dedup (EU)",
  );
});
