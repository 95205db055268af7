/** API paths of a release's workflows; the label is URL-encoded (it may contain "+"). */
export const releasePath = (slug: string, label: string, action = "") =>
  `/api/v1/lanes/${slug}/releases/${encodeURIComponent(label)}${action ? `/${action}` : ""}`;
