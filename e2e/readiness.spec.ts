import { expect, test } from "@playwright/test";

// This spec is about the demo seed: the readiness page shows its seven lanes as seeded. It only
// reads them (no spec writes to a seeded lane), and other specs' lanes may be listed beside them.

const EXPECTED = [
  ["Nightly revenue rollup", "READY", "2/2"],
  ["Ad attribution joins", "HOLD", "1/2"],
  ["Clickstream sessionization", "STOP", "0/2"],
  ["Log search (ad hoc)", "HOLD", "0/2"],
  ["Inventory snapshot ETL", "HOLD", "1/2"],
  ["Customer 360 enrichment", "HOLD", "1/2"],
  ["Supplier risk scoring", "HOLD", "0/2"],
] as const;

test("the readiness page lists every seeded lane with its verdict, streak and owners", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Readiness" })).toBeVisible();
  for (const [name, verdict, streak] of EXPECTED) {
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByText(verdict, { exact: true })).toBeVisible();
    await expect(row.getByText(streak, { exact: true })).toBeVisible();
  }
  // A missing owner is shown, not hidden.
  const attribution = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Ad attribution joins" }) });
  await expect(attribution.getByText("missing")).toBeVisible();
  await expect(attribution.getByText("One-lane rule overridden")).toBeVisible();
  await expect(page.getByRole("region", { name: "One-lane rule" })).toContainText("lifted");
  await page.screenshot({ path: testInfo.outputPath("readiness.png"), fullPage: true });
});

test("filters by verdict and stage and sorts by column", async ({ page }) => {
  // Other specs add lanes while this one runs, so the expected counts come from the API the page
  // polls, read just before each filter is applied; the seeded lanes fix what each filter must find.
  type Lane = { verdict: string; stage: string; streak: number };
  const lanes = async (): Promise<Lane[]> => {
    const res = await page.request.get("/api/v1/lanes");
    expect(res.status()).toBe(200);
    return ((await res.json()) as { lanes: Lane[] }).lanes;
  };
  const countText = async (keep: (lane: Lane) => boolean) => {
    const all = await lanes();
    return new RegExp(`^${all.filter(keep).length} of ${all.length} lanes$`);
  };

  await page.goto("/");
  // Lane links are looked for in the table only: other sections (plan changes) link lanes too.
  const table = page.getByRole("region", { name: /^Lanes/ });
  await page.getByRole("combobox", { name: /^Verdict/ }).selectOption("HOLD");
  await expect(page.getByText(await countText((l) => l.verdict === "HOLD"))).toBeVisible();
  await expect(table.getByRole("link", { name: "Ad attribution joins", exact: true })).toBeVisible();
  await expect(table.getByRole("link", { name: "Nightly revenue rollup", exact: true })).toHaveCount(0);
  await page.getByRole("combobox", { name: /^Stage/ }).selectOption("CANARY");
  await expect(page.getByText(await countText((l) => l.verdict === "HOLD" && l.stage === "CANARY"))).toBeVisible();
  await expect(table.getByRole("link", { name: "Clickstream sessionization", exact: true })).toHaveCount(0);
  await page.getByRole("combobox", { name: /^Verdict/ }).selectOption("STOP");
  await expect(page.getByText(await countText((l) => l.verdict === "STOP" && l.stage === "CANARY"))).toBeVisible();
  await expect(table.getByRole("link", { name: "Ad attribution joins", exact: true })).toHaveCount(0);

  await page.getByRole("combobox", { name: /^Verdict/ }).selectOption("");
  await page.getByRole("combobox", { name: /^Stage/ }).selectOption("");
  // Sorted by streak, the first row holds the lowest streak, then the highest (other lanes may add
  // higher streaks than the seed's 2/2).
  const streaks = await lanes();
  const [low, high] = [Math.min(...streaks.map((l) => l.streak)), Math.max(...streaks.map((l) => l.streak))];
  await page.getByRole("button", { name: /Streak/ }).click();
  await expect(page.locator("tbody tr").first()).toContainText(new RegExp(`\\b${low}/\\d+`));
  await page.getByRole("button", { name: /Streak/ }).click();
  await expect(page.locator("tbody tr").first()).toContainText(new RegExp(`\\b${high}/\\d+`));
});
