// en-US is pinned so the grouping separator does not depend on the host locale.
const NUMBER_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

/** "1,480", "0.125"; at most three decimals. */
export function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}
