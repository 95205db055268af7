import type { Release } from "./types";

export interface FirstDeployment {
  release: Release;
  deployedAt: Date;
}

/** The earliest deployed release, whatever its status; planned releases are not deployments. */
export function findFirstDeployment({ releases }: { releases: readonly Release[] }): FirstDeployment | null {
  let first: FirstDeployment | null = null;
  for (const release of releases) {
    if (release.deployedAt === null) continue;
    if (first === null || release.deployedAt.getTime() < first.deployedAt.getTime()) {
      first = { release, deployedAt: release.deployedAt };
    }
  }
  return first;
}
