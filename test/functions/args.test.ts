import {
  BLANK,
  broadcastShape,
  cellsOrErrors,
  elementwise,
  fixedCells,
  option,
  optional,
  required,
  run,
  single,
  tableRows,
  toBoolean,
  toGrid,
  toLabel,
  toNumber,
  toRequiredNumber,
  type CallContext,
} from "../../src/functions/args";
import { CellErrorValue } from "../../src/functions/errors";
import { TIER_METHOD_WORDS, toDirection, toTierMethod } from "../../src/functions/options";
import { col, err } from "./helpers";

const en: CallContext = { fn: "ATTAINMENT", locale: "en-US" };
const zh: CallContext = { fn: "ATTAINMENT", locale: "zh-CN" };

describe("argument coercion", () => {
  describe("numbers", () => {
    it.each([
      [5, 5],
      [-0.5, -0.5],
      ["42", 42],
      [" 1.5e3 ", 1500],
      ["80%", 0.8],
      ["-.5", -0.5],
      ["", BLANK],
      ["   ", BLANK],
      [null, BLANK],
      [undefined, BLANK],
    ])("reads %p as %p", (input, expected) => {
      expect(toNumber(input)).toBe(expected);
    });

    it.each([[true], [false], ["abc"], ["1,000"], ["12abc"], [{}], ["0x10"]])("refuses %p", (input) => {
      expect(() => toNumber(input)).toThrow(expect.objectContaining({ kind: "value", key: "fn.err.number" }));
    });

    it.each([[NaN], [Infinity], [-Infinity]])("refuses the non-finite %p as #NUM!", (input) => {
      expect(() => toNumber(input)).toThrow(expect.objectContaining({ kind: "num" }));
    });

    it("refuses a blank where a number is required", () => {
      expect(() => toRequiredNumber("")).toThrow(expect.objectContaining({ key: "fn.err.number" }));
    });
  });

  describe("booleans", () => {
    it.each([
      [true, true],
      [false, false],
      [1, true],
      [0, false],
      [-2, true],
      ["TRUE", true],
      [" false ", false],
      ["", BLANK],
      [null, BLANK],
    ])("reads %p as %p", (input, expected) => {
      expect(toBoolean(input)).toBe(expected);
    });

    it.each([["yes"], ["1"], [NaN]])("refuses %p", (input) => {
      expect(() => toBoolean(input)).toThrow(expect.objectContaining({ key: "fn.err.boolean" }));
    });
  });

  describe("labels", () => {
    it.each([
      ["A", "A"],
      ["  B ", "B"],
      [5, "5"],
      ["", BLANK],
      [null, BLANK],
    ])("reads %p as %p", (input, expected) => {
      expect(toLabel(input)).toBe(expected);
    });

    it("refuses booleans", () => {
      expect(() => toLabel(true)).toThrow(expect.objectContaining({ key: "fn.err.text" }));
    });
  });

  describe("option words", () => {
    it.each([
      ["marginal", "marginal"],
      ["MARGINAL", "marginal"],
      [" Incremental ", "marginal"],
      ["超额累进", "marginal"],
      ["累进", "marginal"],
      ["retro", "retro"],
      ["Non-Cumulative", "retro"],
      ["non cumulative", "retro"],
      ["全额", "retro"],
      ["", BLANK],
      [null, BLANK],
    ])("reads %p as %p", (input, expected) => {
      expect(toTierMethod(input)).toBe(expected);
    });

    it("lists every accepted word when the word is unknown", () => {
      const words = Object.entries(TIER_METHOD_WORDS).flatMap(([k, aliases]) => [k, ...aliases]);
      try {
        toTierMethod("flat");
        throw new Error("accepted an unknown word");
      } catch (e) {
        expect(e).toMatchObject({ kind: "value", key: "fn.err.option" });
        expect((e as { params: { accepted: string } }).params.accepted).toBe(words.join(", "));
      }
    });

    it("refuses numbers and booleans", () => {
      expect(() => toDirection(1)).toThrow(expect.objectContaining({ key: "fn.err.option" }));
      expect(() => toDirection(true)).toThrow(expect.objectContaining({ key: "fn.err.option" }));
    });

    it("builds coercers from any word table", () => {
      const yesNo = option({ yes: ["是"], no: ["否"] });
      expect(yesNo("是")).toBe("yes");
      expect(yesNo("NO")).toBe("no");
    });
  });
});

