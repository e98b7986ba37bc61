/** The chart's points and the worked examples: every figure is core's KPI.BONUS / KPI.TIERED / KPI.EXPLAIN. */
import { tiered } from "../../../src/core";
import {
  CHART_BOX,
  chartPath,
  toBox,
  xTicks,
  yTicks,
} from "../../../src/taskpane/screens/incentives/chartGeometry";
import {
  CHART_SAMPLES,
  bonusChart,
  bonusExample,
  commissionChart,
  commissionExample,
  commissionSpan,
  type PayoutChart,
} from "../../../src/domain/incentives/payout";

const BONUS = { points: [0.8, 1, 1.2], values: [0.5, 1, 1.5] };
const SPEC_TIERS = { bounds: [0, 150000, 250000], rates: [0.04, 0.06, 0.08] };
const SME = { bounds: [0, 0.8, 1, 1.2], rates: [0.002, 0.003, 0.004, 0.005] };

const ascending = (chart: PayoutChart) =>
  chart.points.every((p, i) => i === 0 || p.x >= chart.points[i - 1].x);

describe("bonusChart", () => {
  const chart = bonusChart({ curve: BONUS, targetBonus: 100, cap: null });

  it("spans attainment 0–150% and marks the payout at every point of the curve", () => {
    expect(chart.axis).toBe("attainment");
    expect(chart.xMax).toBe(1.5);
    expect(chart.marks).toEqual([
      { x: 0, y: 0 },
      { x: 0.8, y: 50 },
      { x: 1, y: 100 },
      { x: 1.2, y: 150 },
      { x: 1.5, y: 150 },
    ]);
    expect(chart.yMax).toBe(150);
  });

  it("draws the threshold as a jump: 0 just below 80%, 50 at 80%", () => {
    const at = chart.points.findIndex((p) => p.x === 0.8);
    expect(chart.points[at - 1].x).toBeLessThan(0.8);
    expect(chart.points[at - 1].x).toBeGreaterThan(0.79999);
    expect(chart.points[at - 1].y).toBe(0);
    expect(chart.points[at].y).toBe(50);
  });

  it("samples evenly between the breakpoints, in ascending order", () => {
    expect(ascending(chart)).toBe(true);
    // 0, the end and the samples between (80%, 100% and 120% are among them, each kept once), plus a left
    // neighbour for each of the three points.
    expect(chart.points.length).toBe(CHART_SAMPLES + 1 + 3);
    expect(chart.points.filter((p) => p.x === 1).length).toBe(1);
    expect(chart.points.find((p) => Math.abs(p.x - 0.9) < 1e-12)?.y).toBeCloseTo(75, 10);
  });

  it("follows the chosen target bonus and stops at the plan's cap", () => {
    const capped = bonusChart({ curve: BONUS, targetBonus: 1000, cap: 1200 });
    expect(capped.marks.map((m) => m.y)).toEqual([0, 500, 1000, 1200, 1200]);
    expect(Math.max(...capped.points.map((p) => p.y))).toBe(1200);
  });
});

describe("commissionChart", () => {
  it("spans 1.5 × quota with bounds as fractions of it, and draws retro tiers as jumps", () => {
    const input = { tiers: SME, method: "retro" as const, quota: 2_500_000, cap: null };
    const chart = commissionChart(input, 0);
    expect(chart.axis).toBe("amount");
    expect(chart.xMax).toBe(3_750_000);
    expect(chart.marks.map((m) => m.x)).toEqual([0, 2_000_000, 2_500_000, 3_000_000, 3_750_000]);
    expect(chart.marks.map((m) => m.y)).toEqual([0, 6000, 10000, 15000, 18750]);
    const at = chart.points.findIndex((p) => p.x === 2_500_000);
    expect(chart.points[at - 1].y).toBeCloseTo(2_500_000 * 0.003, 0);
    expect(chart.points[at].y).toBe(10000);
    expect(ascending(chart)).toBe(true);
  });

  it("spans 1.5 × the top bound without a quota, and every point is KPI.TIERED", () => {
    const chart = commissionChart({ tiers: SPEC_TIERS, method: "marginal", quota: null, cap: null }, 0);
    expect(chart.xMax).toBe(375_000);
    for (const p of chart.points) expect(p.y).toBe(tiered(p.x, SPEC_TIERS, { method: "marginal" }));
    expect(chart.marks).toEqual([
      { x: 0, y: 0 },
      { x: 150000, y: 6000 },
      { x: 250000, y: 12000 },
      { x: 375000, y: 22000 },
    ]);
  });

  it("caps the payout, and gives a flat rate an axis from the example amount", () => {
    const capped = commissionChart({ tiers: SPEC_TIERS, method: "marginal", quota: null, cap: 10000 }, 0);
    expect(capped.marks.map((m) => m.y)).toEqual([0, 6000, 10000, 10000]);
    expect(commissionSpan({ bounds: [0], rates: [0.05] }, null, 2000)).toBe(3000);
    expect(commissionSpan({ bounds: [0], rates: [0.05] }, null, 0)).toBe(150);
  });
});

