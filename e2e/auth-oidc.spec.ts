import { expect as baseExpect, test } from "@playwright/test";
import { expectSignedInAs } from "./auth-helpers";

// Sign-ins hash with scrypt on purpose and the CI machine is shared: generous waits, same assertions.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

// scripts/run-e2e.mjs runs a real OpenID Connect provider (oidc-provider) on loopback and starts
// the app with OIDC_ISSUER/OIDC_CLIENT_ID/OIDC_CLIENT_SECRET pointing at it.
test.use({ storageState: { cookies: [], origins: [] } });

test("signs in through the OpenID Connect provider; a new SSO person can read but not change", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Northwind SSO" }).click();
  // The provider's own login and consent pages (authorization code flow with PKCE).
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.getByPlaceholder("Enter any login").fill("oidc.tester");
  await page.getByPlaceholder("and password").fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expectSignedInAs(page, "Olivia Tester");
  await expect(page.getByTestId("viewer")).toContainText("Stakeholder");
  await expect(page.getByRole("link", { name: "People" })).toHaveCount(0);
});
