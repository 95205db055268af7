import { expect as baseExpect, type Page } from "@playwright/test";

const expect = baseExpect.configure({ timeout: 30_000 });

/** Every demo person's password (lib/server/seed/seed-demo-credentials.ts). */
export const DEMO_PASSWORD = "lanegate-demo";

export const DEMO = {
  lead: "priya.raman@northwind.example",
  stakeholder: "grace.kim@northwind.example",
  // Planner owner of nightly-revenue-rollup in the demo seed.
  owner: "lena.okafor@northwind.example",
} as const;

/** Saved sign-ins from the `setup` project, for `test.use({ storageState: STORAGE.stakeholder })`. */
export const STORAGE = {
  lead: "e2e/.auth/lead.json",
  stakeholder: "e2e/.auth/stakeholder.json",
  owner: "e2e/.auth/owner.json",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export async function expectSignedInAs(page: Page, name: string) {
  await expect(page.getByTestId("viewer")).toContainText(name);
}
