import fc from "fast-check";
import { attainment } from "../../src/core/attainment";
import type { Direction } from "../../src/core/direction";
import { errorOf, thrown } from "./helpers";

describe("KPI.ATTAINMENT", () => {
  it.each([
    ["target 0", [80, 0], "div0", "err.zero"],
    ["target < 0", [80, -100], "num", "err.notPositive"],
    ["actual NaN", [NaN, 100], "value", "err.notNumber"],
    ["target Infinity", [80, Infinity], "num", "err.notFinite"],
    ["unknown direction", [80, 100, "sideways"], "value", "err.option"],
  ] as const)("%s", (_name, args, kind, key) => {
    expect(errorOf(() => attainment(args[0], args[1], args[2] as Direction | undefined))).toEqual([
      kind,
      key,
    ]);
  });

  it("names the argument", () => {
    expect(thrown(() => attainment(80, 0)).message).toBe("target must not be zero");
  });

  it.each([
    [80, 100, undefined, 0.8],
    [3, 5, "lower", 1.4],
    [12, 5, "lower", 0],
    [0, 100, "higher", 0],
    [100, 100, "lower", 1],
    [-20, 100, "higher", -0.2],
    [130, 100, "higher", 1.3],
  ] as const)("(%p, %p, %p) → %p", (actual, target, direction, expected) => {
    expect(attainment(actual, target, direction)).toBeCloseTo(expected, 12);
  });

  it("handles huge and tiny numbers without overflow escaping", () => {
    expect(attainment(1e-300, 1e-300)).toBe(1);
    expect(errorOf(() => attainment(1e308, 1e-10))).toEqual(["num", "err.overflow"]);
  });

  it("never returns NaN/Infinity or a negative 'lower' attainment", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
        (a, t) => {
          try {
            const lower = attainment(a, t, "lower");
            return Number.isFinite(attainment(a, t)) && lower >= 0 && Number.isFinite(lower);
          } catch (e) {
            return (e as { kind?: string }).kind === "num";
          }
        },
      ),
    );
  });
});
