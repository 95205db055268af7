import { test as setup } from "@playwright/test";
import { DEMO, STORAGE, expectSignedInAs, signIn } from "./auth-helpers";

// Signs in once per role and saves the cookies; the chromium project uses the lead's by default.
const PEOPLE = [
  { key: "lead", email: DEMO.lead, name: "Priya Raman" },
  { key: "stakeholder", email: DEMO.stakeholder, name: "Grace Kim" },
  { key: "owner", email: DEMO.owner, name: "Lena Okafor" },
] as const;

// Password hashing is deliberately slow (scrypt) and CI machines are shared: allow time.
setup.describe.configure({ timeout: 120_000 });

for (const person of PEOPLE) {
  setup(`sign in as ${person.key}`, async ({ page }) => {
    await signIn(page, person.email);
    await page.waitForURL("/", { timeout: 60_000 });
    await expectSignedInAs(page, person.name);
    await page.context().storageState({ path: STORAGE[person.key] });
  });
}
