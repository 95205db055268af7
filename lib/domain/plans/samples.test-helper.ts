// Test-only helpers for the DataFusion plan fixtures in tests/fixtures/datafusion (see its README).
// File access is passed in by each test file: lib/domain code, even a helper, imports no node:
// modules (eslint enforces it), and readFileSync accepts the URL built here.
import { z } from "zod";
import type { ParsedExplain, PlanNode } from "./plan-types";

export const SAMPLES_URL = new URL("../../../tests/fixtures/datafusion/", import.meta.url);

const ZSection = z.object({
  plan_type: z.string(),
  header_line: z.number(),
  plan_first_line: z.number(),
  plan_last_line: z.number(),
});
const ZManifestFile = z.object({
  file: z.string(),
  format: z.string(),
  layout: z.string(),
  sections: z.array(ZSection).optional(),
  pair: z.object({ id: z.string(), role: z.enum(["before", "after"]) }).optional(),
});
export type ManifestFile = z.infer<typeof ZManifestFile>;

export function openSamples(readText: (url: URL) => string) {
  const readManifestPlans = (): ManifestFile[] => {
    const manifest = z
      .object({ files: z.array(z.unknown()) })
      .parse(JSON.parse(readText(new URL("manifest.json", SAMPLES_URL))));
    return manifest.files
      .map((f) => ZManifestFile.safeParse(f))
      .flatMap((r) => (r.success && r.data.file.startsWith("plans/") ? [r.data] : []));
  };
  const readSample = (file: string): string =>
    readText(new URL(file.startsWith("plans/") ? file : `plans/${file}`, SAMPLES_URL));
  const readPairs = (): Map<string, { before: string; after: string }> => {
    const pairs = new Map<string, { before: string; after: string }>();
    for (const f of readManifestPlans()) {
      if (!f.pair) continue;
      const pair = pairs.get(f.pair.id) ?? { before: "", after: "" };
      pair[f.pair.role] = f.file;
      pairs.set(f.pair.id, pair);
    }
    return pairs;
  };
  return { readManifestPlans, readSample, readPairs };
}

/** A tree without line numbers: two layouts of the same plan must compare equal. */
export function shapeOf(node: PlanNode | null): unknown {
  if (!node) return null;
  return {
    id: node.id,
    operator: node.operator,
    properties: node.properties,
    metrics: node.metrics,
    children: node.children.map(shapeOf),
  };
}

export function sectionShapes(parsed: ParsedExplain): unknown[] {
  return parsed.sections.map((s) => ({ planType: s.planType, kind: s.kind, format: s.format, root: shapeOf(s.root) }));
}

export function countNodes(node: PlanNode | null): number {
  return node ? 1 + node.children.reduce((sum, c) => sum + countNodes(c), 0) : 0;
}
