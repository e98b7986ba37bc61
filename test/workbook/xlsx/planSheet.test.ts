/**
 * A generated sheet's cells laid out from its plan (src/workbook/xlsx/planSheet.ts): one formula note per run of
 * formula cells down a column, table header names, looks shared between cells, wrapped rows and merged notes.
 */
import { t } from "../../../src/i18n";
import type { PlanCell, SheetPlan } from "../../../src/model/sheetPlan";
import { layOutPlan } from "../../../src/workbook/xlsx/planSheet";

const text = (value: string): PlanCell => ({ kind: "text", value });
const fx = (formula: string, value: number): PlanCell => ({ kind: "formula", formula, value });

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

  it("writes values with one style per look, wraps a clipped cell and merges a long note across", () => {
    const grid = layOutPlan(plan, "zh-CN");
    const xml = [...grid.rowsXml((look) => look + 10)].join("");
    const lookOf = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)?.[1]) - 10;
    // Numbers keep their value; text is inline; header, title, body and wrapped cells differ in look.
    expect(xml).toContain('<c r="B4" s="');
    expect(xml).toMatch(/<c r="B4" s="\d+"><v>0.8<\/v><\/c>/);
    expect(grid.looks[lookOf("B4")]).toEqual({ numFmt: "0.0%" });
    expect(grid.looks[lookOf("C5")]).toEqual({ numFmt: "#,##0" });
    expect(grid.looks[lookOf("A3")]).toEqual({ font: "bold", header: true });
    expect(grid.looks[lookOf("A1")]).toEqual({ font: "title" });
    expect(grid.looks[lookOf("A6")]).toEqual({ wrap: true, top: true });
    expect(grid.looks[lookOf("B6")]).toEqual({ numFmt: "0.0%", top: true });
    // Cells that look alike share a look.
    expect(lookOf("B4")).toBe(lookOf("B5"));
    expect(grid.heights.get(6)).toBeGreaterThan(15);
    expect(xml).toMatch(/<row r="6" ht="\d+" customHeight="1">/);
    expect(grid.merges).toEqual([{ top: 8, left: 1, bottom: 8, right: 3 }]);
    expect(grid.dimension).toBe("A1:C8");
    // The blank cell of a formatted column carries its format only.
    expect(xml).toMatch(/<c r="C6" s="\d+"\/>/);
  });
});
