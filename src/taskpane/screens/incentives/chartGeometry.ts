/**
 * Where a payout chart's points land in its SVG box: scales, the polyline's path and the axis ticks. Pure, so the
 * drawing is tested without a browser.
 */
import type { ChartPoint, PayoutChart } from "../../../domain/incentives/payout";

/** The SVG box (viewBox units) and the room left for axis labels. */
export const CHART_BOX = { width: 320, height: 180, left: 48, right: 10, top: 10, bottom: 26 } as const;

/** The top of the y axis: the largest payout, or 1 when the plan pays nothing in the span (a flat line at 0). */
export function yTop(chart: PayoutChart): number {
  return chart.yMax > 0 ? chart.yMax : 1;
}

/**
 * @param chart - the chart.
 * @param point - a point of it.
 * @returns the point in viewBox units (y grows downwards).
 */
export function toBox(chart: PayoutChart, point: ChartPoint): { x: number; y: number } {
  const w = CHART_BOX.width - CHART_BOX.left - CHART_BOX.right;
  const h = CHART_BOX.height - CHART_BOX.top - CHART_BOX.bottom;
  return {
    x: CHART_BOX.left + (point.x / chart.xMax) * w,
    y: CHART_BOX.top + h - (point.y / yTop(chart)) * h,
  };
}

/**
 * @param chart - the chart.
 * @returns the SVG path of its polyline ("M x y L x y …"), two decimals.
 * @example chartPath({ axis: "amount", xMax: 1, yMax: 1, points: [{ x: 0, y: 0 }, { x: 1, y: 1 }], marks: [] })
 *   // "M48 154 L310 10"
 */
export function chartPath(chart: PayoutChart): string {
  return chart.points
    .map((p, i) => {
      const { x, y } = toBox(chart, p);
      return `${i === 0 ? "M" : "L"}${round(x)} ${round(y)}`;
    })
    .join(" ");
}

/** @returns the x ticks: 0, a third, two thirds and the end of the span (0, 50%, 100%, 150% for a bonus). */
export function xTicks(chart: PayoutChart): number[] {
  return [0, 1, 2, 3].map((i) => (chart.xMax * i) / 3);
}

/** @returns the y ticks: 0, half and the top. */
export function yTicks(chart: PayoutChart): number[] {
  const top = yTop(chart);
  return [0, top / 2, top];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
