/**
 * Table arguments (rule 3 of functions.md) read into the core's tables, and the spilled tables some functions
 * return (EXPLAIN, DISTCHECK, DRAWS), laid out with headers in the user's language (rule 8).
 */
import {
  makeBands,
  makeCurve,
  makeGuide,
  makeTiers,
  type Band,
  type Curve,
  type DistRow,
  type ExplainLine,
  type GuideEntry,
  type NumericRow,
  type Tiers,
} from "../core";
import { t } from "../i18n";
import { tableCell, tableRows, toLabel, toNumber, type CallContext, type Out, type Result } from "./args";

/**
 * A two-column numeric table (curve, tiers): header and blank rows dropped, both cells numbers.
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @returns the rows with the row numbers the user sees.
 * @throws KpiError("value") naming the row and column of a bad cell.
 */
export function numericTable(ctx: CallContext, name: string, raw: unknown): NumericRow[] {
  return tableRows(ctx, name, raw, 2).map((r) => ({
    row: r.row,
    key: tableCell(ctx, name, r, 0, toNumber),
    value: tableCell(ctx, name, r, 1, toNumber),
  }));
}

/**
 * A payout or scoring curve argument: (point, value) rows, points ascending.
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @returns the core curve.
 * @throws KpiError("value") naming the offending row.
 */
export function curveTable(ctx: CallContext, name: string, raw: unknown): Curve {
  return makeCurve(numericTable(ctx, name, raw), name);
}

/**
 * A tiers argument: (lower bound, rate) rows, bounds ascending.
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @returns the core tiers.
 * @throws KpiError("value") naming the offending row; "num" for a negative bound.
 */
export function tiersTable(ctx: CallContext, name: string, raw: unknown): Tiers {
  return makeTiers(numericTable(ctx, name, raw), name);
}

/** Labels as typed in the table, so a numeric label (5, 4, 3…) comes back as a number, not as text. */
export type LabelCells = ReadonlyMap<string, Out>;

/** Records the cell a label came from (first occurrence wins; the core rejects repeats where they matter). */
function remember(cells: Map<string, Out>, raw: unknown, label: string): void {
  if (!cells.has(label)) cells.set(label, typeof raw === "number" ? raw : label);
}

/**
 * A bands argument: (minimum score, label) rows, minimums ascending.
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @returns the core bands and the label cells as typed.
 * @throws KpiError("value") naming the offending row.
 */
export function bandsTable(
  ctx: CallContext,
  name: string,
  raw: unknown,
): { bands: Band[]; labels: LabelCells } {
  const labels = new Map<string, Out>();
  const rows = tableRows(ctx, name, raw, 2).map((r) => {
    const label = tableCell(ctx, name, r, 1, toLabel);
    remember(labels, r.cells[1], label);
    return { row: r.row, min: tableCell(ctx, name, r, 0, toNumber), label };
  });
  return { bands: makeBands(rows, name), labels };
}

/**
 * A distribution guide: (label, share) rows, best label first. The header is recognized by a share cell that is
 * text, since the first column of every row is text.
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @returns the core guide and the label cells as typed.
 * @throws KpiError("value") naming the offending row, or the share total.
 */
export function guideTable(
  ctx: CallContext,
  name: string,
  raw: unknown,
): { guide: GuideEntry[]; labels: LabelCells } {
  const labels = new Map<string, Out>();
  const rows = tableRows(ctx, name, raw, 2, 1).map((r) => {
    const label = tableCell(ctx, name, r, 0, toLabel);
    remember(labels, r.cells[0], label);
    return { row: r.row, label, share: tableCell(ctx, name, r, 1, toNumber) };
  });
  return { guide: makeGuide(rows, name), labels };
}

/** An absent number shows as a blank cell. */
function cell(value: number | null): Out {
  return value === null ? "" : value;
}

/**
 * KPI.EXPLAIN's table: a header row, one row per line of the computation, the total last.
 * @param ctx - the call (for the language of headers and row labels).
 * @param lines - from the core's `explainTiered`.
 * @returns Tier · From · To · Amount in tier · Rate · Commission.
 */
export function explainLayout(ctx: CallContext, lines: readonly ExplainLine[]): Result {
  const tr = (key: Parameters<typeof t>[1]) => t(ctx.locale, key);
  const header: Out[] = [
    tr("fn.explain.tier"),
    tr("fn.explain.from"),
    tr("fn.explain.to"),
    tr("fn.explain.amount"),
    tr("fn.explain.rate"),
    tr("fn.explain.commission"),
  ];
  const body = lines.map((line): Out[] => {
    const label: Out =
      line.kind === "total"
        ? tr("fn.explain.total")
        : line.kind === "prior"
          ? tr("fn.explain.prior")
          : cell(line.tier);
    return [label, cell(line.from), cell(line.to), cell(line.amount), cell(line.rate), line.commission];
  });
  return [header, ...body];
}

/**
 * KPI.DISTCHECK's table: a header row, one row per guide label, then "Other" when some ratings are not in the
 * guide.
 * @param ctx - the call.
 * @param rows - from the core's `distCheck`.
 * @param labels - the guide's label cells as typed.
 * @returns Label · Target share · Count · Actual share · Gap · Within tolerance.
 */
export function distCheckLayout(ctx: CallContext, rows: readonly DistRow[], labels: LabelCells): Result {
  const tr = (key: Parameters<typeof t>[1]) => t(ctx.locale, key);
  const header: Out[] = [
    tr("fn.distcheck.label"),
    tr("fn.distcheck.target"),
    tr("fn.distcheck.count"),
    tr("fn.distcheck.actual"),
    tr("fn.distcheck.gap"),
    tr("fn.distcheck.within"),
  ];
  const body = rows.map((r): Out[] => [
    r.isOther ? tr("fn.distcheck.other") : (labels.get(r.label) ?? r.label),
    cell(r.target),
    r.count,
    r.actual,
    cell(r.gap),
    r.within === null ? "" : r.within,
  ]);
  return [header, ...body];
}
