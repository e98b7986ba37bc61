/**
 * The KPI functions against the least work producing the same result — the measuring half of
 * `functions.bench.ts`, run in its own process with a fixed young generation (see there). Not a bench module
 * itself (no `.bench.ts` suffix): `functions.bench.ts` starts it with the file to write the budgets to.
 *
 * Element-wise functions, every one: over 100,000 rows passed as one range (one call, as Excel makes it), against
 * a minimal hand-written loop computing the same rule (the floor: no coercion, no checks), interleaved and judged
 * on the median of the pairs' ratios (bench/harness.ts `compare`); then over 1,000,000 cells (one column). TIERED, CURVE, SCORE and
 * WEIGHTED also against HyperFormula evaluating the equivalent native formulas, one per row (on 10,000 rows,
 * scaled ×10: the engine is at least linear in rows, so the scaling flatters it, never the functions).
 * Whole-range functions (DISTRIBUTE, CALIBRATE, DISTCHECK, ENPS, FAVORABLE; DRAWS on one column) on 1000×1000
 * cells against their stated floors (a sort, a mean per rater, a count).
 *
 * Every call is timed on the wall clock and in CPU time of the process (bench/harness.ts `compare`). Budgets are
 * judged on CPU time, which the machine's other work barely moves (on a busy machine the wall clock also
 * counts the time the process waited for a core; on an idle one the two are close, CPU a little higher when the
 * garbage collector's helper threads work beside the call): every element-wise function within 2× of its floor;
 * every function under 1 s on 1,000,000 cells; TIERED, CURVE, SCORE and WEIGHTED at least 10× faster than the
 * native formulas. The wall-clock figures are printed beside them.
 *
 * Also prints the largest result one call can return under Excel's 5 MB custom-function payload.
 *
 * One process measures one function (`functions.bench.ts` starts one per function): arguments are the file to
 * write the budgets to and the function's id, or `list` to write the ids of both tables instead.
 */
import "../src/i18n/all";
import { writeFileSync } from "fs";
import { HyperFormula } from "hyperformula";
import * as f from "../src/functions/functions";
import { compare, cpuNow, type Budget } from "./harness";

/** The function this process measures (argv: the budgets file, then the id). */
const ONE = (process.argv[3] ?? "").toUpperCase();
const chosen = (id: string): boolean => id === ONE;

const ROWS = 100_000;
/** Cells of the large runs: one column of element-wise input, or 1000×1000 for whole-range functions. */
const BIG = 1_000_000;
/** Ratio budget of every element-wise function against its floor, and time budget at BIG cells. */
const RATIO_BUDGET = 2;
/** Timed pairs (KPI, floor) at ROWS rows: an odd count, so the median is one measured pair's ratio. */
const PAIRS = 15;
const BIG_MS_BUDGET = 1000;
/** Rows HyperFormula evaluates (it needs minutes for 100,000 rows of lookup formulas); scaled to ROWS. */
const HF_ROWS = 10_000;
/** Excel's limit on the data a custom function returns in one call (5 MB, counted as 5,000,000 bytes). */
const PAYLOAD_BYTES = 5_000_000;
const N = null as unknown as unknown[][];

/** Deterministic data: a failure or a figure reproduces. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const next = random(42);
const column = (gen: () => number): number[][] => Array.from({ length: ROWS }, () => [gen()]);
const amounts = column(() => Math.round(next() * 40000000) / 100);
const actuals = column(() => Math.round(next() * 150000) / 100);
const targets = column(() => 500 + Math.round(next() * 100000) / 100);
const xs = column(() => Math.round(next() * 20000) / 10000);
const scores3 = Array.from({ length: ROWS }, () =>
  [0, 1, 2].map(() => (next() < 0.05 ? "" : Math.round(next() * 10000) / 100)),
);
const dates = column(() => 46023 + Math.floor(next() * 365));
const ratingScores = actuals.map((r) => [(r[0] / 1500) * 100]);
/** A 100,000-row input repeated to `BIG` rows (rows shared, so a million rows cost no extra memory). */
const big = <T>(rows: T[]): T[] => Array.from({ length: BIG }, (_, i) => rows[i % rows.length]);