describe("grids and broadcasting", () => {
  it.each([
    [null, null],
    [undefined, null],
    [5, [[5]]],
    [[1, 2], [[1, 2]]],
    [[], [[""]]],
    [[[]], [[""]]],
    [
      [[1], [2]],
      [[1], [2]],
    ],
  ])("normalizes %p to %p", (input, expected) => {
    expect(toGrid(input)).toEqual(expected);
  });

  it("gives the common shape; 1×1 and omitted arguments broadcast", () => {
    expect(
      broadcastShape(en, [
        { name: "a", grid: [[1]] },
        { name: "b", grid: null },
      ]),
    ).toEqual([1, 1]);
    expect(
      broadcastShape(en, [
        { name: "a", grid: [[1]] },
        { name: "b", grid: col(1, 2, 3) },
      ]),
    ).toEqual([3, 1]);
    expect(
      broadcastShape(en, [
        { name: "a", grid: [[1, 2]] },
        { name: "b", grid: [[3, 4]] },
      ]),
    ).toEqual([1, 2]);
  });

  it("names both shapes and arguments when they differ", () => {
    expect(() =>
      broadcastShape(en, [
        { name: "actual", grid: col(1, 2, 3) },
        { name: "target", grid: col(1, 2, 3, 4) },
      ]),
    ).toThrow("ranges differ in size: 3×1 and 4×1 (actual, target)");
    expect(() =>
      broadcastShape(zh, [
        { name: "actual", grid: col(1, 2, 3) },
        { name: "target", grid: [[1, 2, 3]] },
      ]),
    ).toThrow(expect.objectContaining({ kind: "value" }));
  });

  it("treats a row and a column of the same length as different shapes", () => {
    expect(() =>
      broadcastShape(en, [
        { name: "actual", grid: col(1, 2) },
        { name: "target", grid: [[1, 2]] },
      ]),
    ).toThrow("ranges differ in size: 2×1 and 1×2 (actual, target)");
  });
});

