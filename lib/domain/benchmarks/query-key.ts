/**
 * One key for the names a query goes by: a plan pushed as `q5`, a dfbench case `Query 5`, a
 * criterion benchmark `tpch/Q05_sf1` and a ClickBench row `Q5` all read `q5`; other names are
 * lowercased without punctuation (`revenue_by_region` -> `revenuebyregion`).
 */
export function queryKey(name: string): string {
  const base = (name.split("/").pop() ?? name).toLowerCase().replace(/_sf\d+(\.\d+)?$/, "");
  const numbered = /^(?:q|query)[\s_-]*0*(\d+)$/.exec(base.trim());
  return numbered ? `q${numbered[1]}` : base.replace(/[^a-z0-9]/g, "");
}