const TIERS = [
  [0, 0.03],
  [100000, 0.05],
  [250000, 0.08],
];
const CURVE = [
  [0.8, 0.5],
  [1, 1],
  [1.2, 1.8],
  [1.5, 2.5],
];
const WEIGHTS = [[0.5, 0.3, 0.2]];
const BANDS = [
  [0, "D"],
  [60, "C"],
  [75, "B"],
  [90, "A"],
];

// ------------------------------------------------------------------------------------------------------------
// Floors: the least a loop over the same any[][] range must do to produce the same any[][] result.

function floorTiered(range: number[][]): number[][] {
  const out: number[][] = new Array(range.length);
  for (let i = 0; i < range.length; i++) {
    const a = range[i][0];
    let c = 0;
    for (let k = 0; k < TIERS.length; k++) {
      const from = TIERS[k][0];
      const to = k + 1 < TIERS.length ? TIERS[k + 1][0] : Infinity;
      if (a > from) c += (Math.min(a, to) - from) * TIERS[k][1];
    }
    out[i] = [c];
  }
  return out;
}

function curveAt(x: number): number {
  if (x < CURVE[0][0]) return 0;
  const last = CURVE.length - 1;
  if (x >= CURVE[last][0]) return CURVE[last][1];
  let k = 0;
  while (CURVE[k + 1][0] <= x) k++;
  const [x0, y0] = CURVE[k];
  const [x1, y1] = CURVE[k + 1];
  return y0 + ((x - x0) * (y1 - y0)) / (x1 - x0);
}

function floorCurve(range: number[][]): number[][] {
  const out: number[][] = new Array(range.length);
  for (let i = 0; i < range.length; i++) out[i] = [curveAt(range[i][0])];
  return out;
}

function floorScore(a: number[][], t: number[][]): number[][] {
  const out: number[][] = new Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const r = a[i][0] / t[i][0];
    out[i] = [r < 0.8 ? 0 : Math.min(r, 1.2) * 100];
  }
  return out;
}

function floorWeighted(s: unknown[][]): unknown[][] {
  const w = WEIGHTS[0];
  const out: unknown[][] = new Array(s.length);
  for (let i = 0; i < s.length; i++) {
    let sum = 0;
    let ws = 0;
    for (let j = 0; j < w.length; j++) {
      const v = s[i][j];
      if (typeof v === "number") {
        sum += v * w[j];
        ws += w[j];
      }
    }
    out[i] = [ws === 0 ? "" : sum / ws];
  }
  return out;
}

function floorAttainment(a: number[][], t: number[][]): number[][] {
  const out: number[][] = new Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = [a[i][0] / t[i][0]];
  return out;
}

function floorStep(a: number[][], t: number[][]): number[][] {
  const out: number[][] = new Array(a.length);
  for (let i = 0; i < a.length; i++) {
    // Whole steps forgive binary rounding (0.3 / 0.1 counts 3), as the rule says.
    const d = a[i][0] - t[i][0];
    const r = (d >= 0 ? d : -d) / 10;
    const near = Math.round(r);
    const steps = near > r && near - r <= Math.max(1e-9, 2 * Number.EPSILON * r) ? near : Math.floor(r);
    out[i] = [d >= 0 ? steps : -steps];
  }
  return out;
}

function floorBand(a: number[][], t: number[][]): number[][] {
  const out: number[][] = new Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const d = a[i][0] - t[i][0];
    out[i] = [Math.min(1, Math.max(0, (d + 200) / 400)) * 100];
  }
  return out;
}

function floorNextTier(range: number[][]): unknown[][] {
  const out: unknown[][] = new Array(range.length);
  for (let i = 0; i < range.length; i++) {
    const a = range[i][0];
    let k = 0;
    while (k < TIERS.length && TIERS[k][0] <= a) k++;
    out[i] = [k < TIERS.length ? TIERS[k][0] - a : "#N/A"];
  }
  return out;
}

