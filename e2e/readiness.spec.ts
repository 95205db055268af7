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
  // Other specs add lanes while this one runs (and the page polls every 15 s), so no count is fixed
  // in advance: the page must agree with itself. "N of M lanes" names as many rows as the table
  // shows, each with the chosen verdict; the seeded lanes fix what each filter must keep or drop.
  await page.goto("/");
  // Lane links are looked for in the table only: other sections (plan changes) link lanes too.
  const table = page.getByRole("region", { name: /^Lanes/ });
  const showsOnly = (verdict: string) =>
    expect(async () => {
      const text = (await page.getByText(/^\d+ of \d+ lanes$/).textContent()) ?? "";
      const [, shown, total] = /^(\d+) of (\d+) lanes$/.exec(text) ?? [];
      expect(Number(shown)).toBeLessThanOrEqual(Number(total));
      const rows = await table.locator("tbody tr").all();
      expect(rows).toHaveLength(Number(shown));
      for (const row of rows) await expect(row.getByText(verdict, { exact: true })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });

  await page.getByRole("combobox", { name: /^Verdict/ }).selectOption("HOLD");
  await showsOnly("HOLD");
  await expect(table.getByRole("link", { name: "Ad attribution joins", exact: true })).toBeVisible();
  await expect(table.getByRole("link", { name: "Nightly revenue rollup", exact: true })).toHaveCount(0);
  await page.getByRole("combobox", { name: /^Stage/ }).selectOption("CANARY");
  await showsOnly("HOLD");
  await expect(table.getByRole("link", { name: "Ad attribution joins", exact: true })).toBeVisible();
  await expect(table.getByRole("link", { name: "Log search (ad hoc)", exact: true })).toHaveCount(0);
  await expect(table.getByRole("link", { name: "Clickstream sessionization", exact: true })).toHaveCount(0);
  await page.getByRole("combobox", { name: /^Verdict/ }).selectOption("STOP");
  await showsOnly("STOP");
  await expect(table.getByRole("link", { name: "Clickstream sessionization", exact: true })).toBeVisible();
  await expect(table.getByRole("link", { name: "Ad attribution joins", exact: true })).toHaveCount(0);

  await page.getByRole("combobox", { name: /^Verdict/ }).selectOption("");
  await page.getByRole("combobox", { name: /^Stage/ }).selectOption("");
  // Sorted by streak, the first row holds the lowest streak, then the highest (other lanes may add
  // higher streaks than the seed's 2/2).
  const res = await page.request.get("/api/v1/lanes");
  expect(res.status()).toBe(200);
  const streaks = ((await res.json()) as { lanes: { streak: number }[] }).lanes;
  const [low, high] = [Math.min(...streaks.map((l) => l.streak)), Math.max(...streaks.map((l) => l.streak))];
  const firstStreak = () =>
    table
      .locator("tbody tr")
      .first()
      .getByRole("cell", { name: / of \d+ stable releases$/ });
  await page.getByRole("button", { name: /Streak/ }).click();
  await expect(firstStreak()).toHaveAccessibleName(new RegExp(`^${low} of \\d+ stable releases$`));
  await page.getByRole("button", { name: /Streak/ }).click();
  await expect(firstStreak()).toHaveAccessibleName(new RegExp(`^${high} of \\d+ stable releases$`));
});
