import { type TOverviewQuery, ZOverviewQuery } from "@/lib/schemas/readiness";

const DEFAULTS = ZOverviewQuery.parse({});

/** The overview's filters from a URL's search parameters; anything invalid falls back to its default. */
export function readOverviewSearch(params: URLSearchParams): TOverviewQuery {
  const parsed = ZOverviewQuery.safeParse(Object.fromEntries(params));
  if (parsed.success) return parsed.data;
  const kept: Record<string, string> = {};
  for (const [key, value] of params) {
    if (ZOverviewQuery.shape[key as keyof typeof ZOverviewQuery.shape]?.safeParse(value).success) kept[key] = value;
  }
  return ZOverviewQuery.safeParse(kept).data ?? DEFAULTS;
}

/** The search string of a query, defaults left out so shared links stay short ("" for all defaults). */
export function toOverviewSearch(query: TOverviewQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (DEFAULTS[key as keyof TOverviewQuery] === value) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