function floorBonus(x: number[][]): number[][] {
  const out: number[][] = new Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = [10000 * curveAt(x[i][0])];
  return out;
}

function floorProrate(start: number[][]): number[][] {
  const out: number[][] = new Array(start.length);
  for (let i = 0; i < start.length; i++) out[i] = [(1000 * (46387 - Math.max(start[i][0], 46023) + 1)) / 365];
  return out;
}

function floorRating(a: number[][]): string[][] {
  const out: string[][] = new Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const s = (a[i][0] / 1500) * 100;
    let label = "";
    for (const [min, l] of BANDS) if ((min as number) <= s) label = l as string;
    out[i] = [label];
  }
  return out;
}

function floorNineBox(a: number[][], t: number[][]): number[][] {
  const level = (v: number) => (v < 500 ? 1 : v < 1000 ? 2 : 3);
  const out: number[][] = new Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = [(level(t[i][0]) - 1) * 3 + level(a[i][0])];
  return out;
}

function floorPace(a: number[][], t: number[][]): string[][] {
  const out: string[][] = new Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const expected = (t[i][0] * 10) / 30;
    const lag = (expected - a[i][0]) / expected;
    out[i] = [a[i][0] >= expected ? "On track" : lag >= 0.1 ? "Off track" : "At risk"];
  }
  return out;
}

// ------------------------------------------------------------------------------------------------------------
// HyperFormula: the native formulas a user would write, one per row.

/** CPU ms HyperFormula takes to build and evaluate `HF_ROWS` rows of the native formula, scaled to `ROWS`. */
function nativeMs(columns: (r: number) => unknown[], extra: unknown[][] = []): number {
  const rows: unknown[][] = [];
  for (let r = 1; r <= HF_ROWS; r++) rows.push(columns(r));
  extra.forEach((cells, i) => {
    rows[i] = [...rows[i], ...cells];
  });
  const start = cpuNow();
  const hf = HyperFormula.buildFromSheets({ S: rows as never }, { licenseKey: "gpl-v3" });
  hf.getCellValue({ sheet: 0, row: HF_ROWS - 1, col: 1 });
  const ms = cpuNow() - start;
  hf.destroy();
  return (ms * ROWS) / HF_ROWS;
}

const sp = (x: string) => `SUMPRODUCT((${x}>$D$1:$D$3)*(${x}-$D$1:$D$3)*$F$1:$F$3)`;
const tierCells = [
  [0, 0.03, "=E1"],
  [100000, 0.05, "=E2-E1"],
  [250000, 0.08, "=E3-E2"],
];
const curveCells = CURVE.map((c) => [...c]);
const m = (r: number) => `MATCH(A${r},$D$1:$D$4,1)`;
const idx = (c: string, r: number, k: string) => `INDEX($${c}$1:$${c}$4,${m(r)}${k})`;

const NATIVE: Record<string, () => number> = {
  TIERED: () => nativeMs((r) => [amounts[r - 1][0], `=${sp(`A${r}`)}`, null], tierCells),
  CURVE: () =>
    nativeMs(
      (r) => [
        xs[r - 1][0],
        `=IF(A${r}<$D$1,0,IF(A${r}>=$D$4,$E$4,${idx("E", r, "")}+(A${r}-${idx("D", r, "")})*(${idx("E", r, "+1")}-${idx("E", r, "")})/(${idx("D", r, "+1")}-${idx("D", r, "")})))`,
        null,
      ],
      curveCells,
    ),
  SCORE: () =>
    nativeMs((r) => [
      actuals[r - 1][0],
      `=IF(A${r}/C${r}<0.8,0,MIN(A${r}/C${r},1.2)*100)`,
      targets[r - 1][0],
    ]),
  WEIGHTED: () =>
    nativeMs(
      (r) => [
        `=SUMPRODUCT(C${r}:E${r},$G$1:$I$1)/SUMPRODUCT(--(C${r}:E${r}<>""),$G$1:$I$1)`,
        `=A${r}`,
        ...scores3[r - 1].map((v) => (v === "" ? null : v)),
      ],
      [[null, ...WEIGHTS[0]]],
    ),
};

