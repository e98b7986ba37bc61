/**
 * A generated sheet's cells laid out from its plan (src/workbook/xlsx/planSheet.ts): one formula note per run of
 * formula cells down a column, table header names, looks shared between cells, wrapped rows and merged notes.
 */
import { t } from "../../../src/i18n";
import { figureColumns, type PlanCell, type SheetPlan } from "../../../src/model/sheetPlan";
import { layOutPlan, rowRelative } from "../../../src/workbook/xlsx/planSheet";
import { blank, fx, num, text } from "../../fixtures/cells";

describe("layOutPlan", () => {
  const plan: SheetPlan = {
    name: "R",
    widths: [10, 6, 10],
    blocks: [
      { row: 0, col: 0, style: "title", cells: [[text("Report")]] },
      {
        row: 2,
        col: 0,
        header: true,
        formats: ["general", "percent", "integer"],
        cells: [
          [text("Name"), text("Score"), text("Tasks")],
          [text("Ann"), fx("=B5/100", 0.8), fx("=SUM(1,2)", 3)],
          [text("Bo"), fx("=B6/100", 0.5), { kind: "number", value: 4 }],
          [text("A name far too long for its column"), fx("=B7/100", 0.1), { kind: "blank" }],
        ],
      },
      {
        row: 7,
        col: 0,
        style: "note",
        cells: [[text("A long note about the plan that does not fit into the first column at all")]],
      },
    ],
  };

  it("gives a run of formulas down a column one note, on its first cell, saying how far it goes", () => {
    const grid = layOutPlan(plan, "en-US", new Map([[1, ["Name", "Score", "Tasks"]]]));
    expect(grid.notes).toEqual([
      {
        row: 4,
        col: 2,
        text: t("en-US", "workbook.formula.noteRun", { formula: "=B5/100", count: 2, last: 6 }),
      },
      { row: 4, col: 3, text: t("en-US", "workbook.formula.note", { formula: "=SUM(1,2)" }) },
    ]);
  });

  it("starts a new note where the formula below is a different one, not the same for its own row", () => {
    const mixed: SheetPlan = {
      name: "G",
      widths: [10, 10],
      blocks: [
        {
          row: 0,
          col: 0,
          header: true,
          formats: ["general", "decimal"],
          cells: [
            [text("Goal"), text("Score")],
            [text("a"), fx('=KPI.SCORE(C2,D2,"higher")', 80)],
            [text("b"), fx('=KPI.SCORE(C3,D3,"higher")', 90)],
            [text("c"), fx("=KPI.STEPSCORE(C4,$F$1:$G$3)", 70)],
            [text("d"), fx("=KPI.STEPSCORE(C5,$F$1:$G$3)", 60)],
            [text("e"), fx("=KPI.STEPSCORE(C5,$F$1:$G$3)", 60)],
          ],
        },
      ],
    };
    expect(layOutPlan(mixed, "en-US").notes.map((n) => [n.row, n.text])).toEqual([
      [
        2,
        t("en-US", "workbook.formula.noteRun", { formula: '=KPI.SCORE(C2,D2,"higher")', count: 1, last: 3 }),
      ],
      [
        4,
        t("en-US", "workbook.formula.noteRun", {
          formula: "=KPI.STEPSCORE(C4,$F$1:$G$3)",
          count: 1,
          last: 5,
        }),
      ],
      // Row 6 points at row 5, not at its own row: not the same formula for its own row.
      [6, t("en-US", "workbook.formula.note", { formula: "=KPI.STEPSCORE(C5,$F$1:$G$3)" })],
    ]);
  });

  it("rowRelative: relative rows as distances, absolute rows, strings, sheet names and function names kept", () => {
    expect(rowRelative("=B5/100", 5)).toBe(rowRelative("=B6/100", 6));
    expect(rowRelative("=B5/100", 5)).not.toBe(rowRelative("=B5/100", 6));
    expect(rowRelative("=$B$2*C7+B$3", 7)).toBe("=$B$2*CR[0]+B$3");
    expect(rowRelative('=LOG10(A9)&"A1"', 9)).toBe('=LOG10(AR[0])&"A1"');
    expect(rowRelative("='KPI Report 2026-Q2'!B12+'It''s A1'!C3", 12)).toBe(
      "='KPI Report 2026-Q2'!BR[0]+'It''s A1'!CR[-9]",
    );
  });

  it("writes values with one style per look, wraps a clipped cell and merges a long note across", () => {
    const grid = layOutPlan(plan, "zh-CN");
    const xml = [...grid.rowsXml((look) => look + 10)].join("");
    const lookOf = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)?.[1]) - 10;
    // Numbers keep their value; text is inline; header, title, body and wrapped cells differ in look.
    expect(xml).toContain('<c r="B4" s="');
    expect(xml).toMatch(/<c r="B4" s="\d+"><v>0.8<\/v><\/c>/);
    // Every cell with a value has a font (the report's one font); headers of figures align right over them.
    expect(grid.looks[lookOf("B4")]).toEqual({ numFmt: "0.0%", font: "body" });
    expect(grid.looks[lookOf("C5")]).toEqual({ numFmt: "#,##0", font: "body" });
    // Text of a table sits one indent in, so it never touches a right-aligned figure or header before it.
    expect(grid.looks[lookOf("A3")]).toEqual({ font: "bold", header: true, indent: true });
    expect(grid.looks[lookOf("B3")]).toEqual({ font: "bold", header: true, right: true });
    expect(grid.looks[lookOf("C3")]).toEqual({ font: "bold", header: true, right: true });
    expect(grid.looks[lookOf("A1")]).toEqual({ font: "title" });
    expect(grid.looks[lookOf("A4")]).toEqual({ font: "body", indent: true });
    expect(grid.looks[lookOf("A6")]).toEqual({ font: "body", indent: true, wrap: true, top: true });
    expect(grid.looks[lookOf("B6")]).toEqual({ numFmt: "0.0%", font: "body", top: true });
    // Cells that look alike share a look.
    expect(lookOf("B4")).toBe(lookOf("B5"));
    expect(grid.heights.get(6)).toBeGreaterThan(15);
    expect(xml).toMatch(/<row r="6" ht="\d+" customHeight="1">/);
    expect(grid.merges).toEqual([{ top: 8, left: 1, bottom: 8, right: 3 }]);
    expect(grid.dimension).toBe("A1:C8");
    // The blank cell of a formatted column carries its format only.
    expect(xml).toMatch(/<c r="C6" s="\d+"\/>/);
  });

  it("aligns a header right over figures in the blocks below it, and wraps a long header", () => {
    const split: SheetPlan = {
      name: "S",
      widths: [12, 8, 8, 8],
      blocks: [
        // A header written alone, its rows as blocks of their own below (a statement's goals).
        {
          row: 0,
          col: 0,
          header: true,
          cells: [[text("KPI"), text("Target"), text("Pace"), text("A long header")]],
        },
        {
          row: 1,
          col: 0,
          style: "table",
          formats: ["general", "integer", "general", "general"],
          cells: [[text("Visits"), num(12), text("On track"), num(3)]],
        },
        {
          row: 2,
          col: 0,
          style: "table",
          formats: ["general", "integer", "general", "general"],
          cells: [[text("Calls"), num(8), { kind: "blank" }, num(4)]],
        },
        // Text that runs into a cell another block wrote is wrapped too.
        {
          row: 4,
          col: 0,
          header: true,
          formats: ["general"],
          cells: [[text("Employee net promoter")], [num(1)]],
        },
        { row: 4, col: 1, header: true, cells: [[text("Held")], [text("2")]] },
      ],
    };
    expect(figureColumns(split, 0)).toEqual([false, true, false, true]);
    const grid = layOutPlan(split, "en-US");
    const xml = [...grid.rowsXml((look) => look + 10)].join("");
    const lookOf = (ref: string) =>
      grid.looks[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)?.[1]) - 10];
    // The row's other cells line up with the wrapped header's first line (top).
    expect(lookOf("A1")).toEqual({ font: "bold", header: true, indent: true, top: true });
    expect(lookOf("B1")).toEqual({ font: "bold", header: true, right: true, top: true });
    expect(lookOf("C1")).toEqual({ font: "bold", header: true, indent: true, top: true });
    // The last header of a row wraps though nothing is to its right: right-aligned, it would run over leftwards.
    expect(lookOf("D1")).toEqual({ font: "bold", header: true, right: true, wrap: true, top: true });
    expect(lookOf("A5")).toMatchObject({ wrap: true });
    expect(grid.heights.get(1)).toBeGreaterThan(15);
    expect(grid.heights.get(5)).toBeGreaterThan(15);
  });

  it("keeps words in a column of figures in their column, and breaks a header where its text says", () => {
    const plan: SheetPlan = {
      name: "H",
      widths: [10, 12, 12, 12],
      blocks: [
        {
          row: 0,
          col: 0,
          header: true,
          formats: ["general", "yuan", "yuan", "general"],
          cells: [
            [
              text("Name"),
              text("Bonus\n(to date)"),
              text("Bonus\n(projected at period end)"),
              text("Status"),
            ],
            [text("Ann"), num(6560), num(95846), text("Not recorded")],
            [
              text("Bob"),
              text("held — gate cannot be evaluated"),
              text("held — gate cannot be evaluated"),
              blank,
            ],
          ],
        },
      ],
    };
    const grid = layOutPlan(plan, "en-US");
    const xml = [...grid.rowsXml((look) => look + 10)].join("");
    const lookOf = (ref: string) =>
      grid.looks[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)?.[1]) - 10];
    // Words in a money column align right like its figures and wrap inside their column (never spilling into
    // the projected column beside), the row tall enough for them.
    expect(lookOf("B3")).toEqual({ font: "body", right: true, wrap: true, top: true });
    expect(lookOf("C3")).toEqual({ font: "body", right: true, wrap: true, top: true });
    expect(grid.heights.get(3)).toBeGreaterThanOrEqual(45);
    // Text after a figure sits one indent in ("95,846 Not recorded", not "95,846Not recorded").
    expect(lookOf("D2")).toEqual({ font: "body", indent: true });
    // A header with a line break wraps there, and its row has a line for each part (at least).
    expect(lookOf("B1")).toMatchObject({ right: true, wrap: true });
    expect(grid.heights.get(1)).toBeGreaterThanOrEqual(30);
    expect(xml).toContain("Bonus\n(to date)");
  });

  it("aligns words right in a General column the block marks as figures (a statement step's Value)", () => {
    const step = (label: string, value: PlanCell, format: "yuan" | "general", figures?: boolean[]) => ({
      style: "table" as const,
      col: 0,
      formats: ["general", format, "general"] as ("general" | "yuan")[],
      ...(figures ? { figures } : {}),
      cells: [[text(label), value, text("how")]],
    });
    const plan: SheetPlan = {
      name: "St",
      widths: [14, 12, 20],
      blocks: [
        { row: 0, col: 0, header: true, cells: [[text("Step"), text("Value"), text("How")]] },
        { row: 1, ...step("Target bonus", num(45000), "yuan") },
        { row: 2, ...step("Gate", text("cannot be evaluated"), "general", [false, true, false]) },
        { row: 3, ...step("Status", text("Not recorded"), "general") },
      ],
    };
    expect(figureColumns(plan, 0)).toEqual([false, true, false]);
    const grid = layOutPlan(plan, "en-US");
    const xml = [...grid.rowsXml((look) => look + 10)].join("");
    const lookOf = (ref: string) =>
      grid.looks[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)?.[1]) - 10];
    expect(lookOf("B1")).toMatchObject({ header: true, right: true });
    // The gate's word stands right, under the figure above it; without the mark a word sits one indent in.
    expect(lookOf("B3")).toMatchObject({ right: true });
    expect(lookOf("B3")).not.toHaveProperty("indent");
    expect(lookOf("B4")).toMatchObject({ indent: true });
  });

  it("sets words a formula gives one indent in, as typed words, so they do not touch the figure before them", () => {
    const plan: SheetPlan = {
      name: "G",
      widths: [10, 10, 10],
      blocks: [
        {
          row: 0,
          col: 0,
          header: true,
          formats: ["general", "percent", "general"],
          cells: [
            [text("Name"), text("Attainment"), text("Gate met")],
            [
              text("Ann"),
              num(0.428),
              { kind: "formula", formula: '=IF(B2>=0.5,"met","not met")', value: "not met" },
            ],
            [text("Bo"), num(0.6), text("unknown")],
            [text("Cy"), num(0.7), fx("=SUM(1,2)", 3)],
          ],
        },
      ],
    };
    const grid = layOutPlan(plan, "en-US");
    const xml = [...grid.rowsXml((look) => look + 10)].join("");
    const lookOf = (ref: string) =>
      grid.looks[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)?.[1]) - 10];
    expect(lookOf("C2")).toEqual({ font: "body", indent: true });
    expect(lookOf("C3")).toEqual({ font: "body", indent: true });
    // A formula's figure stays a figure.
    expect(lookOf("C4")).toEqual({ font: "body" });
  });
});
