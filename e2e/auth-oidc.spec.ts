import { expect, test } from "@playwright/test";
import { expectSignedInAs } from "./auth-helpers";

// scripts/run-e2e.mjs runs a real OpenID Connect provider (oidc-provider) on loopback and starts
// the app with OIDC_ISSUER/OIDC_CLIENT_ID/OIDC_CLIENT_SECRET pointing at it.
test.use({ storageState: { cookies: [], origins: [] } });

test("signs in through the OpenID Connect provider; a new SSO person can read but not change", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Northwind SSO" }).click();
  // The provider's own login and consent pages (authorization code flow with PKCE).
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill("oidc.tester");
  await page.locator('input[name="password"]').fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expectSignedInAs(page, "Olivia Tester");
  await expect(page.getByTestId("viewer")).toContainText("Stakeholder");
  await expect(page.getByRole("link", { name: "People" })).toHaveCount(0);
});