// ------------------------------------------------------------------------------------------------------------

/** The inputs of one size. */
interface Inputs {
  amounts: number[][];
  actuals: number[][];
  targets: number[][];
  xs: number[][];
  scores3: unknown[][];
  dates: number[][];
  ratingScores: number[][];
}

const SMALL: Inputs = { amounts, actuals, targets, xs, scores3, dates, ratingScores };
let large: Inputs | null = null;
/** The BIG-row inputs, built on first use. */
function largeInputs(): Inputs {
  large ??= {
    amounts: big(amounts),
    actuals: big(actuals),
    targets: big(targets),
    xs: big(xs),
    scores3: big(scores3),
    dates: big(dates),
    ratingScores: big(ratingScores),
  };
  return large;
}

interface Case {
  id: string;
  kpi: (d: Inputs) => unknown[][];
  /** What the floor computes, printed beside its figures. */
  floorName: string;
  floor: (d: Inputs) => unknown[][];
}

const CASES: Case[] = [
  {
    id: "TIERED",
    floorName: "marginal slices over 3 tiers",
    kpi: (d) => f.tiered(d.amounts, TIERS),
    floor: (d) => floorTiered(d.amounts),
  },
  {
    id: "CURVE",
    floorName: "linear interpolation on 4 points",
    kpi: (d) => f.curve(d.xs, CURVE),
    floor: (d) => floorCurve(d.xs),
  },
  {
    id: "SCORE",
    floorName: "ratio, threshold 0.8, cap 1.2",
    kpi: (d) => f.score(d.actuals, d.targets, N, [[0.8]], [[1.2]]),
    floor: (d) => floorScore(d.actuals, d.targets),
  },
  {
    id: "WEIGHTED",
    floorName: "weighted mean of 3 scores, blanks skipped",
    kpi: (d) => f.weighted(d.scores3, WEIGHTS),
    floor: (d) => floorWeighted(d.scores3),
  },
  {
    id: "ATTAINMENT",
    floorName: "actual / target",
    kpi: (d) => f.attainment(d.actuals, d.targets),
    floor: (d) => floorAttainment(d.actuals, d.targets),
  },
  {
    id: "STEPSCORE",
    floorName: "whole steps of the difference",
    kpi: (d) => f.stepscore(d.actuals, d.targets, [[10]], [[1]]),
    floor: (d) => floorStep(d.actuals, d.targets),
  },
  {
    id: "BANDSCORE",
    floorName: "clamped position in the band",
    kpi: (d) => f.bandscore(d.actuals, d.targets, [[200]]),
    floor: (d) => floorBand(d.actuals, d.targets),
  },
  {
    id: "NEXTTIER",
    floorName: "distance to the next bound, #N/A on top",
    kpi: (d) => f.nexttier(d.amounts, TIERS),
    floor: (d) => floorNextTier(d.amounts),
  },
  {
    id: "BONUS",
    floorName: "target × curve (4 points)",
    kpi: (d) => f.bonus([[10000]], d.xs, CURVE),
    floor: (d) => floorBonus(d.xs),
  },
  {
    id: "PRORATE",
    floorName: "value × days in role / days",
    kpi: (d) => f.prorate([[1000]], d.dates, [[""]], [[46023]], [[46387]]),
    floor: (d) => floorProrate(d.dates),
  },
  {
    id: "RATING",
    floorName: "last band at or below (4 bands)",
    kpi: (d) => f.rating(d.ratingScores, BANDS),
    floor: (d) => floorRating(d.actuals),
  },
  {
    id: "NINEBOX",
    floorName: "two levels from two cuts",
    kpi: (d) => f.ninebox(d.actuals, d.targets, [[500, 1000]]),
    floor: (d) => floorNineBox(d.actuals, d.targets),
  },
  {
    id: "PACE",
    floorName: "label from actual vs expected",
    kpi: (d) => f.pace(d.actuals, d.targets, [[10]], [[30]]),
    floor: (d) => floorPace(d.actuals, d.targets),
  },
];

