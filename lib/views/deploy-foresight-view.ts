// What the deploy form says before a deploy (lib/domain/releases/foresee-deploy.ts), as plain strings.
export interface DeployForesightView {
  freezesTargets: boolean;
  /** The target version the release will be judged against, each target as the pages print it. */
  judgedAgainst: { version: number; targets: string[] } | null;
  newFlags: { code: string; message: string }[];
  newReasons: { code: string; message: string; fix: string }[];
  fromProposed: boolean;
  needsConfirmation: boolean;
}
