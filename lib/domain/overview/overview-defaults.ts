import type { SortKey } from "@/lib/domain/overview/filter-lanes";

/**
 * The readiness overview's sort and page when the URL names none: the defaults of ZOverviewQuery
 * (lib/schemas/readiness.ts), kept as plain data so the page can leave them out of its URL without
 * loading zod in the browser.
 */
export const OVERVIEW_DEFAULTS: { sort: SortKey; order: "asc" | "desc"; page: number; pageSize: number } = {
  sort: "verdict",
  order: "asc",
  page: 1,
  pageSize: 50,
};