describe("chart geometry", () => {
  const chart: PayoutChart = {
    axis: "amount",
    xMax: 10,
    yMax: 5,
    points: [
      { x: 0, y: 0 },
      { x: 10, y: 5 },
    ],
    marks: [],
  };

  it("maps the origin to the bottom left and the top of the span to the top right", () => {
    expect(toBox(chart, { x: 0, y: 0 })).toEqual({
      x: CHART_BOX.left,
      y: CHART_BOX.height - CHART_BOX.bottom,
    });
    expect(toBox(chart, { x: 10, y: 5 })).toEqual({ x: CHART_BOX.width - CHART_BOX.right, y: CHART_BOX.top });
    expect(chartPath(chart)).toBe("M48 154 L310 10");
  });

  it("ticks thirds of the span and halves of the payout; a plan paying nothing gets a y axis of 1", () => {
    expect(xTicks(bonusChart({ curve: BONUS, targetBonus: 100, cap: null }))).toEqual([0, 0.5, 1, 1.5]);
    expect(yTicks(chart)).toEqual([0, 2.5, 5]);
    const flat = {
      ...chart,
      yMax: 0,
      points: [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ],
    };
    expect(yTicks(flat)).toEqual([0, 0.5, 1]);
    expect(chartPath(flat)).toBe("M48 154 L310 154");
  });
});

describe("commissionExample (KPI.EXPLAIN)", () => {
  it("breaks a marginal amount down tier by tier, the total equal to KPI.TIERED", () => {
    const example = commissionExample(
      { tiers: SPEC_TIERS, method: "marginal", quota: null, cap: null },
      165000,
    );
    expect(example.lines).toEqual([
      { kind: "tier", tier: 1, from: 0, to: 150000, amount: 150000, rate: 0.04, commission: 6000 },
      { kind: "tier", tier: 2, from: 150000, to: 250000, amount: 15000, rate: 0.06, commission: 900 },
      { kind: "total", tier: null, from: null, to: null, amount: 165000, rate: null, commission: 6900 },
    ]);
    expect(example.total).toBe(tiered(165000, SPEC_TIERS));
    expect(example.payout).toBe(6900);
    expect(example.cappedAt).toBeNull();
  });

  it("shows the tier a retro amount reaches, with quota bounds made absolute, and applies the cap", () => {
    const example = commissionExample(
      { tiers: SME, method: "retro", quota: 2_500_000, cap: 9000 },
      2_600_000,
    );
    expect(example.lines[0]).toEqual({
      kind: "tier",
      tier: 3,
      from: 2_500_000,
      to: 3_000_000,
      amount: 2_600_000,
      rate: 0.004,
      commission: 10400,
    });
    expect(example.total).toBe(10400);
    expect(example.cappedAt).toBe(9000);
    expect(example.payout).toBe(9000);
  });

  it("refuses a negative amount as KPI.EXPLAIN does", () => {
    expect(() =>
      commissionExample({ tiers: SPEC_TIERS, method: "marginal", quota: null, cap: null }, -1),
    ).toThrow("amount must not be negative");
  });
});

describe("bonusExample (KPI.BONUS step by step)", () => {
  it.each([
    [0.5, "below", 0, 0],
    [0.8, "at", 0.5, 50],
    [0.9, "between", 0.75, 75],
    [1.3, "above", 1.5, 150],
  ])("attainment %p falls %s the curve: value %p, bonus %p", (attainment, kind, value, payout) => {
    const example = bonusExample(BONUS, attainment, 100, null, true);
    expect(example.segment.kind).toBe(kind);
    expect(example.curveValue).toBeCloseTo(value, 12);
    expect(example.payout).toBeCloseTo(payout, 10);
  });

  it("names the neighbouring points of an interpolation", () => {
    expect(bonusExample(BONUS, 1.1, 100, null, true).segment).toEqual({
      kind: "between",
      from: { x: 1, y: 1 },
      to: { x: 1.2, y: 1.5 },
    });
  });

  it("pays nothing when the gate fails, and at most the cap", () => {
    const gated = bonusExample(BONUS, 1.1, 1000, null, false);
    expect(gated.uncapped).toBeCloseTo(1250, 10);
    expect(gated.payout).toBe(0);
    expect(gated.cappedAt).toBeNull();
    const capped = bonusExample(BONUS, 1.1, 1000, 1000, true);
    expect(capped.cappedAt).toBe(1000);
    expect(capped.payout).toBe(1000);
  });
});
