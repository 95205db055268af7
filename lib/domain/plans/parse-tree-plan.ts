import { assignNodeIds, buildPlanNode } from "./build-plan-node";
import { CharGrid, findTreeBoxes, type TreeBox } from "./find-tree-boxes";
import type { ParseProblem, PlanNode, SourceLine } from "./plan-types";
import { readTreeBox } from "./read-tree-box";

function spans(box: TreeBox, col: number): boolean {
  return col > box.left && (box.right === null || col < box.right);
}

function followDown(grid: CharGrid, row: number, col: number): { row: number; col: number } | null {
  let y = row + 1;
  while (grid.at(y, col) === "│") y++;
  return grid.at(y, col) === "┴" ? { row: y, col } : null;
}

/**
 * Follows a ├───┬───┐ connector from a parent's right edge: every ┬ and the final ┐ drops down
 * to the ┴ of one more child. A line that just stops was cropped (null: a child is missing).
 */
function followConnector(grid: CharGrid, row: number, col: number): Array<{ row: number; col: number } | null> {
  const links: Array<{ row: number; col: number } | null> = [];
  for (let x = col + 1; ; x++) {
    const ch = grid.at(row, x);
    if (ch === "─") continue;
    if (ch === "┬" || ch === "┐") links.push(followDown(grid, row, x));
    else links.push(null);
    if (ch !== "┬") return links;
  }
}

export function parseTreePlan(lines: SourceLine[]): { root: PlanNode | null; problems: ParseProblem[] } {
  const problems: ParseProblem[] = [];
  const lineOf = (row: number) => lines[row]?.line ?? lines[0]?.line ?? 1;
  const grid = new CharGrid(lines);
  const boxes = findTreeBoxes(grid);
  if (boxes.length === 0)
    return { root: null, problems: [{ line: lineOf(0), message: "no tree boxes found", severity: "error" }] };

  const nodes = new Map<TreeBox, PlanNode>();
  for (const box of boxes) {
    const { operator, properties, truncated } = readTreeBox(box.content);
    if (truncated)
      problems.push({
        line: lineOf(box.top),
        message: 'DataFusion shortened this tree box ("..."); some attributes are missing',
        severity: "warning",
      });
    if (operator?.endsWith("..."))
      problems.push({
        line: lineOf(box.top),
        message: `operator name shortened by the tree renderer: ${operator}`,
        severity: "warning",
      });
    if (operator === null) problems.push({ line: lineOf(box.top), message: "empty tree box", severity: "error" });
    if (box.right === null)
      problems.push({
        line: lineOf(box.top),
        message: "tree box cut off on the right (tree_maximum_render_width)",
        severity: "warning",
      });
    if (box.bottom === null)
      problems.push({ line: lineOf(box.top), message: "tree box is not closed", severity: "error" });
    const raw = box.content
      .map((l) => l.trim())
      .filter((l) => l !== "")
      .join("\n");
    nodes.set(box, buildPlanNode({ operator: operator ?? "(unparsed)", properties, raw, line: lineOf(box.top) }));
  }

  const hasParent = new Set<TreeBox>();
  const childAt = (row: number, col: number) =>
    boxes.find((b) => b.top === row && spans(b, col) && grid.at(row, col) === "┴");
  for (const box of boxes) {
    const node = nodes.get(box) as PlanNode;
    const links: Array<{ row: number; col: number } | null> = [];
    if (box.bottom !== null) {
      for (let col = box.left + 1; col < (box.right ?? grid.width(box.bottom)); col++) {
        if (grid.at(box.bottom, col) === "┬") links.push({ row: box.bottom + 1, col });
      }
    }
    if (box.right !== null) {
      for (let row = box.top; row <= (box.bottom ?? box.top); row++) {
        if (grid.at(row, box.right) === "├") links.push(...followConnector(grid, row, box.right));
      }
    }
    const children: TreeBox[] = [];
    for (const link of links) {
      const child = link ? childAt(link.row, link.col) : undefined;
      if (!child) {
        problems.push({
          line: node.line,
          message: `a child of ${node.operator} is cut off (cropped tree rendering)`,
          severity: "warning",
        });
        continue;
      }
      if (hasParent.has(child)) {
        problems.push({
          line: lineOf(child.top),
          message: "a tree box is linked from two parents; kept under the first",
          severity: "error",
        });
        continue;
      }
      children.push(child);
      hasParent.add(child);
    }
    children.sort((a, b) => a.left - b.left || a.top - b.top);
    node.children = children.map((c) => nodes.get(c) as PlanNode);
  }

  // A box whose top border has a ┴ expects a parent; without one, its parent was cropped away.
  const expectsParent = (b: TreeBox) =>
    (grid.rows[b.top] ?? []).slice(b.left, (b.right ?? grid.width(b.top)) + 1).includes("┴");
  const parentless = boxes.filter((b) => !hasParent.has(b));
  for (const orphan of parentless.filter(expectsParent)) {
    problems.push({
      line: lineOf(orphan.top),
      message: `${nodes.get(orphan)?.operator ?? "a box"} has no visible parent (cropped tree rendering); left out of the tree`,
      severity: "warning",
    });
  }
  const trueRoots = parentless.filter((b) => !expectsParent(b));
  if (trueRoots.length === 0)
    return {
      root: null,
      problems: [...problems, { line: lineOf(0), message: "no root box found", severity: "error" }],
    };
  if (trueRoots.length > 1) {
    problems.push({
      line: lineOf((trueRoots[1] as TreeBox).top),
      message: "more than one tree in the text; all are kept under a synthetic root",
      severity: "error",
    });
    const synthetic = buildPlanNode({
      operator: "(multiple roots)",
      raw: "",
      line: lineOf((trueRoots[0] as TreeBox).top),
    });
    synthetic.children = trueRoots.map((b) => nodes.get(b) as PlanNode);
    return { root: assignNodeIds(synthetic), problems };
  }
  return { root: assignNodeIds(nodes.get(trueRoots[0] as TreeBox) as PlanNode), problems };
}
