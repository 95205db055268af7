import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { diffExplains } from "@/lib/domain/plans/diff-explains";
import { parseExplain } from "@/lib/domain/plans/parse-explain";
import { createPlanChangeCache, planChangeBetween, planChangeCache, type PlanChangeSummary } from "./plan-change-cache";
import { planTextHash } from "./plan-text-hash";

const plan = (file: string) => readFileSync(path.join(process.cwd(), "tests/fixtures/datafusion/plans", file), "utf8");
const hashed = (rawText: string) => ({ hash: planTextHash(rawText), rawText });

describe("createPlanChangeCache", () => {
  const changed: PlanChangeSummary = { hasChanges: true, summary: ["operator removed: RepartitionExec"] };

  it("answers 'no change' for byte-identical texts without calling the differ", () => {
    const diff = vi.fn(() => changed);
    const cache = createPlanChangeCache({ diff, maxEntries: 10, maxBytes: 10_000 });
    const text = hashed(plan("indent-tpch_plans_q5-2.txt"));
    expect(cache.peek(text.hash, text.hash)).toEqual({ hasChanges: false, summary: [] });
    expect(cache.get(text, { ...text })).toEqual({ hasChanges: false, summary: [] });
    expect(diff).not.toHaveBeenCalled();
  });

  it("diffs a pair of texts once and answers from the cache after", () => {
    const diff = vi.fn(() => changed);
    const cache = createPlanChangeCache({ diff, maxEntries: 10, maxBytes: 10_000 });
    const before = hashed("a");
    const after = hashed("b");
    expect(cache.peek(before.hash, after.hash)).toBeUndefined();
    expect(cache.get(before, after)).toEqual(changed);
    expect(cache.peek(before.hash, after.hash)).toEqual(changed);
    expect(cache.get(before, after)).toEqual(changed);
    expect(diff).toHaveBeenCalledTimes(1);
    // The pair is ordered: after → before is another change.
    expect(cache.peek(after.hash, before.hash)).toBeUndefined();
  });

  it("forgets the least recently used pairs past its bounds", () => {
    const diff = vi.fn(() => changed);
    const cache = createPlanChangeCache({ diff, maxEntries: 2, maxBytes: 10_000 });
    const [a, b, c, d] = ["a", "b", "c", "d"].map(hashed) as [
      ReturnType<typeof hashed>,
      ...ReturnType<typeof hashed>[],
    ];
    cache.get(a, b!);
    cache.get(b!, c!);
    cache.get(c!, d!);
    expect(cache.peek(a.hash, b!.hash)).toBeUndefined();
    expect(cache.peek(c!.hash, d!.hash)).toEqual(changed);
  });
});

describe("planChangeCache (the server's)", () => {
  it.each([
    ["indent-tpch_plans_q5-2.txt", "indent-tpch_plans_q5-3.txt"],
    ["indent-tpch_plans_q18-2.txt", "indent-tpch_plans_q18-3.txt"],
    ["indent-tpch_q3-1.txt", "indent-tpch_q3-2.txt"],
    ["indent-tpch_plans_q9-2.txt", "indent-tpch_plans_q9-2.txt"],
  ])("gives the same answer as diffing %s → %s directly, cold and cached", (a, b) => {
    const direct = diffExplains(parseExplain(plan(a)), parseExplain(plan(b)));
    const expected = { hasChanges: direct.plan?.hasChanges ?? false, summary: direct.summary };
    const before = hashed(plan(a));
    const after = hashed(plan(b));
    expect(planChangeCache.get(before, after)).toEqual(expected);
    expect(planChangeCache.get(before, after)).toEqual(expected);
    expect(planChangeBetween({ rawText: plan(a) }, { rawText: plan(b) })).toEqual(expected);
  });
});
