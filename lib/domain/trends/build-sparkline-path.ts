export interface SparklineGeometry {
  /** SVG polyline points of the values, oldest first ("x,y x,y ..."), in the box's pixels. */
  line: string;
  /** y of the target line in pixels; null without a target. */
  targetY: number | null;
}

/**
 * Lays a sparkline's values and target into a `width` x `height` box (pixels, `pad` on every side).
 * The y scale spans the values and the target, so the target line is always inside the box; a
 * flat series sits in the middle. Drawn as plain SVG: 500 table rows need no charting library.
 */
export function buildSparklinePath({
  values,
  target,
  width,
  height,
  pad = 3,
}: {
  values: readonly number[];
  target: number | null;
  width: number;
  height: number;
  pad?: number;
}): SparklineGeometry {
  const span = [...values, ...(target === null ? [] : [target])];
  const min = Math.min(...span);
  const max = Math.max(...span);
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  const y = (v: number) => (max === min ? pad + innerH / 2 : pad + ((max - v) / (max - min)) * innerH);
  const x = (i: number) => (values.length <= 1 ? pad + innerW / 2 : pad + (i / (values.length - 1)) * innerW);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    line: values.map((v, i) => `${round(x(i))},${round(y(v))}`).join(" "),
    targetY: target === null ? null : round(y(target)),
  };
}
