import type { OrgRuleState } from "@/lib/domain/readiness/evaluate-org-rule";

/** The organisation's one-lane rule: at most one lane at CANARY or beyond until a lane is READY. */
export function OrgRuleBanner({ rule, lanes }: { rule: OrgRuleState; lanes: { slug: string; name: string }[] }) {
  const name = (slug: string) => lanes.find((l) => l.slug === slug)?.name ?? slug;
  const beyond = rule.lanesAtCanaryOrBeyond.map(name).join(", ") || "none";
  const tone = rule.violated
    ? "border-red-300 bg-red-50 text-red-900"
    : rule.anyReady
      ? "border-emerald-300 bg-emerald-50 text-emerald-900"
      : "border-amber-300 bg-amber-50 text-amber-900";
  return (
    <section aria-label="One-lane rule" className={`rounded-lg border px-4 py-3 text-sm ${tone}`}>
      <p className="font-medium">
        One-lane rule:{" "}
        {rule.anyReady
          ? "lifted — a lane has reached READY, so more lanes may enter canary."
          : rule.violated
            ? `violated — ${rule.lanesAtCanaryOrBeyond.length} lanes are at canary or beyond while no lane is READY.`
            : "in force — no lane is READY yet, so at most one lane may be at canary or beyond."}
      </p>
      <p className="mt-1 text-xs opacity-80">
        At canary or beyond: {beyond}.
        {rule.overriddenSlugs.length
          ? ` Overridden by a platform lead for: ${rule.overriddenSlugs.map(name).join(", ")}.`
          : ""}
      </p>
    </section>
  );
}
