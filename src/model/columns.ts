/**
 * Column builders: one small function per column type, so that `schema.ts` reads like the table in product.md
 * while keeping every key, enum word and `required` flag as a literal type from which the row types derive.
 */

/** How a cell is read, validated and written. Dates are Excel serial numbers; fractions are 1 = 100%. */
export type ColumnType = "text" | "number" | "date" | "fraction" | "boolean" | "enum";

/** Extra checks a text column may carry. `period` = `2026`, `2026-H1`, `2026-Q3`, `2026-09` or `2026-W37`. */
export type TextFormat = "period" | "email";

/** What every column declares, whatever its type. */
export interface ColumnSpec {
  /** The column key of product.md (also the field name of the typed row). */
  readonly key: string;
  /** Header in an English workbook. */
  readonly en: string;
  /** Header in a Chinese workbook. */
  readonly zh: string;
  readonly type: ColumnType;
  /** The header must be present and every row must have a value. */
  readonly required: boolean;
  /** Enum columns: the exact words of product.md (cells always store these words). */
  readonly values?: readonly string[];
  /** Inclusive numeric range (numbers, fractions, dates). */
  readonly min?: number;
  readonly max?: number;
  /** Whole numbers only. */
  readonly integer?: boolean;
  readonly format?: TextFormat;
  /**
   * The typed row may leave this field out (`undefined`): a write then keeps what the cell holds. For columns
   * only some writers know about, such as where an imported row came from (Source, SourceID).
   */
  readonly omittable?: boolean;
}

interface Common<R extends boolean> {
  required?: R;
}
interface NumericOptions<R extends boolean> extends Common<R> {
  min?: number;
  max?: number;
  integer?: boolean;
}

/**
 * A text column.
 * @param key - column key.
 * @param en - English header.
 * @param zh - Chinese header.
 * @param opts - `required`, `format`.
 * @returns the column spec.
 */
export function text<const K extends string, const R extends boolean = false>(
  key: K,
  en: string,
  zh: string,
  opts: Common<R> & { format?: TextFormat } = {},
) {
  return { key, en, zh, type: "text" as const, required: (opts.required ?? false) as R, format: opts.format };
}

/**
 * An optional text column the typed row may omit (see `ColumnSpec.omittable`): writers that do not know it
 * leave its cells as they are.
 * @param key - column key.
 * @param en - English header.
 * @param zh - Chinese header.
 * @returns the column spec.
 */
export function omittableText<const K extends string>(key: K, en: string, zh: string) {
  return { key, en, zh, type: "text" as const, required: false as const, omittable: true as const };
}

/**
 * The builder of a numeric column type: a number or a fraction column differ only in how they are shown.
 * @param type - "number" or "fraction".
 * @returns the builder: (key, English header, Chinese header, `required`, `min`, `max`, `integer`) → column spec.
 */
const numeric =
  <const T extends "number" | "fraction">(type: T) =>
  <const K extends string, const R extends boolean = false>(
    key: K,
    en: string,
    zh: string,
    opts: NumericOptions<R> = {},
  ) => ({ key, en, zh, type, ...opts, required: (opts.required ?? false) as R });

/** A number column: (key, English header, Chinese header, `required`, `min`, `max`, `integer`) → column spec. */
export const num = numeric("number");

/** A fraction column (1 = 100%, shown as a percentage); options as {@link num}'s. */
export const fraction = numeric("fraction");

/**
 * A date column (Excel serial number, 1900 date system).
 * @param key - column key.
 * @param en - English header.
 * @param zh - Chinese header.
 * @param opts - `required`.
 * @returns the column spec.
 */
export function date<const K extends string, const R extends boolean = false>(
  key: K,
  en: string,
  zh: string,
  opts: Common<R> = {},
) {
  // 1 = 1900-01-01; 2958465 = 9999-12-31, the last date Excel shows.
  return {
    key,
    en,
    zh,
    type: "date" as const,
    min: 1,
    max: 2958465,
    required: (opts.required ?? false) as R,
  };
}

/**
 * A TRUE/FALSE column.
 * @param key - column key.
 * @param en - English header.
 * @param zh - Chinese header.
 * @param opts - `required`.
 * @returns the column spec.
 */
export function bool<const K extends string, const R extends boolean = false>(
  key: K,
  en: string,
  zh: string,
  opts: Common<R> = {},
) {
  return { key, en, zh, type: "boolean" as const, required: (opts.required ?? false) as R };
}

/**
 * An enum column: cells hold one of `values` (the words of product.md); reading also accepts the Chinese and
 * English labels of `ENUM_LABELS`, case-insensitively.
 * @param key - column key.
 * @param en - English header.
 * @param zh - Chinese header.
 * @param values - allowed words.
 * @param opts - `required`.
 * @returns the column spec.
 */
export function oneOf<
  const K extends string,
  const V extends readonly string[],
  const R extends boolean = false,
>(key: K, en: string, zh: string, values: V, opts: Common<R> = {}) {
  return { key, en, zh, type: "enum" as const, values, required: (opts.required ?? false) as R };
}

/** The TypeScript value of a column, blank excluded. */
export type ColumnValue<C> = C extends { type: "enum"; values: readonly (infer V)[] }
  ? V
  : C extends { type: "text" }
    ? string
    : C extends { type: "boolean" }
      ? boolean
      : number;

/** The field type of a column in a typed row: required columns are never blank; others may be `null`. */
export type CellOf<C> = C extends { required: true } ? ColumnValue<C> : ColumnValue<C> | null;

/** The typed row of a table spec: one field per column key (omittable columns as optional fields). */
export type RowOf<T extends { readonly columns: readonly { key: string }[] }> = {
  [C in T["columns"][number] as C extends { omittable: true } ? never : C["key"]]: CellOf<C>;
} & {
  [C in T["columns"][number] as C extends { omittable: true } ? C["key"] : never]?: CellOf<C>;
};
