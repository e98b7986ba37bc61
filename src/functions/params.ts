/**
 * The argument lists of the element-wise `KPI.` functions, declared once: each parameter name is read the same
 * way in every function that has it (`direction` is always a direction word, `cap` always a number), so a
 * function names its parameters in order — optional ones marked with "?", as functions.md's catalogue does —
 * and gets the `elementwise` argument list for what Excel passed.
 */
import { nullable, optional, required, toBoolean, toNumber, type Coercer, type ElementArg } from "./args";
import { toBasis, toCurveMode, toDirection, toRounding, toTierMethod } from "./options";

/** How one element of each parameter is read, by the parameter's name. */
const READERS = {
  actual: toNumber,
  amount: toNumber,
  attainment: toNumber,
  band: toNumber,
  basis: toBasis,
  below: toNumber,
  cap: toNumber,
  direction: toDirection,
  elapsed: toNumber,
  end: toNumber,
  fullScore: toNumber,
  gate: toBoolean,
  maxPoints: toNumber,
  method: toTierMethod,
  minPoints: toNumber,
  mode: toCurveMode,
  multiplier: toNumber,
  performance: toNumber,
  periodEnd: toNumber,
  periodStart: toNumber,
  pointsAbove: toNumber,
  pointsBelow: toNumber,
  potential: toNumber,
  prior: toNumber,
  proration: toNumber,
  quota: toNumber,
  rounding: toRounding,
  score: toNumber,
  start: toNumber,
  step: toNumber,
  target: toNumber,
  targetBonus: toNumber,
  threshold: toNumber,
  tolerance: toNumber,
  total: toNumber,
  value: toNumber,
  x: toNumber,
} satisfies Record<string, Coercer<unknown>>;

/** A parameter's name. */
export type ParamName = keyof typeof READERS;

/** Parameters whose blank has a meaning and is passed as `null` (PRORATE's start and end: the period's own). */
type NullWhenBlank = "start" | "end";
const NULL_WHEN_BLANK: ReadonlySet<string> = new Set<NullWhenBlank>(["start", "end"]);

/** A parameter in a list: its name, with "?" when it is optional (omitted or blank → the core's default). */
export type ParamSpec = ParamName | `${ParamName}?`;

type Read<N extends ParamName> = (typeof READERS)[N] extends Coercer<infer T> ? T : never;

/** The value one element of a parameter gives the core. */
type ValueOf<S extends ParamSpec> = S extends `${infer N extends ParamName}?`
  ? Read<N> | undefined
  : S extends NullWhenBlank
    ? Read<S> | null
    : S extends ParamName
      ? Read<S>
      : never;

/** The specs of a list written as one string, split at its spaces. */
type Split<L extends string> = L extends `${infer H} ${infer R}` ? [H, ...Split<R>] : [L];
/** A list's specs, each checked to be a known parameter. */
type SpecsOf<L extends string> = Checked<Split<L>>;
type Checked<T extends unknown[]> = { [K in keyof T]: T[K] extends ParamSpec ? T[K] : never };
type Raw<T extends unknown[]> = { [K in keyof T]: unknown };
type ValuesOf<S extends unknown[]> = { [K in keyof S]: S[K] extends ParamSpec ? ValueOf<S[K]> : never };
type ArgsOf<T extends unknown[]> = { [K in keyof T]: ElementArg<T[K]> };

/**
 * The argument list of an element-wise function, declared once beside it.
 * @param list - the parameters in the function's order, separated by spaces; "name?" for an optional one. A name
 *   `./params` does not know is a type error.
 * @returns a reader that takes what Excel passed, in the same order, and gives `elementwise`'s argument list.
 * @example params("actual target direction?")(actual, target, direction) // [required("actual", …), …]
 */
export function params<L extends string>(
  list: L & (Split<L> extends ParamSpec[] ? unknown : never),
): (...raw: Raw<SpecsOf<L>>) => ArgsOf<ValuesOf<SpecsOf<L>>> {
  const readers = (list.split(" ") as ParamSpec[]).map((spec) => {
    const isOptional = spec.endsWith("?");
    const name = (isOptional ? spec.slice(0, -1) : spec) as ParamName;
    const coerce: Coercer<unknown> = READERS[name];
    const make = isOptional ? optional : NULL_WHEN_BLANK.has(name) ? nullable : required;
    return (raw: unknown) => make(name, raw, coerce);
  });
  return (...raw) => readers.map((make, k) => make(raw[k])) as ArgsOf<ValuesOf<SpecsOf<L>>>;
}
