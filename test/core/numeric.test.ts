import fc from "fast-check";
import {
  finiteResult,
  requireFinite,
  requireNonNegative,
  requireOption,
  requirePositive,
  requireWhole,
  wholeSteps,
} from "../../src/core/numeric";
import { errorOf, thrown } from "./helpers";

describe("core numeric checks", () => {
  it.each([
    ["requireFinite NaN", () => requireFinite("x", NaN), "value", "err.notNumber"],
    ["requireFinite text", () => requireFinite("x", "12"), "value", "err.notNumber"],
    ["requireFinite Infinity", () => requireFinite("x", Infinity), "num", "err.notFinite"],
    ["requireNonNegative", () => requireNonNegative("x", -1), "num", "err.negative"],
    ["requirePositive 0", () => requirePositive("x", 0), "num", "err.notPositive"],
    ["requireWhole fraction", () => requireWhole("x", 1.5, 0, 10), "num", "err.notWhole"],
    ["requireWhole range", () => requireWhole("x", 11, 0, 10), "num", "err.outOfRange"],
    ["requireOption", () => requireOption("method", "flat", ["marginal", "retro"]), "value", "err.option"],
    ["finiteResult overflow", () => finiteResult(1e308 * 10), "num", "err.overflow"],
    ["finiteResult NaN", () => finiteResult(NaN), "num", "err.overflow"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it("names the argument and the accepted words in the message", () => {
    expect(thrown(() => requireNonNegative("prior", -5)).message).toBe("prior must not be negative (got -5)");
    expect(thrown(() => requireOption("method", "flat", ["marginal", "retro"])).message).toBe(
      'method: unknown option "flat"; use one of: marginal, retro',
    );
    expect(thrown(() => requirePositive("quota", 0)).localized("zh-CN")).toBe("quota 必须大于 0（当前为 0）");
  });

  it.each([
    [0.3 / 0.1, 3],
    [0.7 / 0.1, 7],
    [2.5, 2],
    [2.999, 2],
    [-0.5, -1],
    [1e15 + 0.5, 1e15],
    [1e12 + 0.5, 1e12],
    [3 - 1e-10, 3],
    [3 - 1e-8, 2],
    [0, 0],
  ])("wholeSteps(%p) = %p", (ratio, expected) => {
    expect(wholeSteps(ratio)).toBe(expected);
  });

  it("turns -0 into 0 and passes finite values through", () => {
    expect(Object.is(finiteResult(-0), 0)).toBe(true);
    expect(finiteResult(-2.5)).toBe(-2.5);
    expect(requireOption("method", null, ["marginal", "retro"])).toBe("marginal");
  });

  it("never counts more steps than the ratio plus tolerance allows", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (r) => {
        const n = wholeSteps(r);
        return Number.isInteger(n) && n <= r + Math.max(1e-9, 1e-15 * Math.abs(r)) && n > r - 1;
      }),
    );
  });
});