describe("elementwise", () => {
  const double = (raw: unknown, factor?: unknown) =>
    run("ATTAINMENT", (ctx) =>
      elementwise(
        ctx,
        [required("actual", raw, toNumber), optional("target", factor, toNumber)],
        (x, f) => x * (f ?? 2),
      ),
    );

  it("computes each element and keeps the shape", () => {
    expect(
      double([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([
      [2, 4],
      [6, 8],
    ]);
    expect(
      double(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [10, 1],
          [1, 10],
        ],
      ),
    ).toEqual([
      [10, 2],
      [3, 40],
    ]);
  });

  it("gives a blank result for a blank element and the default for a blank optional element", () => {
    expect(double(col(1, "", null, 4), col(3, 3, 3, ""))).toEqual(col(3, "", "", 8));
  });

  it("errors only the bad element, naming argument and row", () => {
    expect(double(col(1, "x", true, 4))).toEqual(
      col(
        2,
        err("#VALUE!", 'actual, row 2: expected a number, got the text "x"'),
        err("#VALUE!", "actual, row 3: expected a number, got TRUE"),
        8,
      ),
    );
  });

  it("names row and column in a block, column in a row", () => {
    expect(
      double([
        [1, 2],
        [3, "?"],
      ])[1][1],
    ).toEqual(err("#VALUE!", /^actual, row 2, column 2:/));
    expect(double([[1, "?"]])[0][1]).toEqual(err("#VALUE!", /^actual, column 2:/));
    expect(double([["?"]])[0][0]).toEqual(err("#VALUE!", /^actual: expected a number/));
  });

  it("propagates error values found in ranges, in that cell only", () => {
    expect(
      double(col(1, new CellErrorValue("#N/A", "missing"), { code: "#DIV/0!" }, { code: "#REF!" })),
    ).toEqual(
      col(2, err("#N/A", "missing"), err("#DIV/0!"), err("#VALUE!", "actual, row 4: holds the error #REF!")),
    );
  });

  it("gives every element the error of a bad constant argument, keeping the spill", () => {
    expect(double(col(1, 2), [["x"]])).toEqual(col(err("#VALUE!"), err("#VALUE!")));
  });

  it("maps what the core throws to that element's error", () => {
    const r = run("ATTAINMENT", (ctx) =>
      elementwise(ctx, [required("actual", col(1, 0), toNumber)], (x) => {
        if (x === 0) throw new Error("boom");
        return x;
      }),
    );
    expect(r).toEqual(col(1, err("#VALUE!", "unexpected error: boom")));
  });

  it("replaces NaN, Infinity and holes in results", () => {
    const r = run("ATTAINMENT", () => [[NaN, Infinity, null as never, undefined as never, 1]]);
    expect(r).toEqual([[err("#NUM!"), err("#NUM!"), "", "", 1]]);
  });

  it("uses the Chinese argument names and messages for a Chinese display", () => {
    const r = run("ATTAINMENT", () => elementwise(zh, [required("actual", col(1, "x"), toNumber)], (x) => x));
    expect(r[1][0]).toEqual(err("#VALUE!", "实际值 第 2 行：应为数字，实际为 文本“x”"));
  });
});

describe("single values and fixed cells", () => {
  it("reads one value, with blank or omitted as the default", () => {
    expect(single(en, "target", [[3]], toNumber)).toBe(3);
    expect(single(en, "target", [[""]], toNumber)).toBeUndefined();
    expect(single(en, "target", null, toNumber)).toBeUndefined();
  });

  it("refuses a range where one value is expected", () => {
    expect(() => single(en, "target", col(1, 2), toNumber)).toThrow(
      "target: expected a single value, got a 2×1 range",
    );
  });

  it("counts fixed cells in any orientation", () => {
    expect(fixedCells(en, "target", [[1, 2]], 2, toRequiredNumber)).toEqual([1, 2]);
    expect(fixedCells(en, "target", col(1, 2), 2, toRequiredNumber)).toEqual([1, 2]);
    expect(() => fixedCells(en, "target", col(1, 2, 3), 2, toRequiredNumber)).toThrow(
      "target: expected 2 cells, got 3",
    );
  });

  it("reads cells one by one, keeping errors per cell", () => {
    const r = cellsOrErrors(
      en,
      "actual",
      [
        [1, ""],
        ["x", { code: "#N/A" }],
      ],
      toNumber,
    );
    expect(r.rows).toBe(2);
    expect(r.values).toEqual([1, null, err("#VALUE!"), err("#N/A")]);
  });
});

describe("table arguments", () => {
  it("skips a header row and fully blank rows, keeping the user's row numbers", () => {
    const rows = tableRows(
      en,
      "tiers",
      [
        ["Bound", "Rate"],
        [0, 0.04],
        ["", ""],
        [null, null],
        [100, 0.05],
      ],
      2,
    );
    expect(rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it("keeps a first row whose key is a number, even written as text", () => {
    expect(
      tableRows(
        en,
        "tiers",
        [
          ["0", 0.04],
          [100, 0.05],
        ],
        2,
      ).map((r) => r.row),
    ).toEqual([1, 2]);
  });

  it("recognizes a guide's header by its share column", () => {
    expect(
      tableRows(
        en,
        "guide",
        [
          ["Label", "Share"],
          ["A", 0.2],
        ],
        2,
        1,
      ).map((r) => r.row),
    ).toEqual([2]);
    expect(
      tableRows(
        en,
        "guide",
        [
          ["A", 0.2],
          ["B", 0.8],
        ],
        2,
        1,
      ).map((r) => r.row),
    ).toEqual([1, 2]);
  });

  it.each([
    [[[1, 2, 3]], "tiers: expected 2 columns, got 3"],
    [
      [
        ["Bound", "Rate"],
        ["", ""],
      ],
      "tiers: the table has no rows",
    ],
    [[[""]], "tiers: expected 2 columns, got 1"],
  ])("refuses %p: %s", (grid, message) => {
    expect(() => tableRows(en, "tiers", grid, 2)).toThrow(message);
  });

  it("propagates an error cell of a table", () => {
    expect(() => tableRows(en, "tiers", [[0, { code: "#N/A" }]], 2)).toThrow(
      expect.objectContaining({ value: expect.objectContaining({ code: "#N/A" }) }),
    );
  });
});