// ------------------------------------------------------------------------------------------------------------
// Whole-range functions on 1000×1000 cells (DRAWS: one column of 1,000,000 periods), each with its floor.

const SIDE = 1000;
const block = (gen: (i: number, j: number) => unknown): unknown[][] =>
  Array.from({ length: SIDE }, (_, i) => Array.from({ length: SIDE }, (_, j) => gen(i, j)));
const RATERS = Array.from({ length: 50 }, (_, k) => `R${k}`);
const GUIDE = [
  ["A", 0.2],
  ["B", 0.7],
  ["C", 0.1],
];

/**
 * Built only in the process measuring a whole-range function: in the others they would only make the full
 * collection before every timed call mark them again.
 * @returns the inputs, the same numbers in every process (drawn after the element-wise ones).
 */
function wholeInputs() {
  return {
    blockScores: block(() => Math.round(next() * 10000) / 100),
    blockRaters: block(() => RATERS[Math.floor(next() * RATERS.length)]),
    blockRatings: block(() => ["A", "B", "C"][Math.floor(next() * 3)]),
    blockEnps: block(() => Math.floor(next() * 11)),
    blockLikert: block(() => 1 + Math.floor(next() * 5)),
    earned: big(column(() => Math.round(next() * 1000000) / 100)),
  };
}

/** The whole-range functions' inputs (five million cells and a million periods). */
type WholeInputs = ReturnType<typeof wholeInputs>;

interface WholeCase {
  id: string;
  kpi: (w: WholeInputs) => unknown[][];
  floorName: string;
  floor: (w: WholeInputs) => unknown;
}

const WHOLE: WholeCase[] = [
  {
    id: "DISTRIBUTE",
    kpi: (w) => f.distribute(w.blockScores, GUIDE),
    floorName: "sort 1,000,000 numbers (Float64Array)",
    floor: (w) => Float64Array.from(w.blockScores.flat() as number[]).sort(),
  },
  {
    id: "CALIBRATE",
    kpi: (w) => f.calibrate(w.blockScores, w.blockRaters),
    floorName: "mean per rater, then shift each score",
    floor: (w) => {
      const sum = new Map<unknown, number>();
      const count = new Map<unknown, number>();
      for (let i = 0; i < SIDE; i++) {
        for (let j = 0; j < SIDE; j++) {
          const r = w.blockRaters[i][j];
          sum.set(r, (sum.get(r) ?? 0) + (w.blockScores[i][j] as number));
          count.set(r, (count.get(r) ?? 0) + 1);
        }
      }
      let all = 0;
      for (const v of sum.values()) all += v;
      const mean = all / (SIDE * SIDE);
      return w.blockScores.map((row, i) =>
        row.map((v, j) => {
          const r = w.blockRaters[i][j];
          return (v as number) - sum.get(r)! / count.get(r)! + mean;
        }),
      );
    },
  },
  {
    id: "DISTCHECK",
    kpi: (w) => f.distcheck(w.blockRatings, GUIDE),
    floorName: "count each label",
    floor: (w) => {
      const counts = new Map<unknown, number>();
      for (const row of w.blockRatings) for (const v of row) counts.set(v, (counts.get(v) ?? 0) + 1);
      return counts;
    },
  },
  {
    id: "ENPS",
    kpi: (w) => f.enps(w.blockEnps),
    floorName: "count promoters and detractors",
    floor: (w) => {
      let p = 0;
      let d = 0;
      for (const row of w.blockEnps) {
        for (const v of row as number[]) {
          if (v >= 9) p++;
          else if (v <= 6) d++;
        }
      }
      return ((p - d) / (SIDE * SIDE)) * 100;
    },
  },
  {
    id: "FAVORABLE",
    kpi: (w) => f.favorable(w.blockLikert),
    floorName: "count answers of 4 and 5",
    floor: (w) => {
      let n = 0;
      for (const row of w.blockLikert) for (const v of row as number[]) if (v >= 4) n++;
      return n / (SIDE * SIDE);
    },
  },
  {
    id: "DRAWS",
    kpi: (w) => f.draws(w.earned, [[5000]], [["recoverable"]]),
    floorName: "running balance over 1,000,000 periods",
    floor: (w) => {
      const out: number[][] = new Array(w.earned.length);
      let balance = 0;
      for (let i = 0; i < w.earned.length; i++) {
        const e = w.earned[i][0];
        const recovered = Math.min(balance, Math.max(0, e - 5000));
        balance -= recovered;
        const paid = Math.max(e - recovered, 5000);
        balance += paid - (e - recovered);
        out[i] = [paid, balance];
      }
      return out;
    },
  },
];

