import "server-only";
import { describeStop, describeTarget } from "@/lib/domain/format/describe-target";
import { formatQuantity } from "@/lib/domain/format/format-quantity";
import { foreseeDeploy } from "@/lib/domain/releases/foresee-deploy";
import type { LaneData } from "@/lib/domain/readiness/types";
import type { DeployForesightView } from "@/lib/views/deploy-foresight-view";

/** Foresight for every planned release of a lane, keyed by release id, as if deployed at `now`. */
export function toDeployForesightViews({ lane, now }: { lane: LaneData; now: Date }): Map<string, DeployForesightView> {
  const views = new Map<string, DeployForesightView>();
  for (const release of lane.releases) {
    const f = foreseeDeploy({ lane, releaseId: release.id, deployedAt: now });
    if (!f) continue;
    views.set(release.id, {
      freezesTargets: f.freezesTargets,
      judgedAgainst: f.judgedAgainst
        ? {
            version: f.judgedAgainst.version,
            targets: f.judgedAgainst.targets.map((t) => {
              const stop = describeStop(t);
              return `${t.label}: ${describeTarget(t)} (baseline ${formatQuantity({ value: t.baseline, unit: t.unit })})${stop ? `; stop if ${stop}` : ""}`;
            }),
          }
        : null,
      newFlags: f.newFlags.map(({ code, message }) => ({ code, message })),
      newReasons: f.newReasons.map(({ code, message, fix }) => ({ code, message, fix })),
      fromProposed: f.fromProposed,
      needsConfirmation: f.needsConfirmation,
    });
  }
  return views;
}
