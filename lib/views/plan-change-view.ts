/** A lane whose latest release changed query plans, for the readiness page's plan-changes card. */
export interface LanePlanChange {
  slug: string;
  name: string;
  releaseLabel: string;
  queries: { queryName: string; summary: string[] }[];
}
