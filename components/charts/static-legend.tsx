/** A legend for charts whose keys are not one-per-series (Recharts 3 dropped Legend's payload prop). */
export function StaticLegend({
  items,
}: {
  items: { label: string; color: string; kind: "square" | "line" | "dashed" }[];
}) {
  return (
    <ul aria-label="Legend" className="mb-1 flex flex-wrap justify-center gap-x-4 gap-y-1 text-[11px] text-slate-700">
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1.5">
          <span
            aria-hidden
            className={item.kind === "square" ? "inline-block h-2.5 w-2.5" : "inline-block w-4 border-t-2"}
            style={
              item.kind === "square"
                ? { backgroundColor: item.color }
                : { borderColor: item.color, borderTopStyle: item.kind === "dashed" ? "dashed" : "solid" }
            }
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
