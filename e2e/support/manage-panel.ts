// The lane page's "Manage" panel: one <details> section per write (stage, owners, targets, ...).
import type { Page } from "@playwright/test";

export const manage = (page: Page) => page.getByRole("region", { name: "Manage" });

/** Opens the section titled `title` (if it is closed) and returns it. */
export async function openSection(page: Page, title: string) {
  const summary = manage(page).locator("summary", { hasText: title });
  const details = summary.locator("..");
  if ((await details.getAttribute("open")) === null) await summary.click();
  return details;
}
