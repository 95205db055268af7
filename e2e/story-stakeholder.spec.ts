import { readFileSync } from "node:fs";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { STORAGE } from "./auth-helpers";
import { sql } from "./support/db";
import { apiOk, savedCookie, uniq } from "./support/http-session";
import { relativeLatency } from "../tests/factories/inputs";

// The stakeholder's whole job in the UI: follow a lane, learn in the inbox what changed and why,
// read the team's roll-up and take it away as a spreadsheet. The lead's changes that make the
// news go through the API, as a pipeline or another person would make them.
test.use({ storageState: STORAGE.stakeholder });
test.describe.configure({ timeout: 180_000 });

const LATENCY = relativeLatency(1000);

const id = uniq();
const team = { slug: `story-team-${id}`, name: `Story team ${id}` };
const lane = { slug: `story-${id}`, name: `Story lane ${id}` };
const label = "2026.12.1";

async function shotBoth(page: Page, info: TestInfo, name: string) {
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    // At phone width nothing may scroll sideways.
    if (width === 390)
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        `${name} scrolls sideways at 390 px`,
      ).toBeLessThanOrEqual(0);
    await page.screenshot({ path: info.outputPath(`${name}-${width}.png`), fullPage: true });
    // What a phone shows first, without scrolling.
    if (width === 390) await page.screenshot({ path: info.outputPath(`${name}-${width}-first-screen.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.beforeAll(async () => {
  const lead = savedCookie(STORAGE.lead);
  await apiOk(lead, "POST", "/api/v1/teams", team);
  await apiOk(lead, "POST", "/api/v1/lanes", {
    slug: lane.slug,
    name: lane.name,
    workload: "Hourly refresh of the orders dashboard",
    team: team.slug,
    engineVersion: "DataFusion 53.1.0",
    requiredStableReleases: 2,
    recoveryLimitSeconds: 900,
    drillMaxAgeDays: 90,
    targets: [LATENCY],
  });
  await apiOk(lead, "POST", `/api/v1/lanes/${lane.slug}/stage`, { toStage: "SHADOW", reason: "Shadow runs begin" });
  await apiOk(lead, "POST", `/api/v1/lanes/${lane.slug}/releases`, {
    versionLabel: label,
    engineVersion: "DataFusion 53.1.0",
  });
  await apiOk(lead, "POST", `/api/v1/lanes/${lane.slug}/releases/${label}/deploy`, { observationWindowHours: 168 });
});

// Specs that count lanes by verdict must not see this one after the story.
test.afterAll(async () => {
  await sql(`DELETE FROM "Lane" WHERE slug = $1`, [lane.slug]);
});

test("a stakeholder follows a lane, reads what changed and why in the inbox, and exports the team's roll-up", async ({
  page,
}, testInfo) => {
  // 1. Follow the lane from its page.
  await page.goto(`/lanes/${lane.slug}`);
  const follow = page.getByRole("button", { name: "Follow", exact: true });
  await follow.click();
  await expect(page.getByRole("button", { name: "Following ✓" })).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(page.getByRole("button", { name: "Following ✓" })).toBeVisible();
  await page.goto("/inbox");
  await expect(page.getByTestId("inbox-summary")).toContainText("0 unseen");
  await expect(page.getByTestId("inbox-summary")).toContainText(lane.name);

  // 2. The lead records a measurement that breaches the stop condition: the verdict changes.
  const lead = savedCookie(STORAGE.lead);
  await apiOk(lead, "POST", `/api/v1/lanes/${lane.slug}/releases/${label}/measurements`, {
    kpiKey: "p95_latency_ms",
    value: 1500,
    source: "PRODUCTION",
    takenAt: new Date(Date.now() - 60_000).toISOString(),
  });

  // 3. The nav counts it; the inbox shows the change with its cause, marked new.
  await page.goto("/inbox");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: /^Inbox, \d+ unseen$/ })).toBeVisible();
  const newest = page.getByRole("list", { name: "Readiness changes" }).getByRole("listitem").first();
  await expect(newest).toContainText(lane.name);
  await expect(newest).toContainText("HOLD → STOP");
  await expect(newest).toContainText("p95_latency_ms = 1500 (production) recorded for release 2026.12.1");
  await expect(newest).toHaveAttribute("data-unseen", "true");
  await shotBoth(page, testInfo, "inbox");
  await page.getByRole("button", { name: "Mark all seen" }).click();
  await expect(page.getByTestId("inbox-summary")).toContainText("0 unseen");
  await expect(newest).not.toHaveAttribute("data-unseen", "true");
  await expect(nav.getByRole("link", { name: "Inbox", exact: true })).toBeVisible();

  // 4. The team's roll-up: the lane with its verdict, and the Four Keys in the gate's terms.
  await nav.getByRole("link", { name: "Teams" }).click();
  await expect(page.getByRole("link", { name: team.name })).toBeVisible();
  await shotBoth(page, testInfo, "teams");
  await page.getByRole("link", { name: team.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: team.name })).toBeVisible();
  const card = page.locator(`[data-lane="${lane.slug}"]`);
  await expect(card).toContainText("STOP");
  await expect(card).toContainText("streak 0/2");
  await expect(card).toContainText("50% worse vs baseline");
  // The stop breach closed the release at once: one closed release, unstable.
  await expect(page.getByTestId("kpi-change-failure")).toContainText("100%");
  await expect(page.getByTestId("kpi-change-failure")).toContainText("1 unstable of 1 closed releases");
  await expect(page.getByTestId("kpi-verdicts")).toContainText("0 ready");
  await shotBoth(page, testInfo, "team-rollup");

  // 5. Export it: the CSV holds the lane's row and the team's total.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^team-${team.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toContain("scope,team,lane,slug,stage,verdict,streak");
  expect(lines.find((l) => l.startsWith("lane,"))).toContain(`${lane.name},${lane.slug},SHADOW,STOP,0,2`);
  expect(lines.find((l) => l.startsWith("team,"))).toContain(`${team.name},,${team.slug}`);
});

test("trends keep a date range in the URL: only the releases deployed in it are charted", async ({
  page,
}, testInfo) => {
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  // The demo's nightly lane deployed releases 78, 50 and 24 days ago.
  await page.goto(`/lanes/nightly-revenue-rollup?from=${day(60)}&to=${day(30)}`);
  const chart = page.locator('figure[data-chart="kpi-p95_latency_ms"]');
  await chart.getByText("Show data table").click();
  const rows = await chart
    .getByRole("table")
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? "").trim())));
  expect(rows.map((r) => [r[0], r.at(-1)])).toEqual([["2026.10.1", "22.9% better"]]);
  const range = page.getByRole("form", { name: "Trend date range" });
  await expect(range.getByLabel("From")).toHaveValue(day(60));
  await expect(
    page.getByRole("button", { name: "Following ✓" }).or(page.getByRole("button", { name: "Follow" })),
  ).toBeVisible();
  await shotBoth(page, testInfo, "lane-trends-range");
  await range.getByRole("link", { name: "All time" }).click();
  await expect(page).not.toHaveURL(/from=/);
  await chart.getByText("Show data table").click();
  await expect(chart.getByRole("table").locator("tbody tr")).toHaveCount(3);
});

test("the comparison and the audit trail read for people, at both widths", async ({ page }, testInfo) => {
  await page.goto("/compare?kpi=p95_latency_ms&sort=improvement");
  const rows = page.getByRole("list", { name: "p95 latency by lane" }).getByRole("listitem");
  await expect(rows.first()).toBeVisible();
  await expect(page.locator('[data-lane="nightly-revenue-rollup"]').getByTestId("improvement")).toContainText(
    /\d+(\.\d)?% better/,
  );
  // The view is in the URL: another sort is another link.
  await page.getByLabel("Sort by").selectOption("lane");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/sort=lane/);
  await shotBoth(page, testInfo, "compare");

  await page.goto("/audit?lane=nightly-revenue-rollup");
  const events = page.locator("[data-audit-event]");
  await expect(events.first()).toBeVisible();
  // Newest first, by time as well as by id.
  const times = await page
    .locator("[data-audit-event] time")
    .evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
  expect(times.length).toBeGreaterThan(5);
  expect([...times].sort().reverse()).toEqual(times);
  // Filters are pickers of values that exist; each event is a sentence with names, the raw diff one click away.
  await expect(page.getByLabel("Actor").locator("option", { hasText: "Priya Raman" })).toHaveCount(1);
  await expect(page.getByLabel("Action").locator("option", { hasText: "stage.change" })).toHaveCount(1);
  await shotBoth(page, testInfo, "audit");
  await page.getByLabel("Action").selectOption("owner.assign");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=owner\.assign/);
  const assignment = page.locator("[data-audit-event]", { hasText: "Lena Okafor as planner owner" });
  await expect(assignment).toHaveCount(1);
  await expect(assignment).toContainText("assigned an owner");
  await assignment.getByText("What changed (before → after)").click();
  await expect(assignment.locator("pre")).toBeVisible();
  await expect(assignment.locator("pre")).toContainText('"role": "PLANNER"');
});
