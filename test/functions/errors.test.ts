import { KpiError } from "../../src/core/errors";
import {
  CellErrorValue,
  ErrorSignal,
  isErrorValue,
  makeError,
  propagate,
  toErrorValue,
} from "../../src/functions/errors";
import { displayLocale } from "../../src/functions/locale";
import { withDisplayLanguage } from "./helpers";

/** A stand-in for Excel's runtime class, to check the indirection picks it up at call time. */
class FakeRuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function withRuntime<T>(body: () => T): T {
  const g = globalThis as { CustomFunctions?: unknown };
  g.CustomFunctions = { Error: FakeRuntimeError };
  try {
    return body();
  } finally {
    delete g.CustomFunctions;
  }
}

describe("error mapping", () => {
  it.each([
    ["value", "#VALUE!", "amount: expected a number"],
    ["num", "#NUM!", undefined],
    ["div0", "#DIV/0!", undefined],
    ["na", "#N/A", "already in the top tier"],
  ] as const)("maps KpiError kind %s to %s (message only where Excel shows one)", (kind, code, message) => {
    const key = kind === "na" ? "err.tier.top" : "err.notNumber";
    const e = toErrorValue(new KpiError(kind, key, { arg: "amount" }), "en-US");
    expect(e).toBeInstanceOf(CellErrorValue);
    expect(e.code).toBe(code);
    expect(e.message).toBe(message);
  });

  it("uses CustomFunctions.Error when the Excel runtime is present", () => {
    const e = withRuntime(() => makeError("#VALUE!", "bad"));
    expect(e).toBeInstanceOf(FakeRuntimeError);
    expect(e).toEqual({ code: "#VALUE!", message: "bad" });
    expect(makeError("#VALUE!", "bad")).toBeInstanceOf(CellErrorValue);
  });

  it("drops messages on #NUM! and #DIV/0!, which Excel cannot show", () => {
    expect(makeError("#NUM!", "x").message).toBeUndefined();
    expect(makeError("#DIV/0!", "x").message).toBeUndefined();
    expect(makeError("#N/A", "x").message).toBe("x");
  });

  it("turns an unexpected exception into #VALUE! with its text", () => {
    expect(toErrorValue(new TypeError("boom"), "en-US")).toEqual(
      new CellErrorValue("#VALUE!", "unexpected error: boom"),
    );
    expect(toErrorValue("weird", "zh-CN")).toEqual(new CellErrorValue("#VALUE!", "意外错误：weird"));
  });

  it("passes an ErrorSignal's value through unchanged", () => {
    const value = makeError("#N/A", "from input");
    expect(toErrorValue(new ErrorSignal(value), "en-US")).toBe(value);
  });

  it("renames the argument of a core message to the user's name for it", () => {
    const e = toErrorValue(
      new KpiError("num", "err.negative", { arg: "amount", value: -1 }),
      "zh-CN",
      () => "金额",
    );
    expect(e.code).toBe("#NUM!");
    const v = toErrorValue(new KpiError("value", "err.notNumber", { arg: "amount" }), "zh-CN", () => "金额");
    expect(v.message).toBe("金额：应为数字");
  });

  it("propagates input errors Excel lets a function return, and names the others", () => {
    expect(propagate({ code: "#N/A", message: "m" }, () => "never")).toEqual(new CellErrorValue("#N/A", "m"));
    expect(propagate({ code: "#DIV/0!" }, () => "never").code).toBe("#DIV/0!");
    expect(propagate({ code: "#REF!" }, () => "amount holds #REF!")).toEqual(
      new CellErrorValue("#VALUE!", "amount holds #REF!"),
    );
  });

  it.each([
    [{ code: "#N/A" }, true],
    [new CellErrorValue("#NUM!"), true],
    [{ code: "N/A" }, false],
    ["#N/A", false],
    [null, false],
    [[["#N/A"]], false],
  ])("recognizes error values: %p → %p", (value, expected) => {
    expect(isErrorValue(value)).toBe(expected);
  });
});

describe("display language", () => {
  it("is English without Office", () => {
    expect(displayLocale()).toBe("en-US");
  });

  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["en-GB", "en-US"],
    ["fr-FR", "en-US"],
  ])("reads Office.context.displayLanguage %s as %s", (language, expected) => {
    expect(withDisplayLanguage(language, displayLocale)).toBe(expected);
  });

  it("falls back to English when Office.context throws (runtime not ready)", () => {
    const g = globalThis as { Office?: unknown };
    g.Office = Object.defineProperty({}, "context", {
      get() {
        throw new Error("Office.js has not fully loaded");
      },
    });
    try {
      expect(displayLocale()).toBe("en-US");
    } finally {
      delete g.Office;
    }
  });
});
