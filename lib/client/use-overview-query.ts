"use client";

import { useEffect, useState } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import type { TOverviewQuery } from "@/lib/schemas/readiness";
import { toOverviewSearch } from "@/lib/client/overview-search";

/**
 * Queries the page has written into its URL, by search string ("verdict=HOLD&page=2"). Kept across
 * mounts, so coming Back to an address the page wrote needs no parsing either.
 */
const written = new Map<string, TOverviewQuery>();

/**
 * The readiness overview's query, with the URL as its one source (shareable; Back and Forward and
 * links to `/` follow it). The address the server rendered comes with the query the server read
 * from it (`initial`, read with ZOverviewQuery), and every address the page writes comes from a
 * query it already has, so zod is not needed in the browser to know where the page is. Only an
 * address neither made (rare: a repeated parameter, an edit by hand the server has not seen yet)
 * loads the schema to read it; until then the page shows the query it had.
 */
export function useOverviewQuery(initial: { params: string; query: TOverviewQuery }) {
  const pathname = usePathname();
  const params = useSearchParams().toString();
  const [read, setRead] = useState<{ params: string; query: TOverviewQuery } | null>(null);
  const known =
    params === initial.params
      ? initial.query
      : (written.get(params) ?? (read?.params === params ? read.query : undefined));
  const missing = known === undefined;
  useEffect(() => {
    if (!missing) return;
    let current = true;
    void import("@/lib/client/read-overview-search").then(({ readOverviewSearch }) => {
      if (current) setRead({ params, query: readOverviewSearch(new URLSearchParams(params)) });
    });
    return () => {
      current = false;
    };
  }, [params, missing]);
  const query = known ?? read?.query ?? initial.query;
  // Next keeps useSearchParams in step with the History API, without a server round trip.
  const setQuery = (next: TOverviewQuery) => {
    const search = toOverviewSearch(next);
    written.set(search.slice(1), next);
    window.history.replaceState(null, "", `${pathname}${search}`);
  };
  return [query, setQuery] as const;
}
