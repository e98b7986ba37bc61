/**
 * The live chart of payout against attainment (bonus) or amount (commission): an inline SVG drawn from the
 * points core computed, coloured from theme tokens, with a title and a text summary for screen readers (the
 * payout at every breakpoint, also shown as its caption), so the chart says in words what it shows.
 * `@fluentui/react-charts` was measured for this and not adopted: about 70 kB gzip more, lazily, for one line
 * (docs/libraries.md).
 */
import { Text, useId } from "@fluentui/react-components";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { CHART_BOX, chartPath, toBox, xTicks, yTicks } from "./chartGeometry";
import { useIncentiveStyles } from "./incentives.styles";
import type { PayoutChart as Chart } from "../../../domain/incentives/payout";

/** Props of {@link PayoutChart}. */
export type PayoutChartProps = {
  chart: Chart;
  title: string;
  /** Text of an x value (a percentage or an amount). */
  formatX: (x: number) => string;
  /** Text of a payout. */
  formatY: (y: number) => string;
  /** Short text of an axis tick. */
  tickX: (x: number) => string;
  tickY: (y: number) => string;
};

/**
 * @param props - the chart, its title and how to write its values.
 * @returns the figure.
 */
export function PayoutChart({ chart, title, formatX, formatY, tickX, tickY }: PayoutChartProps) {
  const { t } = useKpiDesk();
  const styles = useIncentiveStyles();
  const titleId = useId("chart-title");
  const descId = useId("chart-desc");
  const summary = t("incentives.chart.summary", {
    title,
    marks: chart.marks
      .map((m) => t("incentives.chart.mark", { x: formatX(m.x), y: formatY(m.y) }))
      .join("; "),
  });
  const left = CHART_BOX.left;
  const bottom = CHART_BOX.height - CHART_BOX.bottom;
  const right = CHART_BOX.width - CHART_BOX.right;
  return (
    <figure className={styles.figureBox}>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${CHART_BOX.width} ${CHART_BOX.height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        data-points={chart.points.length}
      >
        <title id={titleId}>{title}</title>
        {yTicks(chart).map((y) => {
          const at = toBox(chart, { x: 0, y }).y;
          return (
            <g key={`y${y}`}>
              <line className={styles.gridLine} x1={left} x2={right} y1={at} y2={at} />
              <text className={styles.tick} x={left - 4} y={at + 3} textAnchor="end">
                {tickY(y)}
              </text>
            </g>
          );
        })}
        {xTicks(chart).map((x, i, all) => {
          const at = toBox(chart, { x, y: 0 }).x;
          // The last label ends at the axis's end so that it is not cut off at the edge of the box.
          const anchor = i === all.length - 1 ? "end" : "middle";
          return (
            <text key={`x${x}`} className={styles.tick} x={at} y={bottom + 14} textAnchor={anchor}>
              {tickX(x)}
            </text>
          );
        })}
        <line className={styles.axis} x1={left} x2={left} y1={CHART_BOX.top} y2={bottom} />
        <line className={styles.axis} x1={left} x2={right} y1={bottom} y2={bottom} />
        <path className={styles.line} d={chartPath(chart)} />
        {chart.marks.map((m) => {
          const p = toBox(chart, m);
          return <circle key={`m${m.x}`} className={styles.marker} cx={p.x} cy={p.y} r={2.5} />;
        })}
      </svg>
      <figcaption>
        <Text id={descId} className={styles.muted}>
          {summary}
        </Text>
      </figcaption>
    </figure>
  );
}
