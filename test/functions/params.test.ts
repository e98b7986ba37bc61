import { elementwise, toBoolean, toNumber, type CallContext } from "../../src/functions/args";
import { toBasis, toDirection } from "../../src/functions/options";
import { params } from "../../src/functions/params";

const en: CallContext = { fn: "PRORATE", locale: "en-US" };

describe("params (the element-wise functions' argument lists)", () => {
  it("reads each parameter by its name, in the order listed, with the blank rule of its kind", () => {
    const list = params("value start direction? gate? basis?")([[1]], [[""]], null, [[true]], [["months"]]);
    expect(list.map(({ name, blank }) => [name, blank])).toEqual([
      ["value", "result"],
      ["start", "null"],
      ["direction", "default"],
      ["gate", "default"],
      ["basis", "default"],
    ]);
    expect(list.map((arg) => arg.coerce)).toEqual([toNumber, toNumber, toDirection, toBoolean, toBasis]);
    expect(list.map((arg) => arg.grid)).toEqual([[[1]], [[""]], null, [[true]], [["months"]]]);
  });

  it("gives elementwise the blanks it declares: a blank required value is a blank result, a blank start is null", () => {
    const seen: unknown[] = [];
    const out = elementwise(en, params("value start")([[2], [""]], [[""], [""]]), (v, s) => {
      seen.push(s);
      return v;
    });
    expect(out).toEqual([[2], [""]]);
    expect(seen).toEqual([null]);
  });
});
