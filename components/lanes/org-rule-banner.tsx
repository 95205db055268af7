import type { OrgRuleState } from "@/lib/domain/readiness/evaluate-org-rule";

// Names shown inline; the rest fold into a disclosure, so hundreds of lanes at canary do not push
// the lane table off the screen.
const INLINE_NAMES = 5;

function NameList({ names }: { names: string[] }) {
  if (names.length <= INLINE_NAMES) return <>{names.join(", ") || "none"}.</>;
  return (
    <>
      {names.slice(0, INLINE_NAMES).join(", ")}{" "}
      <details className="inline">
        <summary className="inline cursor-pointer underline">and {names.length - INLINE_NAMES} more</summary>
        <span className="block">{names.slice(INLINE_NAMES).join(", ")}.</span>
      </details>
    </>
  );
}

/** The organisation's one-lane rule: at most one lane at CANARY or beyond until a lane is READY. */
export function OrgRuleBanner({ rule, lanes }: { rule: OrgRuleState; lanes: { slug: string; name: string }[] }) {
  const names = new Map(lanes.map((l) => [l.slug, l.name]));
  const name = (slug: string) => names.get(slug) ?? slug;
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
      {/* A div, not a p: the folded names are a <details>, which a paragraph cannot hold. */}
      <div className="mt-1 text-xs opacity-80">
        At canary or beyond ({rule.lanesAtCanaryOrBeyond.length}):{" "}
        <NameList names={rule.lanesAtCanaryOrBeyond.map(name)} />
        {rule.overriddenSlugs.length ? (
          <>
            {" "}
            Overridden by a platform lead for: <NameList names={rule.overriddenSlugs.map(name)} />
          </>
        ) : null}
      </div>
    </section>
  );
}
