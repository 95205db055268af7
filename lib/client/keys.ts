// React Query key factories: invalidate by prefix after a mutation.
export const laneKeys = {
  all: ["lanes"] as const,
  /** Without a query: every overview page (the prefix a write invalidates). */
  overview: (query?: Record<string, string | number | undefined>) =>
    query === undefined ? ([...laneKeys.all, "overview"] as const) : ([...laneKeys.all, "overview", query] as const),
  detail: (slug: string) => [...laneKeys.all, "detail", slug] as const,
  readiness: (slug: string) => [...laneKeys.all, "readiness", slug] as const,
  history: (slug: string) => [...laneKeys.all, "history", slug] as const,
};

export const auditKeys = {
  all: ["audit"] as const,
  list: (filters: Record<string, string | undefined>) => [...auditKeys.all, "list", filters] as const,
};

export const decisionKeys = { all: ["decisions"] as const };

export const webhookKeys = {
  all: ["webhooks"] as const,
  list: () => [...webhookKeys.all, "list"] as const,
};

export const tokenKeys = {
  all: ["tokens"] as const,
  /** laneSlug null = the all-lane tokens. */
  list: (laneSlug: string | null) => [...tokenKeys.all, "list", laneSlug ?? "*"] as const,
};

export const peopleKeys = { all: ["people"] as const };

export const teamKeys = { all: ["teams"] as const, list: () => ["teams", "list"] as const };

export const inboxKeys = { all: ["inbox"] as const };
