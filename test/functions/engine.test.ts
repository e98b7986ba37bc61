/**
 * The KPI functions inside a formula engine (HyperFormula), beside the native formulas a spreadsheet user would
 * write for the same thing, over thousands of generated rows. HyperFormula has no LOOKUP and no INDEX(…):INDEX(…)
 * references, so the native side uses VLOOKUP and INDEX/MATCH forms that Excel evaluates the same way.
 */
import type { HyperFormula } from "hyperformula";
import { createEngine, registerKpiFunctions } from "./hyperformula";

// 1,200 rows per sheet, 3,600 in all: enough to cover every tier, curve segment and blank pattern many times
// over while the suite stays at a few seconds.
const ROWS = 1200;

/** A deterministic generator (LCG) so a failure reproduces. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function value(hf: HyperFormula, row: number, col: number, sheet = 0): unknown {
  return hf.getCellValue({ sheet, row, col });
}

/** Equal within relative 1e-9: both sides are IEEE doubles summed in different orders. */
function expectClose(actual: unknown, expected: unknown, where: string): void {
  if (typeof actual !== "number" || typeof expected !== "number") {
    throw new Error(`${where}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`);
  }
  if (Math.abs(actual - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
    throw new Error(`${where}: ${actual} vs ${expected}`);
  }
}

describe("HyperFormula adapter", () => {
  it("registers all 20 functions under the KPI namespace", () => {
    const names = registerKpiFunctions();
    expect(names).toHaveLength(20);
    expect(names).toContain("KPI.TIERED");
    expect(names).toContain("KPI.DRAWS");
  });

  it("computes, spills and reports errors like Excel", () => {
    const hf = createEngine({
      S: [
        [80, 100, "=KPI.ATTAINMENT(A1,B1)", "=KPI.ATTAINMENT(A1,0)", "=KPI.NEXTTIER(300000,F1:G3)", 0, 0.04],
        [120, null, "=KPI.ATTAINMENT(A1:A2,100)", "=KPI.RATING(-5,F1:G1)", null, 150000, 0.06],
        [null, null, null, null, null, 250000, 0.08],
        ["=KPI.EXPLAIN(20000,F1:G3,,,145000)"],
      ],
    });
    expect(value(hf, 0, 2)).toBe(0.8);
    expect(value(hf, 0, 3)).toMatchObject({ type: "DIV_BY_ZERO" });
    expect(value(hf, 0, 4)).toMatchObject({ type: "NA", message: "already in the top tier" });
    expect([value(hf, 1, 2), value(hf, 2, 2)]).toEqual([0.8, 1.2]);
    expect(value(hf, 1, 3)).toMatchObject({ type: "NA", message: "below the lowest band" });
    expect(value(hf, 3, 0)).toBe("Tier");
    expect(value(hf, 6, 0)).toBe("Total");
    expect(value(hf, 6, 5)).toBe(1100);
    hf.destroy();
  });

  it("passes error cells of a range to the function, which keeps them per cell", () => {
    const hf = createEngine({ S: [["=1/0", "=KPI.ATTAINMENT(A1:A2,1)"], [2]] });
    expect(value(hf, 0, 1)).toMatchObject({ type: "DIV_BY_ZERO" });
    expect(value(hf, 1, 1)).toBe(2);
    hf.destroy();
  });
});

describe("KPI.TIERED beside the classic SUMPRODUCT tier formula", () => {
  it(`agrees on ${ROWS} generated rows, marginal with prior and retro, per row and spilled`, () => {
    const next = random(1);
    // Tiers in E1:F4 with a header; G holds the differential rates the classic formula needs.
    const tiers = [
      ["Bound", "Rate", "Diff"],
      [0, 0.03, "=F2"],
      [100000, 0.05, "=F3-F2"],
      [250000, 0.08, "=F4-F3"],
    ];
    const sumproduct = (x: string) => `SUMPRODUCT((${x}>$E$2:$E$4)*((${x})-$E$2:$E$4)*$G$2:$G$4)`;
    const rows: unknown[][] = [
      [
        "Amount",
        "Prior",
        "KPI marginal",
        "Native marginal",
        ...tiers[0],
        "KPI retro",
        "Native retro",
        "Spilled",
      ],
    ];
    for (let i = 2; i <= ROWS + 1; i++) {
      const amount = Math.round(next() * 400000 * 100) / 100;
      const prior = next() < 0.3 ? Math.round(next() * 200000) : 0;
      const t = tiers[i - 1] ?? ["", "", ""];
      rows.push([
        amount,
        prior,
        `=KPI.TIERED(A${i},$E$1:$F$4,"marginal",,B${i})`,
        `=${sumproduct(`A${i}+B${i}`)}-${sumproduct(`B${i}`)}`,
        ...t,
        `=KPI.TIERED(A${i},$E$1:$F$4,"全额累进")`,
        `=A${i}*VLOOKUP(A${i},$E$2:$F$4,2,TRUE())`,
        i === 2 ? `=KPI.TIERED(A2:A${ROWS + 1},$E$1:$F$4,,,B2:B${ROWS + 1})` : null,
      ]);
    }
    const hf = createEngine({ S: rows as never });
    const v = hf.getSheetValues(0);
    for (let r = 1; r <= ROWS; r++) {
      const kpi = v[r][2];
      expectClose(kpi, v[r][3], `row ${r + 1} marginal`);
      expectClose(v[r][7], v[r][8], `row ${r + 1} retro`);
      expectClose(v[r][9], kpi, `row ${r + 1} spilled`);
    }
    hf.destroy();
  });
});

describe("KPI.WEIGHTED beside SUMPRODUCT/SUM", () => {
  it(`agrees on ${ROWS} generated rows with blank scores, per row and as one spilled block`, () => {
    const next = random(2);
    const rows: unknown[][] = [
      ["", "Sales", "Quality", "Service", "KPI", "Native", "Spilled", 0.5, 0.3, 0.2],
    ];
    for (let i = 2; i <= ROWS + 1; i++) {
      const score = () => (next() < 0.1 ? null : Math.round(next() * 12000) / 100);
      const s: (number | null)[] = [score(), score(), score()];
      if (s.filter((v) => v !== null).length === 0) s[0] = 50;
      rows.push([
        `P${i}`,
        ...s,
        `=KPI.WEIGHTED(B${i}:D${i},$H$1:$J$1)`,
        `=SUMPRODUCT(B${i}:D${i},$H$1:$J$1)/SUMPRODUCT(--(B${i}:D${i}<>""),$H$1:$J$1)`,
        i === 2 ? `=KPI.WEIGHTED(B2:D${ROWS + 1},H1:J1)` : null,
      ]);
    }
    const hf = createEngine({ S: rows as never });
    const v = hf.getSheetValues(0);
    for (let r = 1; r <= ROWS; r++) {
      expectClose(v[r][4], v[r][5], `row ${r + 1}`);
      expectClose(v[r][6], v[r][4], `row ${r + 1} spilled`);
    }
    hf.destroy();
  });
});

describe("KPI.CURVE beside an INDEX/MATCH interpolation and a VLOOKUP step", () => {
  it(`agrees on ${ROWS} generated attainments, linear and step`, () => {
    const next = random(3);
    const curve = [
      ["Point", "Value"],
      [0.8, 0.5],
      [1, 1],
      [1.2, 1.8],
      [1.5, 2.5],
    ];
    // H holds the classic helper column: the index of the last point at or below x.
    const at = (col: string, r: number, k: string) => `INDEX($${col}$2:$${col}$5,H${r}${k})`;
    const rows: unknown[][] = [
      ["x", "KPI linear", "Native linear", "KPI step", ...curve[0], "Native step", "Match"],
    ];
    for (let r = 2; r <= ROWS + 1; r++) {
      const x = Math.round(next() * 200) / 100;
      const c = curve[r - 1] ?? [null, null];
      const linear =
        `=IF(A${r}<$E$2,0,IF(A${r}>=$E$5,$F$5,` +
        `${at("F", r, "")}+(A${r}-${at("E", r, "")})*(${at("F", r, "+1")}-${at("F", r, "")})/(${at("E", r, "+1")}-${at("E", r, "")})))`;
      rows.push([
        x,
        `=KPI.CURVE(A${r},$E$1:$F$5)`,
        linear,
        `=KPI.CURVE(A${r},$E$1:$F$5,"step")`,
        ...c,
        `=IF(A${r}<$E$2,0,VLOOKUP(A${r},$E$2:$F$5,2,TRUE()))`,
        `=IFERROR(MATCH(A${r},$E$2:$E$5,1),1)`,
      ]);
    }
    const hf = createEngine({ S: rows as never });
    const v = hf.getSheetValues(0);
    for (let r = 1; r <= ROWS; r++) {
      expectClose(v[r][1], v[r][2], `row ${r + 1} linear`);
      expectClose(v[r][3], v[r][6], `row ${r + 1} step`);
    }
    hf.destroy();
  });
});
