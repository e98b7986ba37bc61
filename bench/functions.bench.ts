/**
 * The element-wise KPI functions over 100,000 rows passed as one range (one call, as Excel makes it), against
 * a minimal hand-written loop computing the same rule (the floor: no coercion, no checks) and against
 * HyperFormula evaluating the equivalent native formulas, one per row (on 10,000 rows, scaled ×10: the engine
 * is at least linear in rows, so the scaling flatters it, never the functions). Budgets: TIERED, CURVE, SCORE and
 * WEIGHTED within 3× of the floor and at least 10× faster than the native formulas.
 *
 * Also prints the largest result one call can return under Excel's 5 MB custom-function payload.
 */
import { HyperFormula } from "hyperformula";
import * as f from "../src/functions/functions";
import { best, type Budget } from "./harness";

/** Title printed by bench/run.ts. */
export const name = "KPI custom functions";

const ROWS = 100_000;
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
    const d = a[i][0] - t[i][0];
    out[i] = [d >= 0 ? Math.floor(d / 10) : -Math.floor(-d / 10)];
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

function nativeMs(columns: (r: number) => unknown[], extra: unknown[][] = []): number {
  const rows: unknown[][] = [];
  for (let r = 1; r <= HF_ROWS; r++) rows.push(columns(r));
  extra.forEach((cells, i) => {
    rows[i] = [...rows[i], ...cells];
  });
  const start = performance.now();
  const hf = HyperFormula.buildFromSheets({ S: rows as never }, { licenseKey: "gpl-v3" });
  hf.getCellValue({ sheet: 0, row: HF_ROWS - 1, col: 1 });
  const ms = performance.now() - start;
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

interface Case {
  id: string;
  kpi: () => unknown[][];
  floor: () => unknown[][];
  budget: boolean;
}

const CASES: Case[] = [
  { id: "TIERED", kpi: () => f.tiered(amounts, TIERS), floor: () => floorTiered(amounts), budget: true },
  { id: "CURVE", kpi: () => f.curve(xs, CURVE), floor: () => floorCurve(xs), budget: true },
  {
    id: "SCORE",
    kpi: () => f.score(actuals, targets, N, [[0.8]], [[1.2]]),
    floor: () => floorScore(actuals, targets),
    budget: true,
  },
  {
    id: "WEIGHTED",
    kpi: () => f.weighted(scores3, WEIGHTS),
    floor: () => floorWeighted(scores3),
    budget: true,
  },
  {
    id: "ATTAINMENT",
    kpi: () => f.attainment(actuals, targets),
    floor: () => floorAttainment(actuals, targets),
    budget: false,
  },
  {
    id: "STEPSCORE",
    kpi: () => f.stepscore(actuals, targets, [[10]], [[1]]),
    floor: () => floorStep(actuals, targets),
    budget: false,
  },
  {
    id: "BANDSCORE",
    kpi: () => f.bandscore(actuals, targets, [[200]]),
    floor: () => floorBand(actuals, targets),
    budget: false,
  },
  {
    id: "NEXTTIER",
    kpi: () => f.nexttier(amounts, TIERS),
    floor: () => floorNextTier(amounts),
    budget: false,
  },
  { id: "BONUS", kpi: () => f.bonus([[10000]], xs, CURVE), floor: () => floorBonus(xs), budget: false },
  {
    id: "PRORATE",
    kpi: () => f.prorate([[1000]], dates, [[""]], [[46023]], [[46387]]),
    floor: () => floorProrate(dates),
    budget: false,
  },
  {
    id: "RATING",
    kpi: () =>
      f.rating(
        column(() => 0).map((_, i) => [(actuals[i][0] / 1500) * 100]),
        BANDS,
      ),
    floor: () => floorRating(actuals),
    budget: false,
  },
  {
    id: "NINEBOX",
    kpi: () => f.ninebox(actuals, targets, [[500, 1000]]),
    floor: () => floorNineBox(actuals, targets),
    budget: false,
  },
  {
    id: "PACE",
    kpi: () => f.pace(actuals, targets, [[10]], [[30]]),
    floor: () => floorPace(actuals, targets),
    budget: false,
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
export async function run(): Promise<Budget[]> {
  const budgets: Budget[] = [];
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(
    `${ROWS.toLocaleString("en-US")} rows passed as one range; best of 7 runs after 2 warm-ups. ` +
      `HF: native formulas on ${HF_ROWS.toLocaleString("en-US")} rows, build + evaluate, scaled to ${ROWS.toLocaleString("en-US")}.`,
  );
  console.log(
    `${"function".padEnd(11)}${pad("KPI ms", 9)}${pad("floor ms", 10)}${pad("×floor", 8)}${pad("HF ms", 10)}${pad("HF/KPI", 9)}${pad("B/row", 7)}${pad("max rows/call", 15)}`,
  );
  for (const c of CASES) {
    const kpiMs = best(c.kpi);
    const floorMs = best(c.floor);
    const ratio = kpiMs / floorMs;
    const hfMs = NATIVE[c.id] ? NATIVE[c.id]() : null;
    const perRow = bytes(c.kpi()) / ROWS;
    const maxRows = Math.floor(PAYLOAD_BYTES / perRow);
    console.log(
      `${c.id.padEnd(11)}${pad(kpiMs.toFixed(1), 9)}${pad(floorMs.toFixed(1), 10)}${pad(ratio.toFixed(2), 8)}` +
        `${pad(hfMs === null ? "—" : hfMs.toFixed(0), 10)}${pad(hfMs === null ? "—" : (hfMs / kpiMs).toFixed(0) + "×", 9)}` +
        `${pad(perRow.toFixed(1), 7)}${pad(maxRows.toLocaleString("en-US"), 15)}`,
    );
    if (c.budget) {
      budgets.push({ label: `KPI.${c.id} within 3× of the floor (${ratio.toFixed(2)}×)`, met: ratio <= 3 });
      if (hfMs !== null) {
        budgets.push({
          label: `KPI.${c.id} ≥10× faster than native formulas (${(hfMs / kpiMs).toFixed(0)}×)`,
          met: hfMs / kpiMs >= 10,
        });
      }
    }
  }
  // The worst case: every cell a 17-significant-digit negative double with an exponent.
  const worst = bytes([[-1.2345678901234567e-300]]) - 4 + 3; // one cell: "[[…]]" → "[…],"
  console.log(
    `\nPayload: Excel accepts about ${PAYLOAD_BYTES.toLocaleString("en-US")} bytes per result. ` +
      `A one-column numeric result costs ${worst} bytes per row at worst (full precision, exponent), ` +
      `so one call returns at most ${Math.floor(PAYLOAD_BYTES / worst).toLocaleString("en-US")} rows in the worst case; ` +
      `typical figures per function are in the table (B/row, max rows/call).`,
  );
  return budgets;
}
