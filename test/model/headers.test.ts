import { ValidationError } from "../../src/core/errors";
import {
  headersOf,
  planAppend,
  planDelete,
  planUpdate,
  readTable,
  resolveHeaders,
  rowToCells,
  unwritableIssues,
} from "../../src/model";

describe("resolveHeaders", () => {
  it("matches keys, English and Chinese headers in any order, case and spacing aside", () => {
    const map = resolveHeaders("Curves", ["数值", "my column", "  CURVE ", "point"]);
    expect(map.index).toEqual({ Value: 0, Curve: 2, Point: 3 });
    expect(map.positions).toEqual(["Value", null, "Curve", "Point"]);
    expect(map.missing).toEqual([]);
  });

  it.each(["en-US", "zh-CN"] as const)("reads its own %s headers", (locale) => {
    expect(resolveHeaders("Reviews", headersOf("Reviews", locale)).missing).toEqual([]);
  });

  it("lists missing optional columns and names every missing required one", () => {
    expect(resolveHeaders("Surveys", ["Date", "Kind", "Team", "Score"]).missing).toEqual([
      "Question",
      "Comment",
    ]);
    let error: unknown;
    try {
      resolveHeaders("Deals", ["Deal ID", "Amount"]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.column)).toEqual(["ManagerID", "Stage"]);
    expect((error as ValidationError).message).toContain("Manager ID");
    expect((error as ValidationError).message).toContain("Deal ID, Amount");
    expect((error as ValidationError).localized("zh-CN")).toContain("客户经理编号");
  });

  it("refuses two headers that mean the same column", () => {
    expect(() => resolveHeaders("Curves", ["Curve", "曲线名称", "Point", "Value"])).toThrow(/both mean/);
  });
});

describe("readTable", () => {
  it("skips blank rows and counts them in row numbers", () => {
    const header = ["Curve", "Point", "Value"];
    expect(
      readTable("Curves", header, [
        ["A", 1, 2],
        ["", null, undefined],
        ["A", "2", "3"],
      ]),
    ).toEqual([
      { Curve: "A", Point: 1, Value: 2 },
      { Curve: "A", Point: 2, Value: 3 },
    ]);
    expect(() =>
      readTable("Curves", header, [
        ["A", 1, 2],
        [null, null, null],
        [null, 2, 3],
      ]),
    ).toThrow("Curves, row 3, column “Curve”: a value is required");
  });
});

describe("cells of a row", () => {
  const map = resolveHeaders("Curves", ["Value", "Notes", "Curve", "Point"]);

  it("lays a row out along the header, keeping a user's column", () => {
    expect(rowToCells(map, { Curve: "A", Point: 1, Value: 2 })).toEqual([2, null, "A", 1]);
    expect(rowToCells(map, { Curve: "A", Point: 1, Value: 2 }, [0, "mine", "A", 1])).toEqual([
      2,
      "mine",
      "A",
      1,
    ]);
  });

  it("refuses a value for a column the sheet does not have", () => {
    const survey = resolveHeaders("Surveys", ["Date", "Kind", "Team", "Score"]);
    const row = { Date: 1, Kind: "enps" as const, Team: "A", Question: "Q?", Score: 9, Comment: null };
    expect(unwritableIssues(survey, [row]).map((i) => [i.row, i.column])).toEqual([[1, "Question"]]);
  });
});

describe("planned edits", () => {
  const table = {
    header: ["Curve", "Point", "Value", "Notes"],
    body: [
      ["A", 1, 1, "x"],
      ["A", 2, 2, null],
      ["B", 1, 5, "y"],
    ],
  };

  it("appends, filling a fresh table's blank row", () => {
    expect(
      planAppend("Curves", { header: table.header, body: [[null, null, null, null]] }, [
        { Curve: "C", Point: 1, Value: 1 },
      ]),
    ).toMatchObject({
      fillBlank: true,
      rows: [["C", 1, 1, null]],
    });
    expect(() => planAppend("Curves", table, [{ Curve: "A", Point: 2, Value: 9 }])).toThrow(/already used/);
  });

  it("updates by id, keeping a user's column", () => {
    expect([...planUpdate("Curves", table, [{ Curve: "B", Point: 1, Value: 6 }])]).toEqual([
      [2, ["B", 1, 6, "y"]],
    ]);
    expect(() => planUpdate("Curves", table, [{ Curve: "Z", Point: 1, Value: 6 }])).toThrow(/Z \/ 1/);
  });

  it("deletes by id, highest position first", () => {
    expect(planDelete("Curves", table, ["A\u241f1", "B\u241f1"])).toEqual([2, 0]);
  });
});
