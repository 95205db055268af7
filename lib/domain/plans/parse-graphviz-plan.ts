import { assignNodeIds, buildPlanNode } from "./build-plan-node";
import { parseOperatorLine } from "./parse-operator-line";
import type { ParseProblem, PlanNode, SourceLine } from "./plan-types";

// graphviz (docs/plan-formats.md, "graphviz"): a DOT digraph with a "LogicalPlan" cluster and a "Detailed LogicalPlan"
// cluster whose labels add `\nSchema: [...]`. The detailed one is read, so a schema change (the
// nullability pair) shows in the diff. Node ids are renumbered whenever a node is inserted
// (docs/plan-formats.md, hazard 12), so they never leave this file.

const SUBGRAPH_RE = /^\s*subgraph\s+("?)([\w.]+)\1/;
const CLUSTER_LABEL_RE = /^\s*graph\s*\[\s*label\s*=\s*"((?:[^"\\]|\\.)*)"/;
const NODE_RE = /^\s*("?)(\w+)\1\s*\[(.*)\]\s*;?\s*$/;
const EDGE_RE = /^\s*("?)(\w+)\1\s*->\s*("?)(\w+)\3/;
const LABEL_RE = /label\s*=\s*"((?:[^"\\]|\\.)*)"/;

function unescape(label: string): string {
  return label.replace(/\\(.)/g, (_, ch: string) => (ch === "n" ? "\n" : ch));
}

interface Cluster {
  label: string;
  nodes: Map<string, { label: string; line: number }>;
  edges: Array<[string, string]>;
}

export function parseGraphvizPlan(lines: SourceLine[]): { root: PlanNode | null; problems: ParseProblem[] } {
  const first = lines[0]?.line ?? 1;
  if (!lines.some((l) => /\bdigraph\b/.test(l.text)))
    return { root: null, problems: [{ line: first, message: "graphviz text has no digraph", severity: "error" }] };
  const clusters: Cluster[] = [{ label: "", nodes: new Map(), edges: [] }];
  let current = clusters[0] as Cluster;
  for (const { text, line } of lines) {
    if (SUBGRAPH_RE.test(text)) {
      current = { label: "", nodes: new Map(), edges: [] };
      clusters.push(current);
      continue;
    }
    const clusterLabel = CLUSTER_LABEL_RE.exec(text);
    if (clusterLabel) current.label = unescape(clusterLabel[1] as string);
    const edge = EDGE_RE.exec(text);
    if (edge) current.edges.push([edge[2] as string, edge[4] as string]);
    const node = edge ? null : NODE_RE.exec(text);
    const label = node ? LABEL_RE.exec(node[3] as string) : null;
    if (node && label && node[2] !== "graph")
      current.nodes.set(node[2] as string, { label: unescape(label[1] as string), line });
  }

  const withNodes = clusters.filter((c) => c.nodes.size > 0);
  const chosen = withNodes.find((c) => /detailed/i.test(c.label)) ?? withNodes[0];
  if (!chosen)
    return {
      root: null,
      problems: [{ line: first, message: "graphviz plan has no labelled nodes", severity: "error" }],
    };

  const problems: ParseProblem[] = [];
  const built = new Map<string, PlanNode>();
  for (const [id, { label, line }] of chosen.nodes) {
    const [head = "", ...extra] = label.split("\n");
    const parsed = parseOperatorLine(head);
    if (!parsed.ok) problems.push({ line, message: parsed.error, severity: "error" });
    const properties = parsed.ok ? { ...parsed.properties } : {};
    for (const more of extra) {
      const colon = more.indexOf(": ");
      if (colon > 0) properties[more.slice(0, colon).trim().toLowerCase()] = more.slice(colon + 2).trim();
    }
    built.set(
      id,
      buildPlanNode({
        operator: parsed.ok ? parsed.operator : "(unparsed)",
        properties,
        metrics: parsed.ok ? parsed.metrics : {},
        raw: label,
        line,
      }),
    );
  }
  const hasParent = new Set<string>();
  for (const [from, to] of chosen.edges) {
    const parent = built.get(from);
    const child = built.get(to);
    if (!parent || !child) continue;
    // DOT allows any graph; a plan is a tree, so a second parent or a cycle is dropped and flagged.
    if (hasParent.has(to) || to === from) {
      problems.push({
        line: child.line,
        message: `graphviz node ${to} has more than one parent; extra edge ignored`,
        severity: "error",
      });
      continue;
    }
    hasParent.add(to);
    parent.children.push(child);
  }
  const roots = [...built.keys()].filter((id) => !hasParent.has(id)).map((id) => built.get(id) as PlanNode);
  if (roots.length === 0)
    return {
      root: null,
      problems: [...problems, { line: first, message: "graphviz plan has no root (cycle)", severity: "error" }],
    };
  if (roots.length === 1) return { root: assignNodeIds(roots[0] as PlanNode), problems };
  problems.push({
    line: (roots[1] as PlanNode).line,
    message: "graphviz plan has several roots; all are kept under a synthetic root",
    severity: "error",
  });
  const synthetic = buildPlanNode({ operator: "(multiple roots)", raw: "", line: first });
  synthetic.children = roots;
  return { root: assignNodeIds(synthetic), problems };
}
