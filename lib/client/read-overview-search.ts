import { type TOverviewQuery, ZOverviewQuery } from "@/lib/schemas/readiness";

/**
 * The overview's filters from a URL's search parameters; anything invalid falls back to its default.
 * With zod: the server page reads every request with it, the browser loads it only for an address
 * the page has not read or written itself (components/lanes/readiness-overview.tsx).
 */
export function readOverviewSearch(params: URLSearchParams): TOverviewQuery {
  const parsed = ZOverviewQuery.safeParse(Object.fromEntries(params));
  if (parsed.success) return parsed.data;
  const kept: Record<string, string> = {};
  for (const [key, value] of params) {
    if (ZOverviewQuery.shape[key as keyof typeof ZOverviewQuery.shape]?.safeParse(value).success) kept[key] = value;
  }
  return ZOverviewQuery.safeParse(kept).data ?? ZOverviewQuery.parse({});
}
