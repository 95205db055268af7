import type { TOverviewQuery } from "@/lib/schemas/readiness";
import { OVERVIEW_DEFAULTS } from "@/lib/domain/overview/overview-defaults";

/** The search string of a query, defaults left out so shared links stay short ("" for all defaults). */
export function toOverviewSearch(query: TOverviewQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (OVERVIEW_DEFAULTS[key as keyof typeof OVERVIEW_DEFAULTS] === value) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
