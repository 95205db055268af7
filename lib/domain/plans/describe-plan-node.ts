import { normaliseValue } from "./normalise-plan-values";
import { POSITIONAL_KEY, type PlanNode } from "./plan-types";

/**
 * What a scan reads, for labels and for telling two scans apart: the file names of file_groups,
 * a TableScan's table, a pgjson "Relation Name" or a tree box's single file. Null for operators
 * that do not read a relation.
 */
export function relationOf(node: PlanNode): string | null {
  if (relations.has(node)) return relations.get(node) as string | null;
  const relation = readRelation(node);
  relations.set(node, relation);
  return relation;
}

// Nodes are never changed after parsing, so their relation is worked out once.
const relations = new WeakMap<PlanNode, string | null>();

function readRelation(node: PlanNode): string | null {
  const groups = node.properties.file_groups;
  if (groups !== undefined) return normaliseValue("file_groups", groups, null).replace(/^\{files: |\}$/g, "");
  if (node.operator === "TableScan") return node.properties[POSITIONAL_KEY]?.split(/\s/)[0] ?? null;
  const uri = node.properties.uri;
  if (uri !== undefined) return normaliseValue("uri", uri, null);
  return node.properties["Relation Name"] ?? null;
}

function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A short human label: `DataSourceExec (lineitem.tbl)`, `AggregateExec (mode=Partial)`. */
export function describePlanNode(node: PlanNode): string {
  const relation = relationOf(node);
  if (relation) return `${node.operator} (${shorten(relation, 40)})`;
  const mode = node.properties.mode;
  if (mode !== undefined) return `${node.operator} (mode=${shorten(mode, 30)})`;
  const partitioning = node.properties.partitioning ?? node.properties.partitioning_scheme;
  if (partitioning !== undefined)
    return `${node.operator} (${shorten(partitioning.split("(")[0] ?? partitioning, 30)})`;
  return node.operator;
}

export { shorten as shortenForSummary };
