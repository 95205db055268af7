import type { SourceLine } from "./plan-types";

// Geometry of DataFusion's tree format (docs/plan-formats.md, "Tree" and hazard 4): boxes drawn with ┌ ┐ └ ┘ │ ─,
// a ┬ in a parent's bottom border and a ┴ in its child's top border, and extra children hanging
// off a ├───┐ connector on the parent's right edge. Columns are code points, not UTF-16 units.

export interface TreeBox {
  top: number;
  left: number;
  /** Column of the right border; null when cropped by tree_maximum_render_width. */
  right: number | null;
  /** Row of the bottom border; null when the box never closes. */
  bottom: number | null;
  /** Inner text lines, one per row between the borders. */
  content: string[];
}

export class CharGrid {
  readonly rows: string[][];
  constructor(lines: SourceLine[]) {
    this.rows = lines.map((l) => Array.from(l.text));
  }
  at(row: number, col: number): string {
    return this.rows[row]?.[col] ?? " ";
  }
  width(row: number): number {
    return this.rows[row]?.length ?? 0;
  }
}

const TOP_BORDER = "─┴┬";
const LEFT_EDGE = "│├";

function measureBox(grid: CharGrid, top: number, left: number): TreeBox {
  let col = left + 1;
  while (TOP_BORDER.includes(grid.at(top, col))) col++;
  const right = grid.at(top, col) === "┐" ? col : null;
  let row = top + 1;
  while (row < grid.rows.length && LEFT_EDGE.includes(grid.at(row, left))) row++;
  const bottom = grid.at(row, left) === "└" ? row : null;
  const lastInner = (bottom ?? row) - 1;
  const content: string[] = [];
  for (let r = top + 1; r <= lastInner; r++) {
    const end = right ?? grid.width(r);
    content.push(
      (grid.rows[r] ?? [])
        .slice(left + 1, end)
        .join("")
        .replace(/[│├┐]+\s*$/, ""),
    );
  }
  return { top, left, right, bottom, content };
}

export function findTreeBoxes(grid: CharGrid): TreeBox[] {
  const boxes: TreeBox[] = [];
  grid.rows.forEach((cells, row) => {
    cells.forEach((ch, col) => {
      if (ch === "┌") boxes.push(measureBox(grid, row, col));
    });
  });
  return boxes;
}