/** JSON size of a result, as the runtime serializes it to send to Excel. */
function bytes(result: unknown[][]): number {
  return Buffer.byteLength(JSON.stringify(result), "utf8");
}

/**
 * Measures and prints; returns the budgets.
 * @returns the budgets checked.
 */
function measure(): Budget[] {
  const budgets: Budget[] = [];
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const rows = (n: number) => n.toLocaleString("en-US");
  const heading = process.argv[4] === "heading";
  if (heading && CASES.some((c) => chosen(c.id))) {
    console.log(
      `Element-wise: ${rows(ROWS)} rows passed as one range, KPI and floor interleaved, median of ${PAIRS} pairs after 2 ` +
        `warm-ups, garbage collected before each timed call; ×floor: the median of the pairs' ratios (judged), spread: their min–max; ` +
        `${rows(BIG)} rows: median of 5 pairs after 1 warm-up. ` +
        `Times are CPU ms of the process; "wall" is the wall-clock ratio or time of the same calls. ` +
        `HF: native formulas on ${rows(HF_ROWS)} rows, build + evaluate (CPU), scaled to ${rows(ROWS)}.`,
    );
    console.log(
      `${"function".padEnd(11)}${pad("KPI ms", 8)}${pad("floor ms", 10)}${pad("×floor", 8)}${pad("spread", 11)}${pad("wall×", 7)}` +
        `${pad("1M ms", 8)}${pad("1M floor", 10)}${pad("1M wall", 9)}${pad("HF ms", 9)}${pad("HF/KPI", 8)}${pad("B/row", 7)}` +
        `${pad("max rows/call", 15)}  floor`,
    );
  }
  for (const c of CASES.filter((x) => chosen(x.id))) {
    const cmp = compare(
      () => c.kpi(SMALL),
      () => c.floor(SMALL),
      PAIRS,
    );
    const hfMs = NATIVE[c.id] ? NATIVE[c.id]() : null;
    const perRow = bytes(c.kpi(SMALL)) / ROWS;
    const maxRows = Math.floor(PAYLOAD_BYTES / perRow);
    const inputs = largeInputs();
    const bigRun = compare(
      () => c.kpi(inputs),
      () => c.floor(inputs),
      5,
      1,
    );
    console.log(
      `${c.id.padEnd(11)}${pad(cmp.cpuMs.toFixed(1), 8)}${pad(cmp.floorCpuMs.toFixed(1), 10)}${pad(cmp.cpuRatio.toFixed(2), 8)}` +
        `${pad(cmp.cpuRatioSpread, 11)}${pad(cmp.ratio.toFixed(2), 7)}${pad(bigRun.cpuMs.toFixed(0), 8)}` +
        `${pad(bigRun.floorCpuMs.toFixed(0), 10)}${pad(bigRun.ms.toFixed(0), 9)}` +
        `${pad(hfMs === null ? "—" : hfMs.toFixed(0), 9)}${pad(hfMs === null ? "—" : (hfMs / cmp.cpuMs).toFixed(0) + "×", 8)}` +
        `${pad(perRow.toFixed(1), 7)}${pad(maxRows.toLocaleString("en-US"), 15)}  ${c.floorName}`,
    );
    budgets.push({
      label:
        `KPI.${c.id} within ${RATIO_BUDGET}× of its floor (${c.floorName}) at ${rows(ROWS)} rows ` +
        `(median of ${PAIRS} pairs' CPU ratios ${cmp.cpuRatio.toFixed(2)}×, pairs ${cmp.cpuRatioSpread}×; ` +
        `median CPU ${cmp.cpuMs.toFixed(1)} ms vs ${cmp.floorCpuMs.toFixed(1)} ms; wall ${cmp.ratio.toFixed(2)}×)`,
      met: cmp.cpuRatio <= RATIO_BUDGET,
    });
    budgets.push({
      label:
        `KPI.${c.id} under ${BIG_MS_BUDGET} ms on ${rows(BIG)} cells (median CPU ${bigRun.cpuMs.toFixed(0)} ms; ` +
        `floor ${bigRun.floorCpuMs.toFixed(0)} ms; wall ${bigRun.ms.toFixed(0)} ms, floor ${bigRun.floorMs.toFixed(0)} ms)`,
      met: bigRun.cpuMs < BIG_MS_BUDGET,
    });
    if (hfMs !== null) {
      budgets.push({
        label: `KPI.${c.id} ≥10× faster than native formulas (${(hfMs / cmp.cpuMs).toFixed(0)}×)`,
        met: hfMs / cmp.cpuMs >= 10,
      });
    }
  }
  large = null;

  if (heading && WHOLE.some((c) => chosen(c.id))) {
    console.log(
      `\nWhole-range functions on ${SIDE}×${SIDE} cells (DRAWS: ${rows(BIG)} periods in one column); ` +
        `KPI and floor interleaved, median of 5 pairs after 1 warm-up; CPU ms of the process (judged), wall ms beside.`,
    );
    console.log(
      `${"function".padEnd(11)}${pad("KPI ms", 8)}${pad("floor ms", 10)}${pad("×floor", 8)}${pad("spread", 11)}` +
        `${pad("wall ms", 9)}${pad("floor", 8)}${pad("wall×", 7)}  floor`,
    );
  }
  for (const c of WHOLE.filter((x) => chosen(x.id))) {
    const w = wholeInputs();
    const cmp = compare(
      () => c.kpi(w),
      () => c.floor(w),
      5,
      1,
    );
    console.log(
      `${c.id.padEnd(11)}${pad(cmp.cpuMs.toFixed(0), 8)}${pad(cmp.floorCpuMs.toFixed(0), 10)}${pad(cmp.cpuRatio.toFixed(2), 8)}` +
        `${pad(cmp.cpuRatioSpread, 11)}${pad(cmp.ms.toFixed(0), 9)}${pad(cmp.floorMs.toFixed(0), 8)}` +
        `${pad(cmp.ratio.toFixed(2), 7)}  ${c.floorName}`,
    );
    budgets.push({
      label:
        `KPI.${c.id} under ${BIG_MS_BUDGET} ms on ${rows(BIG)} cells (median CPU ${cmp.cpuMs.toFixed(0)} ms; ` +
        `floor, ${c.floorName}: ${cmp.floorCpuMs.toFixed(0)} ms; wall ${cmp.ms.toFixed(0)} ms, floor ${cmp.floorMs.toFixed(0)} ms)`,
      met: cmp.cpuMs < BIG_MS_BUDGET,
    });
  }
  if (ONE === "PAYLOAD") {
    // The worst case: every cell a 17-significant-digit negative double with an exponent.
    const worst = bytes([[-1.2345678901234567e-300]]) - 4 + 3; // one cell: "[[…]]" → "[…],"
    console.log(
      `\nPayload: Excel accepts about ${PAYLOAD_BYTES.toLocaleString("en-US")} bytes per result. ` +
        `A one-column numeric result costs ${worst} bytes per row at worst (full precision, exponent), ` +
        `so one call returns at most ${Math.floor(PAYLOAD_BYTES / worst).toLocaleString("en-US")} rows in the worst case; ` +
        `typical figures per function are in the table (B/row, max rows/call).`,
    );
  }
  return budgets;
}

// The parent passes the file to write the budgets (or the ids) to; the tables go to stdout as they are measured.
writeFileSync(
  process.argv[2],
  JSON.stringify(
    ONE === "LIST" ? { elementwise: CASES.map((c) => c.id), whole: WHOLE.map((c) => c.id) } : measure(),
  ),
);
