import { expect, test, type APIRequestContext } from "@playwright/test";
import { createLane, READY_LANE, recordDrill, walkToStage } from "./factories/lanes";
import { openSection } from "./support/manage-panel";

// The one-lane rule is the organisation's, not a lane's: "while no lane is READY, at most one lane
// runs at Canary or beyond". To see it refuse, this spec drops every READY lane to HOLD for a moment
// (a slow drill), whoever made it, and restores each one (a fast drill) before it ends. That would
// break any spec moving a lane to Canary at the same time, so it runs alone, in the "org" project,
// before the parallel "chromium" project starts (playwright.config.ts).

test.describe.configure({ mode: "serial", timeout: 180_000 });

const utcLocal = (date: Date) => date.toISOString().slice(0, 16);

type Overview = { lanes: { slug: string; verdict: string }[] };
async function readyLanes(request: APIRequestContext): Promise<string[]> {
  const res = await request.get("/api/v1/lanes");
  expect(res.status()).toBe(200);
  return ((await res.json()) as Overview).lanes.filter((l) => l.verdict === "READY").map((l) => l.slug);
}

/** Longer than any lane's recovery limit (at most a day): the latest drill is too slow, the lane holds. */
const SLOW_DRILL_SECONDS = 2 * 86_400;
/** Within the recovery limit of every lane the suite makes (15 minutes by default): READY again. */
const FAST_DRILL_SECONDS = 60;

test("the one-lane rule: with no READY lane, a second lane is refused CANARY; the readiness page follows without a reload", async ({
  page,
  context,
  request,
}, testInfo) => {
  // This spec's own READY lane (the rule is lifted at the start, whatever else exists), and the
  // lane it will try to move.
  const ready = await createLane(request, { ...READY_LANE, prefix: "one-lane-ready" });
  const second = await createLane(request, { prefix: "one-lane-second" });
  const overview = await context.newPage();
  await overview.goto("/");
  await expect(overview.getByRole("region", { name: "One-lane rule" })).toContainText("lifted");

  // Its own lane drops to HOLD in the browser, when its latest rollback drill is too slow ...
  await page.goto(`/lanes/${ready.slug}`);
  const drill = (await openSection(page, "Record rollback drill")).getByRole("form", { name: "Record drill" });
  await drill.getByLabel("Performed at (UTC)").fill(utcLocal(new Date(Date.now() - 60_000)));
  await drill.getByLabel("Recovery time").fill(String(SLOW_DRILL_SECONDS));
  await drill.getByRole("button", { name: "Record drill" }).click();
  await expect(page.locator("main header").first()).toContainText("HOLD");
  // ... and so does every other READY lane (the demo's, other runs'), through the API.
  const others = await readyLanes(request);
  for (const slug of others) await recordDrill(request, slug, SLOW_DRILL_SECONDS, 1);
  const bent = [ready.slug, ...others];
  expect(await readyLanes(request)).toEqual([]);
  try {
    // Someone holds the one Canary slot: a lane of this spec's moves there if nobody else does
    // (the move passes when the slot is free, and is recorded as an override when it is not).
    const holder = await createLane(request, { prefix: "one-lane-holder" });
    await walkToStage(request, holder.slug, "CANARY");

    await page.goto(`/lanes/${second.slug}`);
    const form = (await openSection(page, "Change stage, pause or retire")).getByRole("form", {
      name: "Change stage",
    });
    await form.getByLabel("Move to").selectOption({ label: "Shadow" });
    await form.getByLabel("Reason", { exact: true }).fill("Shadow traffic first");
    await form.getByRole("button", { name: "Move stage" }).click();
    await expect(page.locator("header").getByText("Shadow", { exact: true })).toBeVisible();
    const again = (await openSection(page, "Change stage, pause or retire")).getByRole("form", {
      name: "Change stage",
    });
    await again.getByLabel("Move to").selectOption({ label: "Canary" });
    await again.getByRole("button", { name: "Move stage" }).click();
    const alert = again.getByRole("alert");
    await expect(alert).toContainText(
      "One-lane rule: while no lane is READY, only one lane may run at Canary or beyond",
    );
    await expect(alert).toContainText("Rule: ONE_LANE_RULE");
    await page.screenshot({ path: testInfo.outputPath("stage-one-lane-refused.png"), fullPage: true });

    // The open readiness page polls: the rule is back in force there without a reload.
    await expect(overview.getByRole("region", { name: "One-lane rule" })).not.toContainText("lifted", {
      timeout: 20_000,
    });
    await overview.screenshot({ path: testInfo.outputPath("readiness-polled.png"), fullPage: true });
  } finally {
    // Restore the organisation: a fresh, fast drill makes each bent lane READY again.
    for (const slug of bent) await recordDrill(request, slug, FAST_DRILL_SECONDS, 0);
  }
  await page.goto(`/lanes/${ready.slug}`);
  await expect(page.locator("main header").first()).toContainText("READY");
  expect((await readyLanes(request)).sort()).toEqual([...bent].sort());
});
