/**
 * Lays the report model out as two generated sheets (pure): the report (`KPI Report 2026-Q3` / `绩效报告 2026-Q3`)
 * and the statements (`Statements 2026-Q3` / `结算单 2026-Q3`).
 *
 * The report sheet, top to bottom: title block and key figures; the scorecard (one row per person); the goals
 * (one row per goal); the rating distribution against the guide; payout by team; team pulse; flags by severity;
 * and the plan tables (curves, tiers, rating scale) copied from the workbook. Goal attainment and score, the
 * composite score, rating, bonus attainment, gate, bonus, commission, team payouts and the key-figure totals are
 * live formulas (`KPI.` functions and plain Excel) over the input cells and those copied plan tables, so the sheet
 * is self-contained and editing an input recomputes; each formula cell carries the value the model computed. A
 * figure the model could not compute is written blank (never a formula that would show an error).
 */
import type { ExplainLine } from "../core";
import { t, type Locale, type MessageKey, type MessageParams } from "../i18n";
import { columnSpec, enumLabel, headerOf, moneyStyleOf, REVIEW_DIMENSIONS, type MoneyStyle } from "../model";
import {
  displayWidth,
  wrappedLines,
  type PlanBlock,
  type PlanCell,
  type PlanChart,
  type PlanFormat,
  type PlanHighlight,
  type PlanPrint,
  type SheetPlan,
} from "../model/sheetPlan";
import {
  flagText,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  planName,
  repeatedKeys,
} from "../format";
import type { PersonReport, PeriodPicture } from "../domain/period";
import type { BonusReport, CommissionReport, ZeroReason } from "../domain/incentives/types";
import type { CurveTable, Flag, Severity } from "../domain/types";
import type { GoalReport } from "../domain/goals/types";

// ---------------------------------------------------------------------------------------------------------------
// Cells and addresses

const blank: PlanCell = { kind: "blank" };
const text = (value: string): PlanCell => ({ kind: "text", value });
const num = (value: number | null): PlanCell => (value === null ? blank : { kind: "number", value });
const formula = (f: string, value: number | string | boolean | null): PlanCell => ({
  kind: "formula",
  formula: f,
  value: value ?? "",
});

/**
 * The letters of a 0-based column.
 * @param col - 0-based column.
 * @returns "A", "B", … "Z", "AA", …
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * An A1 address of a 0-based cell.
 * @param row - 0-based row.
 * @param col - 0-based column.
 * @param absolute - `$A$1` style.
 * @returns the address.
 * @example cellAddress(7, 2) // "C8"
 */
export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/**
 * A reference as written in a formula on sheet `host`: the address alone on its own sheet, else with the other
 * sheet's name (quoted, as the report's names hold spaces).
 * @example sheetRef("KPI Report 2026-Q3", "KPI Report 2026-Q3 Goals", "J3:J10") // "'KPI Report 2026-Q3 Goals'!J3:J10"
 */
function sheetRef(host: string, sheet: string, address: string): string {
  return host === sheet ? address : `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** An A1 range of 0-based cells. */
function rangeAddress(r1: number, c1: number, r2: number, c2: number, absolute = false): string {
  return `${cellAddress(r1, c1, absolute)}:${cellAddress(r2, c2, absolute)}`;
}

/** A number as formula text (no exponent for ordinary plan figures). */
function lit(n: number): string {
  return Number.isInteger(n) || Math.abs(n) >= 1e-6 ? String(n) : n.toFixed(20).replace(/0+$/, "");
}

/** A text literal in a formula. */
function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** `NAME(a, b, …)` with trailing omitted arguments dropped and inner ones left empty. */
function call(name: string, args: readonly (string | null)[]): string {
  const list = [...args];
  while (list.length > 0 && list[list.length - 1] === null) list.pop();
  return `${name}(${list.map((a) => a ?? "").join(",")})`;
}

/** Translators per locale that remember parameterless labels (the same few labels fill thousands of cells). */
const translators = new Map<Locale, (key: MessageKey, params?: MessageParams) => string>();

function translate(locale: Locale): (key: MessageKey, params?: MessageParams) => string {
  let tr = translators.get(locale);
  if (!tr) {
    const labels = new Map<MessageKey, string>();
    tr = (key, params) => {
      if (params) return t(locale, key, params);
      let label = labels.get(key);
      if (label === undefined) {
        label = t(locale, key);
        labels.set(key, label);
      }
      return label;
    };
    translators.set(locale, tr);
  }
  return tr;
}

// ---------------------------------------------------------------------------------------------------------------
// Layout constants

/**
 * The scorecard's columns, in order: the figures a reader signs (score, rating, payouts and their status), few
 * enough to print readable on A4 landscape at any team size. The rest of a person's figures are in the detail
 * tables below it ({@link DETAIL}).
 */
const SC = [
  "id",
  "name",
  "team",
  "composite",
  "projected",
  "rating",
  "bonus",
  "projectedBonus",
  "commission",
  "projectedCommission",
  "payoutStatus",
] as const;

/**
 * Per-person detail tables under the scorecard (one row per person, in scorecard order, ID and name first), each
 * as narrow as the scorecard so it prints at the same scale: the payout inputs the bonus and commission formulas
 * read, reviews and work, customers and development.
 */
const DETAIL = [
  {
    section: "report.section.detailPay",
    sheet: "report.sheet.pay",
    cols: [
      "id",
      "name",
      "bonusPlan",
      "targetBonus",
      "bonusAttainment",
      "gate",
      "multiplier",
      "proration",
      "bonusCap",
      "commissionPlan",
      "credited",
    ],
  },
  {
    section: "report.section.detailWork",
    sheet: "report.sheet.work",
    cols: [
      "id",
      "name",
      "previous",
      "change",
      "reviewOverall",
      "calibrated",
      "reviewStatus",
      "nineBox",
      "tasksDue",
      "tasksDone",
      "tasksOverdue",
      "completion",
    ],
  },
  {
    section: "report.section.detailGrowth",
    sheet: "report.sheet.growth",
    cols: [
      "id",
      "name",
      "interactions",
      "newCustomers",
      "winRate",
      "neglected",
      "trainingHours",
      "readiness",
      "openActions",
      "flags",
    ],
  },
] as const;
type ScoreColumn = (typeof SC)[number] | (typeof DETAIL)[number]["cols"][number];

/**
 * The scorecard columns of a report: mid-period the projected score, bonus and commission stand beside the
 * to-date ones; after the period end only the final figures show.
 */
function scoreColumns(basis: PeriodPicture["basis"]): readonly ScoreColumn[] {
  const projectedOnly = new Set<ScoreColumn>(["projected", "projectedBonus", "projectedCommission"]);
  return basis === "projected" ? SC : SC.filter((c) => !projectedOnly.has(c));
}

/**
 * Widths of the report sheet's columns (characters), shared by every section: ID, name, then team / plan / goal
 * (wide enough for a team name such as "Corporate Banking" on one line, indent included), then figures. Twelve columns at most (the goals and the work detail): with these widths they print on A4
 * landscape at about 90% (see the print test). The fifth is wider: it holds the key figure "goals met" as text
 * ("1793 of 12000" at 2,000 people), which must read on one line.
 */
const REPORT_WIDTHS = [8, 16, 18, 12, 16, 12, 12, 12, 12, 12, 12, 12];

/**
 * The pay detail's widths: its two plan columns hold a plan's full name on one line ("Account manager bonus 2026",
 * "客户经理奖金方案 2026", indent included), the figures around them as narrow as their values and short words
 * allow. Eleven columns as wide in all as {@link REPORT_WIDTHS}' twelve, so the sheet prints at the scorecard's
 * scale.
 */
const PAY_WIDTHS = [8, 16, 28, 11, 10, 10, 9, 10, 11, 28, 13];

/**
 * A header whose last part is a qualifier in brackets — its basis, "Bonus (projected at period end)",
 * "奖金（预计期末）" — with the qualifier on a line of its own under the label, so a narrow column breaks the
 * header there and nowhere else (no lone "）" on a line, no label cut in two).
 * @param header - a header text.
 * @returns the text with a line break before its closing bracketed qualifier, or as it was.
 * @example basisOnOwnLine("Bonus (to date)") // "Bonus\n(to date)"
 */
export function basisOnOwnLine(header: string): string {
  return header.replace(/\s*([(（][^()（）]*[)）])$/u, (_, qualifier: string, at: number) =>
    at === 0 ? qualifier : `\n${qualifier}`,
  );
}

/** A scorecard header, labelled with the basis it uses (to date, projected or final) where that can differ. */
function scoreHeader(c: ScoreColumn, basis: PeriodPicture["basis"], tr: Translator): string {
  const label = tr(`report.col.${c}` as MessageKey);
  switch (c) {
    case "composite":
    case "bonus":
    case "commission":
      return basisOnOwnLine(basis === "projected" ? tr("report.basis.toDate", { label }) : label);
    case "rating":
    case "change":
    case "nineBox":
      return basisOnOwnLine(
        tr(basis === "projected" ? "report.basis.projected" : "report.basis.final", { label }),
      );
    default:
      return basisOnOwnLine(label);
  }
}

/** Goal table columns, in order. */
const GC = [
  "id",
  "name",
  "goal",
  "kpi",
  "scoring",
  "target",
  "actual",
  "weight",
  "attainment",
  "score",
  "pace",
  "source",
] as const;
type GoalColumn = (typeof GC)[number];
const gc = (c: GoalColumn): number => GC.indexOf(c);

/** Where the scorecard header sits; the sheet freezes the rows down to it. */
const SCORECARD_HEADER = 7;
/** The first person's (or goal's) row on a detail or goals sheet: under the table's title and header. */
const TABLE_FIRST = 2;

type Translator = (key: MessageKey, params?: MessageParams) => string;

/** Where a table's column sits: its sheet, the first person's (or goal's) row and the column. */
interface Placed {
  sheet: string;
  first: number;
  col: number;
}

interface Positions {
  /** Where each person-figure column sits: the scorecard's sheet or its detail table's. */
  place: Map<ScoreColumn, Placed>;
  /** The sheet of the goals table, and the sheet of the plan tables (curves, tiers, rating scale). */
  goalsSheet: string;
  tablesSheet: string;
  basis: PeriodPicture["basis"];
  goalFirst: number;
  goalRow: Map<string, number>;
  personGoals: Map<string, { first: number; last: number }>;
  curve: Map<string, { first: number; last: number }>;
  ratings: { first: number; last: number } | null;
}

/** Choices of the layout beyond the language. */
export interface PlanOptions {
  /** How every amount reads (Settings moneyFormat); default 万 in Chinese, yuan in English. */
  money?: MoneyStyle;
  /** The period's lock receipt when its payouts are locked (null or absent otherwise). */
  receipt?: string | null;
}

/**
 * Page breaks per statements sheet. Each statement starts a printed page, and each page of a statement that runs
 * over a page, through a manual row break; Excel keeps at most 1,026 of those per sheet (LibreOffice likewise
 * drops the rest). So the statements fill a sheet while its breaks stay within this many, and go on in further
 * sheets — `Statements 2026-Q2`, `Statements 2026-Q2 (2)`, … — a person's statement never split between two.
 */
export const STATEMENT_BREAKS_PER_SHEET = 1000;

/** The column of the analysis sheet's curve tables: the name's (16 wide), so no amount there reads "###". */
const CURVE_COL = 1;

/** Rows each chart's drawing takes in the charts' own column (Excel's default chart is about 15 rows tall). */
const CHART_ROWS = 18;
/** Column where charts are anchored, right of their data (categories in column B, series in C and D). */
const CHART_COL = 5;

/** The money format of the plans: Settings moneyFormat, or 万 in Chinese and yuan in English. */
function moneyOf(options: PlanOptions, locale: Locale): PlanFormat {
  return (options.money ?? moneyStyleOf("auto", locale)) === "wan" ? "wan" : "yuan";
}

/**
 * Lays out the report.
 * @param model - from `buildPeriod`.
 * @param locale - the workbook language (sheet names, headers, words).
 * @param options - the money format (one for every amount of every sheet) and the period's lock receipt
 *   (src/workbook/receipt.ts) when its payouts are locked: printed under the report's title and on every
 *   statement, so a reader can compare it with the one the approver kept.
 * @returns the report's sheets — the report (title, key figures, scorecard), its three detail sheets, the goals
 *   and the analysis ({@link REPORT_SHEETS} in all) — then the statements sheet (several when there are more
 *   people than fit one sheet's page breaks: each a part of the team, in order).
 * @example
 * const [report] = planReport(buildPeriod(input), "zh-CN");
 * report.name; // "绩效报告 2026-Q3"
 */
export function planReport(model: PeriodPicture, locale: Locale, options: PlanOptions = {}): SheetPlan[] {
  const receipt = options.receipt ?? null;
  const [report, ...parts] = reportSheets(model, locale, moneyOf(options, locale));
  // Row 2 (between the subtitle and the key figures) is free in the report's layout.
  if (receipt) {
    const line = t(locale, "close.receipt.report", { period: model.period.text, receipt });
    report.blocks.push({ row: 2, col: 0, style: "note", cells: [[text(line)]] });
  }
  return [report, ...parts, ...planStatements(model, locale, options)];
}

/** How many sheets the report itself takes before its statements: report, three details, goals, analysis. */
export const REPORT_SHEETS = 6;

/**
 * Lays out the statements alone (a person's statement printed on its own, say).
 * @param model - from `buildPeriod`.
 * @param locale - the workbook language.
 * @param options - the money format and the period's lock receipt.
 * @returns the statements sheet(s), as {@link planReport} ends with them.
 */
export function planStatements(model: PeriodPicture, locale: Locale, options: PlanOptions = {}): SheetPlan[] {
  const money = moneyOf(options, locale);
  const receipt = options.receipt ?? null;
  const statements: SheetPlan[] = [];
  let rest = model.people;
  do {
    const part = statementSheet(model, rest, statements.length + 1, locale, money, receipt);
    statements.push(part.sheet);
    rest = rest.slice(part.people);
  } while (rest.length > 0);
  return statements;
}

// ---------------------------------------------------------------------------------------------------------------
// Report sheet

/**
 * The report's sheets, each printing under its own repeated header: the report itself (title, key figures and the
 * scorecard), one sheet per per-person table (the three scorecard details and the goals), and the analysis
 * (distribution, teams, pulse, performers, trend, review dimensions, flags, plan tables and charts). One sheet
 * would print every table under the scorecard's header, as a sheet has one set of print titles.
 */
function reportSheets(model: PeriodPicture, locale: Locale, money: PlanFormat): SheetPlan[] {
  const tr = translate(locale);
  const cols = scoreColumns(model.basis);
  const people = model.people;
  const n = people.length;
  const goalCount = people.reduce((s, p) => s + p.goals.length, 0);
  const period = model.period.text;
  const reportName = tr("report.sheet.report", { period });
  const goalsName = tr("report.sheet.goals", { period });
  const analysisName = tr("report.sheet.analysis", { period });
  const detailNames = DETAIL.map((table) => tr(table.sheet, { period }));

  // Positions first: formulas point to the other sheets' tables (detail, goals, plan tables).
  const scoreFirst = SCORECARD_HEADER + 1;
  const place = new Map<ScoreColumn, Placed>();
  cols.forEach((c, i) => place.set(c, { sheet: reportName, first: scoreFirst, col: i }));
  // Each detail sheet: its title, its header, a row per person.
  DETAIL.forEach((table, d) =>
    table.cols.forEach((c, i) => {
      if (!place.has(c)) place.set(c, { sheet: detailNames[d], first: TABLE_FIRST, col: i });
    }),
  );
  const goalFirst = TABLE_FIRST;
  // The analysis sheet, top to bottom.
  const distTitle = 0;
  const distRows = model.distribution?.length ?? 0;
  const teamsTitle = distTitle + 2 + (model.distribution ? distRows : 0) + 1;
  const pulseTitle = teamsTitle + 2 + model.teams.length + 1;
  const content = contentSections(model, pulseTitle + 4, locale);
  const flagsTitle = pulseTitle + 4 + content.rows;
  const flagList = flagSection(model, flagsTitle, model.scope ?? tr("report.scope.all"), locale, money);
  const tablesTitle = flagsTitle + flagList.rows;

  const pos: Positions = {
    place,
    goalsSheet: goalsName,
    tablesSheet: analysisName,
    basis: model.basis,
    goalFirst,
    goalRow: new Map(),
    personGoals: new Map(),
    curve: new Map(),
    ratings: null,
  };
  let r = goalFirst;
  for (const p of people) {
    if (p.goals.length > 0) pos.personGoals.set(p.id, { first: r, last: r + p.goals.length - 1 });
    for (const g of p.goals) pos.goalRow.set(`${p.id}\u241f${g.goalId}`, r++);
  }
  const tableBlocks: PlanBlock[] = [];
  r = tablesTitle + 1;
  // A commission's tiers start at amounts (or, on a quota, at attainments of it), their rates are percentages;
  // every other curve reads an attainment into a payout or a score share, both percentages.
  const tierBounds = new Map<string, PlanFormat>();
  for (const p of people)
    if (p.commission) tierBounds.set(p.commission.tiers, p.commission.quota === null ? money : "percent");
  for (const curve of model.curves) {
    tableBlocks.push(...curveBlocks(curve, r, tierBounds.get(curve.name) ?? "percent", tr));
    pos.curve.set(curve.name, { first: r + 2, last: r + 1 + curve.points.length });
    r += curve.points.length + 3;
  }
  if (model.ratings.length > 0) {
    tableBlocks.push({ row: r, col: 0, cells: [[text(tr("report.tables.ratings"))]], style: "subtitle" });
    tableBlocks.push({
      row: r + 1,
      col: 0,
      header: true,
      style: "table",
      formats: ["decimal", "general", "decimal"],
      cells: [
        [text(tr("report.col.minScore")), text(tr("report.col.label")), text(tr("report.col.multiplier"))],
        ...model.ratings.map((b) => [num(b.minScore), text(b.label), num(b.multiplier)]),
      ],
    });
    pos.ratings = { first: r + 2, last: r + 1 + model.ratings.length };
    r += model.ratings.length + 3;
  }
  // Chart data goes below everything else, each chart's data in its own range with room for the chart beside
  // it, so no chart or section can overlap another at any team size.
  const chartsTitle = (tableBlocks.length > 0 ? r : tablesTitle) + 1;

  /** A person-figure column's whole range, as a formula on sheet `host` reads it. */
  const rangeOn =
    (host: string) =>
    (c: ScoreColumn): string => {
      const at = place.get(c)!;
      return sheetRef(host, at.sheet, rangeAddress(at.first, at.col, at.first + n - 1, at.col));
    };
  const personCells = people.map((p, i) => personFigures(p, i, pos, locale));

  // The report: title, key figures and the scorecard.
  const blocks: PlanBlock[] = [];
  const highlights: PlanHighlight[] = [];
  const scope = model.scope ?? tr("report.scope.all");
  blocks.push({
    row: 0,
    col: 0,
    style: "title",
    cells: [[text(tr("report.title", { period }))]],
  });
  blocks.push({
    row: 1,
    col: 0,
    style: "subtitle",
    cells: [
      [
        text(
          tr("report.subtitle", {
            scope,
            start: formatDate(model.period.start),
            end: formatDate(model.period.end),
            asOf: formatDate(model.asOf),
          }),
        ),
      ],
    ],
  });
  const colRange = rangeOn(reportName);
  const f = model.figures;
  const sumOrValue = (c: ScoreColumn, value: number) =>
    n > 0 ? formula(`=SUM(${colRange(c)})`, value) : num(value);
  const totalDue = people.reduce((s, p) => s + p.work.due, 0);
  blocks.push({
    row: 3,
    col: 0,
    header: true,
    style: "table",
    formats: ["integer", "decimal", money, money, "general", "percent", "decimal"],
    cells: [
      [
        text(tr("report.kf.people")),
        text(tr("report.kf.averageComposite")),
        text(tr("report.kf.totalBonus")),
        text(tr("report.kf.totalCommission")),
        text(tr("report.kf.goalsMet")),
        text(tr("report.kf.taskCompletion")),
        text(tr("report.kf.enps")),
      ],
      [
        num(f.people),
        f.averageComposite === null
          ? blank
          : formula(`=AVERAGE(${colRange("composite")})`, f.averageComposite),
        sumOrValue("bonus", f.totalBonus),
        sumOrValue("commission", f.totalCommission),
        text(tr("report.kf.goalsMetValue", { met: f.goalsMet, total: f.goalsTotal })),
        f.taskCompletion === null || totalDue === 0
          ? blank
          : formula(`=SUM(${colRange("tasksDone")})/SUM(${colRange("tasksDue")})`, f.taskCompletion),
        f.enps !== null
          ? num(f.enps)
          : model.pulse.enpsHidden
            ? text(tr("report.pulse.hidden", { min: model.pulse.minResponses }))
            : blank,
      ],
    ],
  });
  blocks.push(keyFigureExtras(model, 3, 7, colRange, money, tr));
  blocks.push({
    row: SCORECARD_HEADER - 1,
    col: 0,
    style: "subtitle",
    cells: [[text(tr("report.section.scorecard"))]],
  });
  blocks.push(...heldLegend(model, SCORECARD_HEADER - 1, tr("report.section.scorecard"), REPORT_WIDTHS, tr));
  blocks.push({
    row: SCORECARD_HEADER,
    col: 0,
    header: true,
    style: "table",
    formats: cols.map((c) => scorecardFormat(c, money)),
    cells: [
      cols.map((c) => text(scoreHeader(c, model.basis, tr))),
      ...personCells.map((cells) => cols.map((c) => cells[c])),
    ],
  });
  const footer = tr("report.print.page");
  const report: SheetPlan = {
    name: reportName,
    blocks,
    highlights,
    charts: [],
    widths: REPORT_WIDTHS,
    freezeRows: SCORECARD_HEADER + 1,
    // The scorecard's title and header on every page: the one table on the sheet that runs over pages.
    print: tablePrintOf(SCORECARD_HEADER - 1, footer),
  };

  // The detail tables, each on its own sheet under its own header, in scorecard order.
  const details: SheetPlan[] = DETAIL.map((table, d) => {
    const detailHighlights: PlanHighlight[] = [];
    if (n > 0 && (table.cols as readonly ScoreColumn[]).includes("reviewStatus")) {
      const status = place.get("reviewStatus")!;
      detailHighlights.push({
        row: status.first,
        col: status.col,
        rows: n,
        rules: [
          { equals: tr("report.review.missing"), tone: "bad" },
          { equals: tr("report.review.draft"), tone: "warn" },
        ],
      });
    }
    const blocks: PlanBlock[] = [
      { row: 0, col: 0, style: "subtitle", cells: [[text(tr(table.section))]] },
      {
        row: 1,
        col: 0,
        header: true,
        style: "table",
        formats: table.cols.map((c) => scorecardFormat(c, money)),
        cells: [
          table.cols.map((c) => text(scoreHeader(c, model.basis, tr))),
          ...personCells.map((cells) => table.cols.map((c) => cells[c])),
        ],
      },
    ];
    const pay = (table.cols as readonly ScoreColumn[]).includes("bonusPlan");
    if (pay) blocks.push(...heldLegend(model, 0, tr(table.section), PAY_WIDTHS, tr));
    return tableSheet(detailNames[d], blocks, detailHighlights, footer, pay ? PAY_WIDTHS : REPORT_WIDTHS);
  });

  // Goals.
  const goalBlocks: PlanBlock[] = [];
  const goalHighlights: PlanHighlight[] = [];
  goalBlocks.push({ row: 0, col: 0, style: "subtitle", cells: [[text(tr("report.section.goals"))]] });
  // Target and actual read in each goal's KPI unit (a count as 12, a rate as 5.0%, an amount in the money
  // format), so the rows are written in runs of goals that share that format.
  const goalFormats = (unit: PlanFormat): PlanFormat[] =>
    GC.map((c) =>
      c === "target" || c === "actual"
        ? unit
        : c === "weight" || c === "attainment"
          ? "percent"
          : c === "score"
            ? "decimal"
            : "general",
    );
  goalBlocks.push({
    row: 1,
    col: 0,
    header: true,
    style: "table",
    formats: goalFormats("general"),
    cells: [GC.map((c) => text(tr(goalHeader(c))))],
  });
  let run: { row: number; unit: PlanFormat; cells: PlanCell[][] } | null = null;
  const endRun = () => {
    if (run)
      goalBlocks.push({
        row: run.row,
        col: 0,
        style: "table",
        formats: goalFormats(run.unit),
        cells: run.cells,
      });
  };
  for (const p of people) {
    for (const g of p.goals) {
      const row = pos.goalRow.get(`${p.id}\u241f${g.goalId}`)!;
      const unit = goalFormat(g, money);
      if (!run || run.unit !== unit) {
        endRun();
        run = { row, unit, cells: [] };
      }
      run.cells.push(goalRow(p, g, row, pos, locale));
    }
  }
  endRun();
  if (goalCount > 0) {
    goalHighlights.push({
      row: goalFirst,
      col: gc("pace"),
      rows: goalCount,
      rules: [
        { equals: tr("report.pace.1"), tone: "good" },
        { equals: tr("report.pace.2"), tone: "warn" },
        { equals: tr("report.pace.3"), tone: "bad" },
      ],
    });
  }
  const goals = tableSheet(goalsName, goalBlocks, goalHighlights, footer);

  // The analysis: short tables, each with its own header, so no title repeats over them.
  const aBlocks: PlanBlock[] = [];
  const aHighlights: PlanHighlight[] = [];
  const charts: PlanChart[] = [];
  // Rating distribution.
  aBlocks.push({
    row: distTitle,
    col: 0,
    style: "subtitle",
    cells: [[text(tr("report.section.distribution"))]],
  });
  if (model.distribution) {
    const yes = tr("report.yes");
    const no = tr("report.no");
    aBlocks.push({
      row: distTitle + 1,
      col: 0,
      header: true,
      style: "table",
      formats: ["general", "percent", "percent", "integer", "percent", "general"],
      cells: [
        [
          text(tr("report.col.label")),
          text(tr("report.col.guideShare")),
          text(tr("report.col.actualShare")),
          text(tr("report.col.count")),
          text(tr("report.col.gap")),
          text(tr("report.col.within")),
        ],
        ...model.distribution.map((d) => [
          text(d.isOther ? tr("report.dist.other") : d.label),
          num(d.target),
          num(d.actual),
          num(d.count),
          num(d.gap),
          d.within === null ? blank : text(d.within ? yes : no),
        ]),
      ],
    });
    if (distRows > 0) {
      aHighlights.push({ row: distTitle + 2, col: 5, rows: distRows, rules: [{ equals: no, tone: "bad" }] });
    }
  } else {
    aBlocks.push({
      row: distTitle + 1,
      col: 0,
      style: "note",
      cells: [[text(tr("report.section.noGuide"))]],
    });
  }

  // Payout by team (SUMIF over the scorecard, so it follows edits).
  const scoreRange = rangeOn(analysisName);
  aBlocks.push({ row: teamsTitle, col: 0, style: "subtitle", cells: [[text(tr("report.section.teams"))]] });
  const teamKeys = model.teams.map((x) => x.team.toLowerCase());
  const safeTeam = (team: string) =>
    n > 0 &&
    team !== "" &&
    !/[*?~<>=]/.test(team) &&
    teamKeys.filter((k) => k === team.toLowerCase()).length === 1;
  aBlocks.push({
    row: teamsTitle + 1,
    col: 0,
    header: true,
    style: "table",
    formats: ["general", "integer", money, money],
    cells: [
      [
        text(tr("report.col.team")),
        text(tr("report.col.people")),
        text(tr("report.col.bonus")),
        text(tr("report.col.commission")),
      ],
      ...model.teams.map((x) => {
        const sumif = (c: ScoreColumn, value: number) =>
          safeTeam(x.team)
            ? formula(`=SUMIF(${scoreRange("team")},${str(x.team)},${scoreRange(c)})`, value)
            : num(value);
        return [
          text(x.team === "" ? tr("report.team.none") : x.team),
          num(x.people),
          sumif("bonus", x.bonus),
          sumif("commission", x.commission),
        ];
      }),
    ],
  });
  aBlocks.push(teamComparisonBlock(model, teamsTitle + 1, 4, scoreRange, safeTeam, tr));

  // Pulse: a figure below the anonymity threshold is replaced by a note, never shown in part.
  const pulseCell = (value: number | null, hidden: boolean) =>
    value !== null
      ? num(value)
      : text(hidden ? tr("report.pulse.hidden", { min: model.pulse.minResponses }) : tr("report.pulse.none"));
  aBlocks.push({ row: pulseTitle, col: 0, style: "subtitle", cells: [[text(tr("report.section.pulse"))]] });
  aBlocks.push({
    row: pulseTitle + 1,
    col: 0,
    style: "table",
    formats: ["general", "decimal"],
    cells: [[text(tr("report.pulse.enps")), pulseCell(model.pulse.enps, model.pulse.enpsHidden)]],
  });
  aBlocks.push({
    row: pulseTitle + 2,
    col: 0,
    style: "table",
    formats: ["general", "percent"],
    cells: [
      [text(tr("report.pulse.favorable")), pulseCell(model.pulse.favorable, model.pulse.favorableHidden)],
    ],
  });

  // Performers, trend, review dimensions; flags ranked by severity and money at stake.
  aBlocks.push(...content.blocks, ...flagList.blocks);
  aHighlights.push(...content.highlights, ...flagList.highlights);

  // Plan tables.
  if (tableBlocks.length > 0) {
    aBlocks.push({
      row: tablesTitle,
      col: 0,
      style: "subtitle",
      cells: [[text(tr("report.section.tables"))]],
    });
    aBlocks.push(...tableBlocks);
  }

  // Charts, each over its own data range (rounded for reading, full names) with the chart anchored beside it.
  let chartRow = chartsTitle;
  let chartAnchor = chartsTitle + 1;
  const addChart = (
    kind: PlanChart["kind"],
    title: string,
    header: PlanCell[],
    rows: PlanCell[][],
    formats: PlanFormat[],
  ) => {
    if (rows.length === 0) return;
    aBlocks.push({
      row: chartRow,
      col: 1,
      style: "subtitle",
      cells: [[text(tr("report.chart.data", { title }))]],
    });
    aBlocks.push({
      row: chartRow + 1,
      col: 1,
      header: true,
      style: "table",
      formats,
      cells: [header, ...rows],
    });
    charts.push({
      kind,
      title,
      row: chartRow + 1,
      col: 1,
      rows: rows.length + 1,
      cols: header.length,
      anchorRow: chartAnchor,
      anchorCol: CHART_COL,
    });
    // The data tables follow each other with one blank row between; the drawings stand in their own column
    // right of them, one under the other, so neither a long table nor a short one leaves a gap or an overlap.
    chartRow += rows.length + 3;
    chartAnchor += CHART_ROWS;
  };
  const round = (ref: string, digits: number, value: number | null) =>
    value === null ? blank : formula(`=ROUND(${ref},${digits})`, roundTo(value, digits));
  const composite = place.get("composite")!;
  addChart(
    "bar",
    tr("report.chart.composite"),
    [text(tr("report.col.name")), text(tr("report.chart.score"))],
    people.map((p, i) => [
      text(p.name),
      round(
        sheetRef(analysisName, composite.sheet, cellAddress(scoreFirst + i, composite.col)),
        1,
        p.composite,
      ),
    ]),
    ["general", "decimal"],
  );
  if (model.distribution) {
    addChart(
      "column",
      tr("report.chart.distribution"),
      [text(tr("report.col.label")), text(tr("report.col.guideShare")), text(tr("report.col.actualShare"))],
      model.distribution.map((d, i) => [
        text(d.isOther ? tr("report.dist.other") : d.label),
        round(cellAddress(distTitle + 2 + i, 1), 3, d.target),
        round(cellAddress(distTitle + 2 + i, 2), 3, d.actual),
      ]),
      ["general", "percent", "percent"],
    );
  }
  addChart(
    "column",
    tr("report.chart.payout"),
    [text(tr("report.col.team")), text(tr("report.col.bonus")), text(tr("report.col.commission"))],
    model.teams.map((x, i) => [
      text(x.team === "" ? tr("report.team.none") : x.team),
      round(cellAddress(teamsTitle + 2 + i, 2), 0, x.bonus),
      round(cellAddress(teamsTitle + 2 + i, 3), 0, x.commission),
    ]),
    ["general", money, money],
  );
  const analysis: SheetPlan = {
    name: analysisName,
    blocks: aBlocks,
    highlights: aHighlights,
    charts,
    widths: REPORT_WIDTHS,
    print: {
      orientation: "landscape",
      fitToWidth: true,
      // Short tables, each with its own header: no rows repeat. The charts start a page of their own.
      breaksBefore: [chartsTitle],
      footer,
    },
  };

  return [report, ...details, goals, analysis];
}

/**
 * What a table's short "held" words mean, in full: a note in the table's title row, in the first column clear of
 * the title (a subtitle is set larger than the widths count), so it prints with the title on every page. None when
 * no bonus of the period is held.
 * @param model - the period picture.
 * @param row - the table's title row (0-based).
 * @param title - the title in that row's first cell.
 * @param widths - the sheet's column widths.
 * @returns the note block, or none.
 */
function heldLegend(
  model: PeriodPicture,
  row: number,
  title: string,
  widths: readonly number[],
  tr: ReturnType<typeof translate>,
): PlanBlock[] {
  if (model.figures.heldPayouts === 0) return [];
  const room = displayWidth(title) * 1.25 + 1;
  let col = 1;
  for (let start = widths[0]; col < widths.length - 1 && start < room; col++) start += widths[col];
  return [{ row, col, style: "note", cells: [[text(tr("report.held.legend"))]] }];
}

/**
 * The sheet of one per-person table (a scorecard detail, the goals): its title, its header and a row per person
 * or goal from {@link TABLE_FIRST}, frozen under the header, which repeats with the title on every printed page.
 */
function tableSheet(
  name: string,
  blocks: PlanBlock[],
  highlights: PlanHighlight[],
  footer: string,
  widths: readonly number[] = REPORT_WIDTHS,
): SheetPlan {
  return {
    name,
    blocks,
    highlights,
    widths: [...widths],
    freezeRows: TABLE_FIRST,
    print: tablePrintOf(0, footer),
  };
}

/**
 * A per-person table's sheet prints A4 landscape, one page wide, with its title and header rows on every page.
 * @param titleRow - the table's title row; its header is the row below.
 */
function tablePrintOf(titleRow: number, footer: string): PlanPrint {
  return {
    orientation: "landscape",
    fitToWidth: true,
    titleRows: { first: titleRow, last: titleRow + 1 },
    footer,
  };
}

/** A figure rounded for reading (a chart's label), as ROUND would. */
function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * A plan curve's table on the analysis sheet: its title (a heading, on one line), then point and value in the
 * columns {@link CURVE_COL} and the next, wide enough for an amount in either money format.
 */
function curveBlocks(
  curve: CurveTable,
  row: number,
  point: PlanFormat,
  tr: (key: MessageKey, params?: MessageParams) => string,
): PlanBlock[] {
  return [
    {
      row,
      col: CURVE_COL,
      style: "subtitle",
      cells: [[text(tr("report.tables.curve", { name: curve.name }))]],
    },
    {
      row: row + 1,
      col: CURVE_COL,
      header: false,
      style: "table",
      formats: [point, "percent"],
      cells: [
        [text(tr("report.col.point")), text(tr("report.col.value"))],
        ...curve.points.map((p) => [num(p.point), num(p.value)]),
      ],
    },
  ];
}

function scorecardFormat(c: ScoreColumn, money: PlanFormat): PlanFormat {
  switch (c) {
    case "composite":
    case "projected":
    case "previous":
    case "change":
    case "reviewOverall":
    case "calibrated":
    case "multiplier":
    case "trainingHours":
      return "decimal";
    case "bonusAttainment":
    case "proration":
    case "completion":
    case "winRate":
      return "percent";
    case "targetBonus":
    case "bonusCap":
    case "bonus":
    case "projectedBonus":
    case "credited":
    case "commission":
    case "projectedCommission":
      return money;
    case "nineBox":
    case "tasksDue":
    case "tasksDone":
    case "tasksOverdue":
    case "interactions":
    case "newCustomers":
    case "neglected":
    case "openActions":
    case "flags":
      return "integer";
    default:
      return "general";
  }
}

function goalHeader(c: GoalColumn): MessageKey {
  return c === "goal" ? "report.col.goal" : (`report.col.${c}` as MessageKey);
}

/** A goal's score formula by its rule, over the goal row's actual (G), target (F) and attainment (I). */
function scoreFormula(g: GoalReport, row: number, pos: Positions): string | null {
  const actual = cellAddress(row, gc("actual"));
  const target = cellAddress(row, gc("target"));
  const att = cellAddress(row, gc("attainment"));
  const dir = str(g.direction);
  const rule = g.rule;
  if (!rule) return null;
  switch (rule.kind) {
    case "ratio":
      return `=${call("KPI.SCORE", [actual, target, dir, lit(rule.threshold), lit(rule.cap)])}`;
    case "curve": {
      const at = pos.curve.get(rule.curve);
      if (!at) return null;
      return `=100*${call("KPI.CURVE", [att, sheetRef(pos.goalsSheet, pos.tablesSheet, rangeAddress(at.first, CURVE_COL, at.last, CURVE_COL + 1, true))])}`;
    }
    case "step":
      // "lower" counts steps of target − actual: the same as "higher" with the two swapped. Writing it that way
      // keeps every argument after minPoints optional and trailing, so no formula needs an empty argument.
      return `=100+${call("KPI.STEPSCORE", [
        g.direction === "lower" ? target : actual,
        g.direction === "lower" ? actual : target,
        lit(rule.step),
        lit(rule.pointsAbove),
        lit(rule.pointsBelow),
        "-100",
        rule.maxPoints === null ? null : lit(rule.maxPoints),
      ])}`;
    case "band":
      return `=${call("KPI.BANDSCORE", [actual, target, lit(rule.band), "100", dir])}`;
  }
}

function goalRow(p: PersonReport, g: GoalReport, row: number, pos: Positions, locale: Locale): PlanCell[] {
  const tr = translate(locale);
  const scored = g.attainment !== null && g.score !== null && g.target !== null && g.actual !== null;
  const attFormula = `=${call("KPI.ATTAINMENT", [
    cellAddress(row, gc("actual")),
    cellAddress(row, gc("target")),
    g.direction === "lower" ? str("lower") : null,
  ])}`;
  const scoreF = scored ? scoreFormula(g, row, pos) : null;
  return [
    text(p.id),
    text(p.name),
    text(g.description ?? g.goalId),
    text(g.kpiName),
    text(g.rule ? enumLabel(g.rule.kind, locale) : ""),
    num(g.target),
    num(g.actual),
    num(g.weight),
    scored ? formula(attFormula, g.attainment) : num(g.attainment),
    scoreF ? formula(scoreF, g.score) : num(g.score),
    g.pace === null ? blank : text(tr(`report.pace.${g.pace}` as MessageKey)),
    text(tr(`report.source.${g.actualSource}` as MessageKey)),
  ];
}

/**
 * The address of a person's figure (by their 0-based place in the scorecard) in its table, as a formula on the
 * sheet of column `from` reads it (with the figure's sheet when that is another).
 */
function figureAt(pos: Positions, c: ScoreColumn, index: number, from: ScoreColumn): string {
  const at = pos.place.get(c)!;
  return sheetRef(pos.place.get(from)!.sheet, at.sheet, cellAddress(at.first + index, at.col));
}

/** Every figure of a person's scorecard and detail rows, by column. */
function personFigures(
  p: PersonReport,
  index: number,
  pos: Positions,
  locale: Locale,
): Record<ScoreColumn, PlanCell> {
  const tr = translate(locale);
  const goals = pos.personGoals.get(p.id);
  const host = (c: ScoreColumn) => pos.place.get(c)!.sheet;
  const cells: Record<ScoreColumn, PlanCell> = {
    id: text(p.id),
    name: text(p.name),
    composite:
      p.composite !== null && goals
        ? formula(
            `=${call("KPI.WEIGHTED", [
              sheetRef(
                host("composite"),
                pos.goalsSheet,
                rangeAddress(goals.first, gc("score"), goals.last, gc("score")),
              ),
              sheetRef(
                host("composite"),
                pos.goalsSheet,
                rangeAddress(goals.first, gc("weight"), goals.last, gc("weight")),
              ),
            ])}`,
            p.composite,
          )
        : blank,
    team: p.team === null ? blank : text(p.team),
    projected: num(p.projectedComposite),
    previous: num(p.previousComposite),
    change: num(p.change),
    reviewOverall: num(p.review.overall),
    calibrated: num(p.review.calibrated),
    reviewStatus: text(tr(`report.review.${p.review.status}` as MessageKey)),
    // The rating reads the score on the report's basis: the projected column mid-period, the final score after.
    rating:
      p.rating !== null && p.projectedComposite !== null && pos.ratings
        ? formula(
            `=${call("KPI.RATING", [
              figureAt(pos, pos.basis === "projected" ? "projected" : "composite", index, "rating"),
              sheetRef(
                host("rating"),
                pos.tablesSheet,
                rangeAddress(pos.ratings.first, 0, pos.ratings.last, 1, true),
              ),
            ])}`,
            p.rating,
          )
        : p.rating === null
          ? blank
          : text(p.rating),
    nineBox: num(p.nineBox),
    bonusPlan: blank,
    targetBonus: blank,
    bonusAttainment: blank,
    gate: blank,
    multiplier: blank,
    proration: blank,
    bonusCap: blank,
    bonus: blank,
    projectedBonus: blank,
    commissionPlan: blank,
    credited: blank,
    commission: blank,
    projectedCommission: blank,
    tasksDue: num(p.work.due),
    tasksDone: num(p.work.done),
    tasksOverdue: num(p.work.overdue),
    completion: num(p.work.completion),
    interactions: num(p.customers.interactions),
    newCustomers: num(p.customers.newCustomers),
    winRate: num(p.customers.winRate),
    neglected: num(p.customers.neglected.length),
    trainingHours: num(p.development.trainingHours),
    readiness: p.development.readiness === null ? blank : text(enumLabel(p.development.readiness, locale)),
    openActions: num(p.development.openActions),
    flags: num(p.flags.length),
    payoutStatus:
      p.bonus || p.commission
        ? text(tr(`report.payoutStatus.${p.payoutStatus.status}` as MessageKey))
        : blank,
  };
  if (p.bonus) Object.assign(cells, bonusCells(p, p.bonus, index, pos, locale));
  if (p.commission) Object.assign(cells, commissionCells(p.commission, index, pos));
  return cells;
}

function bonusCells(
  p: PersonReport,
  b: BonusReport,
  index: number,
  pos: Positions,
  locale: Locale,
): Partial<Record<ScoreColumn, PlanCell>> {
  // Bonus attainment and the gate are on the pay detail's sheet; the bonus is on the scorecard's.
  const payAt = (c: ScoreColumn) => figureAt(pos, c, index, "bonusAttainment");
  const at = (c: ScoreColumn) => figureAt(pos, c, index, "bonus");
  const curveAt = (range: string) => sheetRef(pos.place.get("bonus")!.sheet, pos.tablesSheet, range);
  const goalAt = (goalId: string | null, col: GoalColumn) => {
    const r = goalId === null ? undefined : pos.goalRow.get(`${p.id}\u241f${goalId}`);
    return r === undefined
      ? null
      : sheetRef(pos.place.get("bonusAttainment")!.sheet, pos.goalsSheet, cellAddress(r, gc(col)));
  };
  // Bonus attainment follows its basis live: the score cell, the basis goal's attainment, or credited ÷ quota.
  let attainment: PlanCell = num(b.attainment);
  if (b.attainment !== null) {
    if (b.basis === "score" && p.composite !== null && pos.personGoals.has(p.id)) {
      attainment = formula(`=${payAt("composite")}/100`, b.attainment);
    } else if (b.basis === "kpi") {
      const ref = goalAt(b.basisGoal, "attainment");
      if (ref) attainment = formula(`=${ref}`, b.attainment);
    }
    // Basis "deals" stays a value: its credited amount is counted over the days in the plan, which need not be
    // the commission plan's window shown in the credited column.
  }
  const tr = translate(locale);
  if (b.held) {
    // Held, not 0: words in the bonus cell keep it out of every SUM and SUMIF, and say why.
    return {
      bonusPlan: text(b.planName || b.planId),
      targetBonus: num(b.targetBonus),
      bonusAttainment: attainment,
      // The tables' short words, which fit their columns on one line; each table's title row says what they
      // mean in full (heldLegend), the statement in its own words.
      gate: text(tr("report.held.gateShort")),
      multiplier: num(b.multiplier),
      proration: num(b.proration),
      bonusCap: num(b.cap),
      bonus: text(tr("report.held.short")),
      projectedBonus: text(tr("report.held.short")),
    };
  }
  // The gate reads as a word (met / not met), never TRUE/FALSE or 1/0; KPI.BONUS compares the word.
  const met = tr("report.gate.met");
  const notMet = tr("report.gate.notMet");
  let gate: PlanCell = text(met);
  if (b.gate) {
    const ref = goalAt(b.gate.goalId, "attainment");
    const word = b.gate.passed ? met : notMet;
    gate =
      ref && b.gate.attainment !== null
        ? formula(`=IF(${ref}>=${lit(b.gate.min)},${str(met)},${str(notMet)})`, word)
        : text(word);
  }
  const curve = pos.curve.get(b.curve);
  const live = b.amount !== null && curve !== undefined && b.attainment !== null;
  // Projected: the same bonus at the projected score (a score basis; a KPI's or deals' projection is not on the
  // sheet). The gate is the gate cell when its KPI projects to its own attainment (a rate, or the period is over).
  const gateGoal = b.gate ? p.goals.find((g) => g.goalId === b.gate?.goalId) : undefined;
  const gateLive =
    !b.gate || (gateGoal !== undefined && gateGoal.projectedAttainment === gateGoal.attainment);
  const projectedLive =
    b.projected !== null &&
    pos.place.has("projected") &&
    curve !== undefined &&
    b.basis === "score" &&
    p.projectedComposite !== null &&
    b.projectedAttainment !== null &&
    gateLive &&
    live;
  // The bonus formula at an attainment (to date, or the projected score): the same curve, gate, multiplier,
  // proration and cap cells either way. Only called when the curve is on the sheet (live / projectedLive).
  const bonusAt = (attainmentRef: string, value: number | null): PlanCell =>
    formula(
      `=${call("KPI.BONUS", [
        at("targetBonus"),
        attainmentRef,
        curveAt(rangeAddress(curve!.first, CURVE_COL, curve!.last, CURVE_COL + 1, true)),
        `${at("gate")}=${str(met)}`,
        at("multiplier"),
        at("proration"),
        b.cap === null ? null : at("bonusCap"),
      ])}`,
      value,
    );
  return {
    bonusPlan: text(b.planName || b.planId),
    targetBonus: num(b.targetBonus),
    bonusAttainment: attainment,
    gate,
    multiplier: num(b.multiplier),
    proration: num(b.proration),
    bonusCap: num(b.cap),
    bonus: live ? bonusAt(at("bonusAttainment"), b.amount) : num(b.amount),
    projectedBonus: projectedLive ? bonusAt(`${at("projected")}/100`, b.projected) : num(b.projected),
  };
}

function commissionCells(
  c: CommissionReport,
  index: number,
  pos: Positions,
): Partial<Record<ScoreColumn, PlanCell>> {
  const tiers = pos.curve.get(c.tiers);
  // The commission is on the scorecard's sheet; credited sales on the pay detail's, the tiers with the plan tables.
  const credited = figureAt(pos, "credited", index, "commission");
  const tierRange =
    tiers === undefined
      ? ""
      : sheetRef(
          pos.place.get("commission")!.sheet,
          pos.tablesSheet,
          rangeAddress(tiers.first, CURVE_COL, tiers.last, CURVE_COL + 1, true),
        );
  const tiered =
    tiers && call("KPI.TIERED", [credited, tierRange, str(c.method), c.quota === null ? null : lit(c.quota)]);
  // Projected: the credited sales to date scaled to the plan's days in the period (credited × days ÷ days
  // elapsed), through the same tiers and cap.
  const { elapsed, total } = c.projectionDays;
  const projectedTiered =
    tiers &&
    elapsed > 0 &&
    call("KPI.TIERED", [
      `${credited}*${lit(total)}/${lit(elapsed)}`,
      tierRange,
      str(c.method),
      c.quota === null ? null : lit(c.quota),
    ]);
  const capped = (f: string) => (c.cap === null ? `=${f}` : `=MIN(${f},${lit(c.cap)})`);
  return {
    commissionPlan: text(c.planName || c.planId),
    credited: num(c.credited),
    commission: c.amount !== null && tiered ? formula(capped(tiered), c.amount) : num(c.amount),
    projectedCommission:
      c.projected !== null && projectedTiered
        ? formula(capped(projectedTiered), c.projected)
        : num(c.projected),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Statements sheet

/** Money units of the KPI library (Unit column): amounts in these are shown as money (万 in Chinese). */
const MONEY_UNITS = new Set(["cny", "rmb", "¥", "元", "万元", "usd", "$", "eur", "€"]);

/**
 * @param unit - a KPI's Unit.
 * @param money - the sheet's money format.
 * @returns the number format for values in that unit: percent for "%", money for currencies, decimal otherwise.
 */
function unitFormat(
  unit: string | null,
  money: PlanFormat,
  values: readonly (number | null)[] = [],
): PlanFormat {
  const u = (unit ?? "").trim().toLowerCase();
  if (u === "%") return "percent";
  if (MONEY_UNITS.has(u)) return money;
  // A count (deals, visits, customers) and any whole-number target print without decimals; a score on a scale
  // (satisfaction 4.35) keeps two.
  return values.every((v) => v === null || Number.isInteger(v)) ? "integer" : "decimal";
}

/** The format of a goal's target and actual: its KPI's unit, decided on both figures. */
function goalFormat(g: GoalReport, money: PlanFormat): PlanFormat {
  return unitFormat(g.unit, money, [g.target, g.actual]);
}

/** A statements sheet's column widths: a deal named by product and ID and a customer's full name on one line. */
const STATEMENT_WIDTHS = [32, 28, 14, 14, 14, 14, 12, 12];

/**
 * Heights, in points, that a statement's page is laid out by. The sheet prints A4 landscape at 100% in Excel (its
 * columns fit the width: 1,020 of 1,045 pixels), so a page holds 516 pt between the top and bottom margins; the
 * sheet's title row repeats at the top. Rows are taken as tall as Excel makes them in the report's font (Microsoft
 * YaHei is taller than Arial), a little over, so that a page placed here is never cut again by Excel; LibreOffice
 * prints the sheet smaller (about 80%) and so leaves some room at the foot instead.
 */
const STATEMENT_PAGE = {
  /** Room under the repeated title row, with a little to spare. */
  body: 516 - 26 - 10,
  /** A row of the 11 pt body font, by language; a wrapped line of the file (its rows' heights are 15 pt a line). */
  line: { "zh-CN": 17.25, "en-US": 15.75 } as Record<Locale, number>,
  wrappedLine: 15,
  /** A section heading (12 pt bold) and the sheet title (14 pt bold). */
  subtitle: 22,
  title: 26,
} as const;

/** Rows up to which a table of a statement is never split between pages. */
const SHORT_TABLE = 8;

/**
 * @returns the statements of as many of `people` as fit one sheet's {@link STATEMENT_BREAKS_PER_SHEET} page breaks
 *   (at least one), and how many people that is.
 */
function statementSheet(
  model: PeriodPicture,
  people: readonly PersonReport[],
  part: number,
  locale: Locale,
  money: PlanFormat,
  receipt: string | null,
): { sheet: SheetPlan; people: number } {
  const tr = translate(locale);
  const breaks: number[] = [];
  const blocks: PlanBlock[] = [];
  let r = 0;
  const page = statementPages(locale, () => r);
  /**
   * The blocks heading each page of the statement being written (its person's heading, then a row heading each
   * further page), numbered "page k of n" once the statement is laid out; none before the first person's.
   */
  let headings: PlanBlock[] | null = null;
  /** The section heading (not a page's) last put, while nothing has been put after it. */
  let footHeading: PlanBlock | null = null;
  const newPage = () => {
    breaks.push(r);
    page.start();
    footHeading = null;
    if (headings) {
      // Its text, with the page numbers, is set when the statement is complete (the heading row is one line).
      const heading: PlanBlock = { row: r, col: 0, style: "subtitle", cells: [[blank]] };
      blocks.push(heading);
      headings.push(heading);
      page.take(STATEMENT_PAGE.subtitle);
      r += 1;
    }
  };
  const put = (block: Omit<PlanBlock, "row" | "col">, col = 0) => {
    // Rows of a block go on the current page while they fit; the rest on the next, a table's header repeated over
    // them. A heading keeps the next two rows with it, a table's header its first row: never alone at a page foot.
    const heights = block.cells.map((cells) => page.rowPoints(block, cells, col));
    const header = block.header === true && block.cells.length > 1;
    let from = 0;
    while (from < block.cells.length) {
      const keep =
        block.style === "subtitle" || (block.header === true && block.cells.length === 1)
          ? 2 * STATEMENT_PAGE.line[locale] * (block.style === "subtitle" ? 1.5 : 1)
          : 0;
      let fit = 0;
      // A table's rows after a break sit under its header again.
      let room = page.room() - (from > 0 && header ? heights[0] : 0);
      while (from + fit < block.cells.length && heights[from + fit] <= room) room -= heights[from + fit++];
      // A short table (the tiers, the review dimensions) goes whole onto the next page rather than split.
      const least =
        from === 0 && block.cells.length <= SHORT_TABLE ? block.cells.length : header && from === 0 ? 2 : 1;
      if ((fit < least || (fit === block.cells.length && room < keep)) && !page.fresh()) {
        // A section heading just put at the foot of this page goes over with the block it heads (a short table
        // moved whole would leave it there alone).
        const heading = from === 0 && footHeading === blocks[blocks.length - 1] ? blocks.pop() : undefined;
        if (heading) r -= 1;
        newPage();
        if (heading) {
          blocks.push({ ...heading, row: r });
          page.take(STATEMENT_PAGE.subtitle);
          r += 1;
        }
        continue;
      }
      fit = Math.max(fit, 1);
      const rows = block.cells.slice(from, from + fit);
      blocks.push({ row: r, col, ...block, cells: from > 0 && header ? [block.cells[0], ...rows] : rows });
      const last = blocks[blocks.length - 1];
      footHeading = block.style === "subtitle" && headings !== null && !headings.includes(last) ? last : null;
      for (let k = 0; k < fit; k++) page.take(heights[from + k]);
      if (from > 0 && header) page.take(heights[0]);
      r += last.cells.length;
      from += fit;
      if (from < block.cells.length) newPage();
    }
  };
  /**
   * One step of a computation: label, value (own format), explanation. The value column is one of figures: a word
   * in it (the gate's "met", a held bonus) aligns right with the figures above and below.
   */
  const step = (label: string, value: PlanCell, format: PlanFormat, how: string) =>
    put({
      style: "table",
      formats: ["general", format, "general"],
      figures: STEP_FIGURES,
      cells: [[text(label), value, text(how)]],
    });

  blocks.push({
    row: 0,
    col: 0,
    style: "title",
    cells: [[text(tr("report.stmt.title", { period: model.period.text }))]],
  });
  r = 1;
  put({ style: "note", cells: [[text(tr("report.stmt.intro"))]] });
  r += 1;
  page.take(STATEMENT_PAGE.line[locale]);

  let taken = 0;
  for (const [i, p] of people.entries()) {
    const before = { blocks: blocks.length, breaks: breaks.length, r };
    // Each person's statement starts a printed page (the first shares its page with the sheet's title).
    headings = null;
    if (i > 0) newPage();
    // A pay statement carries the employee number as a labelled field, never as a bare "(M006)".
    const person = tr("report.stmt.person", {
      name: p.name,
      id: p.id,
      team: p.team ?? tr("report.team.none"),
    });
    put({ style: "subtitle", cells: [[text(person)]] });
    headings = [blocks[blocks.length - 1]];
    if (receipt) {
      put({
        style: "note",
        cells: [[text(tr("close.receipt.statement", { period: model.period.text, receipt }))]],
      });
    }
    // Goals.
    if (p.goals.length === 0) put({ style: "note", cells: [[text(tr("report.stmt.noGoals"))]] });
    else {
      put({
        header: true,
        style: "table",
        cells: [
          ["kpi", "goal", "target", "actual", "attainment", "weight", "score", "pace"].map((c) =>
            text(tr(`report.col.${c}` as MessageKey)),
          ),
        ],
      });
      // One block per goal: target and actual read in the KPI's own unit (35%, ¥ / 万, or a count).
      for (const g of p.goals) {
        const unit = goalFormat(g, money);
        put({
          style: "table",
          formats: ["general", "general", unit, unit, "percent", "percent", "decimal", "general"],
          cells: [
            [
              text(g.kpiName),
              text(g.description ?? g.goalId),
              num(g.target),
              num(g.actual),
              num(g.attainment),
              num(g.weight),
              num(g.score),
              g.pace === null ? blank : text(tr(`report.pace.${g.pace}` as MessageKey)),
            ],
          ],
        });
      }
      step(tr("report.stmt.composite"), num(p.composite), "decimal", "");
    }
    figuresStatement(p, model, locale, money, put);
    if (!p.bonus && !p.commission) put({ style: "note", cells: [[text(tr("report.stmt.noPlan"))]] });
    else noPlanNotes(p, locale, put);
    if (p.bonus) bonusStatement(p, p.bonus, locale, money, put, step, kpiNameOf(model));
    if (p.commission) {
      commissionStatement(p.commission, locale, money, put, step);
      dealLinesStatement(p.commission, locale, money, put);
    }
    if (p.bonus || p.commission) payoutStatusStatement(p, locale, put);
    reviewStatement(p, locale, put);
    const words = planWords(p, model, locale, money === "wan" ? "wan" : "yuan");
    if (words.length > 0) {
      put({ style: "subtitle", cells: [[text(tr("report.stmt.words"))]] });
      for (const w of words) put({ style: "note", cells: [[text(w)]] });
    }
    r += 1;
    page.take(STATEMENT_PAGE.line[locale]);
    // Each page of the statement numbered within the statement, so a person's own PDF reads 1 of n … n of n.
    const period = model.period.text;
    const own = headings;
    own.forEach((heading, k) => {
      const at = { person, period, page: k + 1, pages: own.length };
      heading.cells = [[text(tr(k === 0 ? "report.stmt.heading" : "report.stmt.continued", at))]];
    });
    // A statement whose page breaks would pass the sheet's limit goes to the next sheet, whole.
    if (breaks.length > STATEMENT_BREAKS_PER_SHEET && i > 0) {
      blocks.length = before.blocks;
      breaks.length = before.breaks;
      r = before.r;
      break;
    }
    taken += 1;
  }
  const sheet: SheetPlan = {
    name:
      part === 1
        ? tr("report.sheet.statements", { period: model.period.text })
        : tr("report.sheet.statementsPart", { period: model.period.text, part }),
    blocks,
    widths: STATEMENT_WIDTHS,
    print: {
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { first: 0, last: 0 },
      breaksBefore: breaks,
      // No sheet-wide page count: each statement numbers its own pages in its heading rows.
      footer: "",
    },
  };
  return { sheet, people: taken };
}

/**
 * The page a statement is being laid out on: how much of it rows have taken, by the heights of
 * {@link STATEMENT_PAGE}, each row's wrapped lines estimated as the file's writer wraps them (a header's or a
 * table cell's text longer than its column when a cell to its right holds something; a note alone on its row
 * across the sheet's width).
 */
function statementPages(locale: Locale, row: () => number) {
  let used = 0;
  let top = row();
  const width = (col: number) => STATEMENT_WIDTHS[col] ?? 9;
  const across = STATEMENT_WIDTHS.reduce((a, b) => a + b, 0);
  return {
    start: () => {
      used = 0;
      top = row();
    },
    take: (points: number) => {
      used += points;
    },
    room: () => STATEMENT_PAGE.body - used,
    /** Nothing but the continuation row on the page yet: a block goes on it whatever its height. */
    fresh: () => row() - top <= 1 && used <= STATEMENT_PAGE.subtitle,
    rowPoints: (block: Omit<PlanBlock, "row" | "col">, cells: readonly PlanCell[], col: number): number => {
      if (block.style === "title") return STATEMENT_PAGE.title;
      if (block.style === "subtitle") return STATEMENT_PAGE.subtitle;
      let last = -1;
      cells.forEach((c, k) => {
        if (c.kind !== "blank") last = k;
      });
      let lines = 1;
      cells.forEach((c, k) => {
        if (c.kind !== "text") return;
        const w = displayWidth(c.value);
        if (block.style === "note" && cells.length === 1 && col === 0)
          lines = Math.max(lines, wrappedLines(w, across - 0.5));
        // A cell's room less its padding and an indent.
        else if (block.header || k < last)
          lines = Math.max(lines, Math.min(4, wrappedLines(w, width(col + k) - 1.5)));
      });
      return lines === 1
        ? STATEMENT_PAGE.line[locale]
        : Math.max(STATEMENT_PAGE.line[locale], STATEMENT_PAGE.wrappedLine * lines);
    },
  };
}

/**
 * A KPI's name by its code, as the period's goals and trend name it (the code itself when no goal names it), so a
 * reader sees "Complaint rate", not COMPLAINT_RATE.
 */
function kpiNameOf(model: PeriodPicture): (code: string) => string {
  const known = KPI_NAMES.get(model);
  if (known) return known;
  const names = new Map<string, string>();
  for (const x of model.trend) if (x.kpiName) names.set(x.kpi, x.kpiName);
  for (const p of model.people) for (const g of p.goals) if (g.kpiName) names.set(g.kpi, g.kpiName);
  const name = (code: string) => names.get(code) ?? code;
  KPI_NAMES.set(model, name);
  return name;
}

/**
 * {@link kpiNameOf} once per period picture: every statement asks for it twice, and collecting the names walks
 * every goal of every person — quadratic at 2,000 people (about a quarter of the report CLI's CPU time).
 */
const KPI_NAMES = new WeakMap<PeriodPicture, (code: string) => string>();

/** A statement step's columns (label, value, how): the value is a figure, or a word set as one. */
const STEP_FIGURES = [false, true, false] as const;

type Put = (block: Omit<PlanBlock, "row" | "col">, col?: number) => void;
type Step = (label: string, value: PlanCell, format: PlanFormat, how: string) => void;

function bonusStatement(
  p: PersonReport,
  b: BonusReport,
  locale: Locale,
  money: PlanFormat,
  put: Put,
  step: Step,
  kpiName: (code: string) => string,
): void {
  const tr = translate(locale);
  const style: MoneyStyle = money === "wan" ? "wan" : "yuan";
  put({ style: "subtitle", cells: [[text(tr("report.stmt.bonus", { plan: planName(b) }))]] });
  put({
    header: true,
    style: "table",
    cells: [[text(tr("report.col.step")), text(tr("report.col.value")), text(tr("report.col.how"))]],
  });
  step(tr("report.stmt.bonus.target"), num(b.targetBonus), money, tr("report.stmt.bonus.targetHow"));
  const basisHow =
    b.basis === "score"
      ? tr("report.stmt.basis.score", { score: p.composite === null ? "—" : formatNumber(p.composite) })
      : b.basis === "kpi"
        ? tr("report.stmt.basis.kpi", { kpi: b.basisKpi === null ? "—" : kpiName(b.basisKpi) })
        : tr("report.stmt.basis.deals", {
            credited:
              b.attainment === null || b.quota === null
                ? "—"
                : formatMoney(b.attainment * b.quota, locale, style),
            quota: b.quota === null ? "—" : formatMoney(b.quota, locale, style),
          });
  step(tr("report.stmt.bonus.attainment"), num(b.attainment), "percent", basisHow);
  step(tr("report.stmt.bonus.planCurve"), num(b.curveValue), "percent", tr("report.stmt.bonus.curveHow"));
  if (b.gate) {
    step(
      tr("report.stmt.bonus.gate"),
      // A held bonus: the gate has no goal or no actual to compare, so it is neither met nor not met.
      text(tr(b.held ? "report.held.gate" : b.gate.passed ? "report.gate.met" : "report.gate.notMet")),
      "general",
      tr("report.stmt.bonus.gateHow", {
        kpi: b.gate.kpiName,
        attainment: b.gate.attainment === null ? "—" : formatPercent(b.gate.attainment),
        min: formatPercent(b.gate.min),
      }),
    );
  } else
    step(
      tr("report.stmt.bonus.gate"),
      text(tr("report.gate.met")),
      "general",
      tr("report.stmt.bonus.noGate"),
    );
  step(
    tr("report.stmt.bonus.multiplier"),
    num(b.multiplier),
    "decimal",
    b.rating === null
      ? tr("report.stmt.bonus.noRating")
      : tr("report.stmt.bonus.multiplierHow", { rating: b.rating }),
  );
  step(
    tr("report.stmt.bonus.proration"),
    num(b.proration),
    "percent",
    tr("report.stmt.bonus.prorationHow", {
      days: b.coveredDays,
      total: b.periodDays,
      from: formatDate(b.coveredFrom),
      to: formatDate(Math.max(b.coveredFrom, b.coveredTo)),
    }),
  );
  step(tr("report.stmt.bonus.uncapped"), num(b.uncapped), money, tr("report.stmt.bonus.uncappedHow"));
  step(
    tr("report.stmt.bonus.cap"),
    num(b.cap),
    money,
    b.cap === null ? tr("report.stmt.bonus.noCap") : tr("report.stmt.bonus.capHow"),
  );
  step(
    tr("report.stmt.bonus.amount"),
    b.held ? text(tr("report.held")) : num(b.amount),
    money,
    b.error
      ? tr("report.stmt.notComputed", { cause: t(locale, b.error.key, b.error.params) })
      : b.held
        ? tr("report.held.why", { kpi: b.gate ? b.gate.kpiName : "—" })
        : zeroWhy(b.zeroReason, tr),
  );
}

/** "Why 0: …" for a payout of 0, else nothing. */
function zeroWhy(reason: ZeroReason | null, tr: Translator): string {
  return reason === null ? "" : tr("report.stmt.zero", { reason: tr(`report.zero.${reason}` as MessageKey) });
}

function commissionStatement(
  c: CommissionReport,
  locale: Locale,
  money: PlanFormat,
  put: Put,
  step: Step,
): void {
  const tr = translate(locale);
  put({
    style: "subtitle",
    cells: [[text(tr("report.stmt.commission", { plan: planName(c) }))]],
  });
  step(
    tr("report.stmt.commission.credited"),
    num(c.credited),
    money,
    tr("report.stmt.commission.creditedHow", { deals: c.deals }),
  );
  if (c.lines.length > 0) {
    put({
      header: true,
      style: "table",
      formats: ["general", money, money, money, "percent", money],
      cells: [
        ["tier", "from", "to", "amountInTier", "rate", "commission"].map((k) =>
          text(tr(`report.col.${k}` as MessageKey)),
        ),
        ...c.lines.map((line) => explainRow(line, tr)),
      ],
    });
  }
  if (c.cap !== null) step(tr("report.stmt.commission.cap"), num(c.cap), money, "");
  step(
    tr("report.stmt.commission.amount"),
    num(c.amount),
    money,
    c.error
      ? tr("report.stmt.notComputed", { cause: t(locale, c.error.key, c.error.params) })
      : zeroWhy(c.zeroReason, tr),
  );
  if (c.error === null) {
    step(
      tr("report.stmt.nextTier"),
      c.topTier ? text(tr("report.stmt.topTier")) : num(c.nextTier),
      money,
      c.topTier ? "" : tr("report.stmt.nextTierHow"),
    );
  }
}

function explainRow(line: ExplainLine, tr: (key: MessageKey, params?: MessageParams) => string): PlanCell[] {
  const label =
    line.kind === "total"
      ? tr("report.stmt.commission.total")
      : line.kind === "prior"
        ? tr("report.stmt.commission.prior")
        : tr("report.stmt.commission.tier", { n: line.tier ?? "" });
  return [text(label), num(line.from), num(line.to), num(line.amount), num(line.rate), num(line.commission)];
}

/**
 * The person's plan parameters in words: method, tier boundaries, quota, curve points, gate, cap, proration.
 * @param p - the person.
 * @param model - the report model (for the curve tables).
 * @param locale - the language.
 * @param style - how amounts read (default: the language's).
 * @returns one sentence group per plan.
 */
export function planWords(
  p: PersonReport,
  model: PeriodPicture,
  locale: Locale,
  style?: MoneyStyle,
): string[] {
  const tr = translate(locale);
  const tableOf = (name: string) => model.curves.find((c) => c.name === name);
  const kpiName = kpiNameOf(model);
  const words: string[] = [];
  const b = p.bonus;
  if (b) {
    const points = (tableOf(b.curve)?.points ?? [])
      .map((pt) =>
        tr("report.words.point", { point: formatPercent(pt.point), value: formatPercent(pt.value) }),
      )
      .join(tr("report.words.sep"));
    const basis =
      b.basis === "score"
        ? tr("report.words.basis.score")
        : b.basis === "kpi"
          ? tr("report.words.basis.kpi", { kpi: b.basisKpi === null ? "—" : kpiName(b.basisKpi) })
          : tr("report.words.basis.deals", {
              quota: b.quota === null ? "—" : formatMoney(b.quota, locale, style),
            });
    words.push(
      tr("report.words.bonus", {
        plan: planName(b),
        curve: b.curve,
        points: points || "—",
        basis,
        gate: b.gate
          ? tr("report.words.gate", { kpi: b.gate.kpiName, min: formatPercent(b.gate.min) })
          : tr("report.words.noGate"),
        cap:
          b.cap === null
            ? tr("report.words.noCap")
            : tr("report.words.cap", { cap: formatMoney(b.cap, locale, style) }),
      }),
    );
  }
  const c = p.commission;
  if (c) {
    const tiers = (tableOf(c.tiers)?.points ?? [])
      .map((pt) =>
        tr("report.words.tier", {
          from: c.quota === null ? formatMoney(pt.point, locale, style) : formatPercent(pt.point),
          rate: formatPercent(pt.value, 2),
        }),
      )
      .join(tr("report.words.sep"));
    words.push(
      tr("report.words.commission", {
        plan: planName(c),
        method: tr(c.method === "retro" ? "report.words.method.retro" : "report.words.method.marginal"),
        tiers: tiers || "—",
        quota:
          c.quota === null
            ? tr("report.words.noQuota")
            : tr("report.words.quota", { quota: formatMoney(c.quota, locale, style) }),
        cap:
          c.cap === null
            ? tr("report.words.noCap")
            : tr("report.words.cap", { cap: formatMoney(c.cap, locale, style) }),
      }),
    );
  }
  return words;
}

// ---------------------------------------------------------------------------------------------------------------
// Report content: held and projected key figures, team comparison, performers, KPI trend, review dimensions and
// the ranked flag list. Each section is laid out by its own function from a start row, so sections can be added or
// moved without touching the others.

/** Top and bottom performers listed at most. */
export const PERFORMERS_SHOWN = 5;
/** Flags listed per severity; the rest are counted (2,000 people raise thousands of flags). */
export const FLAGS_SHOWN_PER_SEVERITY = 20;

/** Blocks laid out from a start row, and the rows they take (blank separator row included). */
interface Section {
  blocks: PlanBlock[];
  highlights: PlanHighlight[];
  rows: number;
}

/**
 * Key figures beside the first ones: held payouts always, projected bonus and commission mid-period (live sums of
 * the scorecard's projected columns).
 */
function keyFigureExtras(
  model: PeriodPicture,
  row: number,
  col: number,
  colRange: (c: ScoreColumn) => string,
  money: PlanFormat,
  tr: Translator,
): PlanBlock {
  const f = model.figures;
  const n = model.people.length;
  const header = [text(tr("report.kf.heldPayouts"))];
  const values = [text(tr("report.kf.heldValue", { count: f.heldPayouts }))];
  const formats: PlanFormat[] = ["general"];
  if (model.basis === "projected") {
    header.push(
      text(basisOnOwnLine(tr("report.kf.projectedBonus"))),
      text(basisOnOwnLine(tr("report.kf.projectedCommission"))),
    );
    values.push(
      n > 0 ? formula(`=SUM(${colRange("projectedBonus")})`, f.projectedBonus) : num(f.projectedBonus),
      n > 0
        ? formula(`=SUM(${colRange("projectedCommission")})`, f.projectedCommission)
        : num(f.projectedCommission),
    );
    formats.push(money, money);
  }
  return { row, col, header: true, style: "table", formats, cells: [header, values] };
}

/**
 * Team comparison beside the payout-by-team table (same rows): average score on the report's basis (AVERAGEIF over
 * the scorecard), goals met and held payouts.
 */
function teamComparisonBlock(
  model: PeriodPicture,
  row: number,
  col: number,
  colRange: (c: ScoreColumn) => string,
  safeTeam: (team: string) => boolean,
  tr: Translator,
): PlanBlock {
  const basisCol: ScoreColumn = model.basis === "projected" ? "projected" : "composite";
  const label = tr("report.col.averageScore");
  return {
    row,
    col,
    header: true,
    style: "table",
    formats: ["decimal", "percent", "integer"],
    cells: [
      [
        text(
          basisOnOwnLine(
            tr(model.basis === "projected" ? "report.basis.projected" : "report.basis.final", { label }),
          ),
        ),
        text(tr("report.col.goalsMetShare")),
        text(tr("report.col.held")),
      ],
      ...model.teams.map((x) => [
        x.averageScore !== null && safeTeam(x.team)
          ? formula(`=AVERAGEIF(${colRange("team")},${str(x.team)},${colRange(basisCol)})`, x.averageScore)
          : num(x.averageScore),
        num(x.attainment),
        num(x.held),
      ]),
    ],
  };
}

/** Performers, KPI trend and review dimensions, one after the other from `start`. */
function contentSections(model: PeriodPicture, start: number, locale: Locale): Section {
  const sections = [performersSection, trendSection, reviewDimensionsSection];
  const out: Section = { blocks: [], highlights: [], rows: 0 };
  for (const section of sections) {
    const s = section(model, start + out.rows, locale);
    out.blocks.push(...s.blocks);
    out.highlights.push(...s.highlights);
    out.rows += s.rows;
  }
  return out;
}

/**
 * How a list of the report names a person: by name, with the employee number (labelled) only when another person
 * of the team has the same name.
 */
function personNamer(model: PeriodPicture, locale: Locale): (p: { id: string; name: string }) => string {
  const shared = repeatedKeys(model.people, (p) => p.name.trim());
  return (p) =>
    p.name.trim() === ""
      ? p.id
      : shared.has(p.name.trim())
        ? t(locale, "report.person.sameName", { name: p.name, id: p.id })
        : p.name;
}

/** How many people each of the top and bottom lists shows: never the same person in both. */
export function performersShown(ranked: number): number {
  return Math.min(PERFORMERS_SHOWN, Math.ceil(ranked / 2));
}

function performersSection(model: PeriodPicture, start: number, locale: Locale): Section {
  const tr = translate(locale);
  const title = tr("report.section.performers", {
    basis: tr(`report.performers.basis.${model.basis}` as MessageKey),
  });
  const blocks: PlanBlock[] = [{ row: start, col: 0, style: "subtitle", cells: [[text(title)]] }];
  const ranked = model.ranking;
  const k = performersShown(ranked.length);
  if (k === 0) {
    blocks.push({
      row: start + 1,
      col: 0,
      style: "note",
      cells: [[text(tr("report.section.performersNone"))]],
    });
    return { blocks, highlights: [], rows: 3 };
  }
  const byId = new Map(model.people.map((p) => [p.id, p]));
  const who = personNamer(model, locale);
  const score = (p: PersonReport) => (model.basis === "projected" ? p.projectedComposite : p.composite);
  const bottomCount = Math.min(k, ranked.length - k);
  const cellsOf = (id: string | undefined, rank: number): PlanCell[] => {
    const p = id === undefined ? undefined : byId.get(id);
    if (!p) return [blank, blank, blank, blank];
    return [num(rank), text(who(p)), p.team === null ? blank : text(p.team), num(score(p))];
  };
  const rows = Array.from({ length: k }, (_, i) => [
    ...cellsOf(ranked[i], i + 1),
    ...(i < bottomCount ? cellsOf(ranked[ranked.length - 1 - i], ranked.length - i) : cellsOf(undefined, 0)),
  ]);
  const head = (side: "report.col.top" | "report.col.bottom") => [
    text(tr("report.col.rank")),
    text(tr(side)),
    text(tr("report.col.team")),
    text(tr("report.col.composite")),
  ];
  blocks.push({
    row: start + 1,
    col: 0,
    header: true,
    style: "table",
    formats: ["integer", "general", "general", "decimal", "integer", "general", "general", "decimal"],
    cells: [[...head("report.col.top"), ...head("report.col.bottom")], ...rows],
  });
  return { blocks, highlights: [], rows: k + 3 };
}

function trendSection(model: PeriodPicture, start: number, locale: Locale): Section {
  const tr = translate(locale);
  const period = model.period.text;
  const previous = model.previousPeriod;
  const blocks: PlanBlock[] = [
    { row: start, col: 0, style: "subtitle", cells: [[text(tr("report.section.trend", { previous }))]] },
  ];
  if (model.trend.length === 0) {
    blocks.push({ row: start + 1, col: 0, style: "note", cells: [[text(tr("report.section.trendNone"))]] });
    return { blocks, highlights: [], rows: 3 };
  }
  const label = tr("report.col.attainmentNow", { period });
  blocks.push({
    row: start + 1,
    col: 0,
    header: true,
    style: "table",
    formats: ["general", "integer", "percent", "integer", "percent", "percent"],
    cells: [
      [
        text(tr("report.col.kpi")),
        text(tr("report.col.goals")),
        text(basisOnOwnLine(model.basis === "projected" ? tr("report.basis.projected", { label }) : label)),
        text(tr("report.col.previousGoals", { previous })),
        text(tr("report.col.previousAttainment", { previous })),
        text(tr("report.col.change")),
      ],
      ...model.trend.map((k) => [
        text(k.kpiName),
        num(k.goals),
        num(k.attainment),
        num(k.previousGoals),
        num(k.previous),
        num(k.change),
      ]),
    ],
  });
  return { blocks, highlights: [], rows: model.trend.length + 3 };
}

function reviewDimensionsSection(model: PeriodPicture, start: number, locale: Locale): Section {
  const tr = translate(locale);
  const dims = REVIEW_DIMENSIONS.map((d) => {
    const spec = columnSpec("Reviews", d);
    return spec ? headerOf(spec, locale) : d;
  });
  const scope = model.scope ?? tr("report.scope.all");
  const blocks: PlanBlock[] = [
    { row: start, col: 0, style: "subtitle", cells: [[text(tr("report.section.reviewDimensions"))]] },
    {
      row: start + 1,
      col: 0,
      header: true,
      style: "table",
      formats: ["general", "integer", ...REVIEW_DIMENSIONS.map((): PlanFormat => "decimal")],
      cells: [
        [text(tr("report.col.team")), text(tr("report.col.reviewed")), ...dims.map(text)],
        ...model.reviewDimensions.map((r) => [
          text(r.team === null ? scope : r.team === "" ? tr("report.team.none") : r.team),
          num(r.reviewed),
          ...REVIEW_DIMENSIONS.map((d) => num(r.dimensions[d])),
        ]),
      ],
    },
  ];
  return { blocks, highlights: [], rows: model.reviewDimensions.length + 3 };
}

/**
 * Flags ranked for reading: severity, then money at stake (largest first), then the model's order. Flags without
 * money at stake come after those with.
 * @param flags - the model's flags.
 * @returns a new array.
 */
export function rankFlags(flags: readonly Flag[]): Flag[] {
  return flags
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity) ||
        (b.f.atStake ?? -1) - (a.f.atStake ?? -1) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}

const SEVERITIES: readonly Severity[] = ["high", "medium", "low"];

/**
 * The flags section: counts by severity, then the top flags of each severity by money at stake, with a line
 * counting those left out.
 */
function flagSection(
  model: PeriodPicture,
  start: number,
  scope: string,
  locale: Locale,
  money: PlanFormat,
): Section {
  const tr = translate(locale);
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, model.flags.filter((f) => f.severity === s).length]),
  ) as Record<Severity, number>;
  const blocks: PlanBlock[] = [
    { row: start, col: 0, style: "subtitle", cells: [[text(tr("report.section.flags"))]] },
  ];
  if (model.flags.length === 0) {
    blocks.push({ row: start + 1, col: 0, style: "note", cells: [[text(tr("report.section.noFlags"))]] });
    return { blocks, highlights: [], rows: 3 };
  }
  blocks.push({
    row: start + 1,
    col: 0,
    style: "note",
    cells: [[text(tr("report.section.flagCounts", counts))]],
  });
  const ranked = rankFlags(model.flags);
  const who = personNamer(model, locale);
  const rows: PlanCell[][] = [];
  for (const severity of SEVERITIES) {
    const all = ranked.filter((f) => f.severity === severity);
    for (const fl of all.slice(0, FLAGS_SHOWN_PER_SEVERITY)) {
      rows.push([
        text(tr(`report.severity.${fl.severity}` as MessageKey)),
        fl.person ? text(who(fl.person)) : text(scope),
        text(tr(`report.kind.${fl.kind}` as MessageKey)),
        text(flagText(fl, locale, money === "wan" ? "wan" : "yuan")),
        num(fl.atStake ?? null),
      ]);
    }
    if (all.length > FLAGS_SHOWN_PER_SEVERITY) {
      const label = tr(`report.severity.${severity}` as MessageKey);
      rows.push([
        text(label),
        blank,
        blank,
        text(tr("report.flags.more", { count: all.length - FLAGS_SHOWN_PER_SEVERITY, severity: label })),
        blank,
      ]);
    }
  }
  blocks.push({
    row: start + 2,
    col: 0,
    header: true,
    style: "table",
    formats: ["general", "general", "general", "general", money],
    cells: [
      [
        text(tr("report.col.severity")),
        text(tr("report.col.person")),
        text(tr("report.col.flag")),
        text(tr("report.col.reason")),
        text(tr("report.col.atStake")),
      ],
      ...rows,
    ],
  });
  const highlights: PlanHighlight[] = [
    {
      row: start + 3,
      col: 0,
      rows: rows.length,
      rules: [
        { equals: tr("report.severity.high"), tone: "bad" },
        { equals: tr("report.severity.medium"), tone: "warn" },
      ],
    },
  ];
  return { blocks, highlights, rows: rows.length + 4 };
}

// ---------------------------------------------------------------------------------------------------------------
// Statement content: to-date and projected figures, why a plan is missing, the deal lines under the commission,
// the payout status (a lock receipt, once recorded, belongs right after it) and the review dimensions.

/**
 * Score, bonus and commission side by side: earned to date and projected at the period end while the period runs,
 * the final figures once it is over. A held bonus reads "held" in both.
 */
function figuresStatement(
  p: PersonReport,
  model: PeriodPicture,
  locale: Locale,
  money: PlanFormat,
  put: Put,
): void {
  const tr = translate(locale);
  const mid = model.basis === "projected";
  const end = formatDate(model.period.end);
  // A held bonus reads "held" in both columns, on one line; the bonus's steps below say why in full.
  const bonusCell = (value: number | null | undefined) =>
    p.bonus?.held ? text(tr("report.held.short")) : num(value ?? null);
  const rows: { label: string; now: PlanCell; projected: PlanCell; format: PlanFormat }[] = [
    {
      label: tr("report.stmt.fig.score"),
      now: num(p.composite),
      projected: num(p.projectedComposite),
      format: "decimal",
    },
  ];
  if (p.bonus) {
    rows.push({
      label: tr("report.stmt.fig.bonus"),
      now: bonusCell(p.bonus.amount),
      projected: bonusCell(p.bonus.projected),
      format: money,
    });
  }
  if (p.commission) {
    rows.push({
      label: tr("report.stmt.fig.commission"),
      now: num(p.commission.amount),
      projected: num(p.commission.projected),
      format: money,
    });
  }
  put({ style: "subtitle", cells: [[text(tr("report.stmt.figures"))]] });
  put({
    header: true,
    style: "table",
    cells: [
      [
        text(tr("report.stmt.col.figure")),
        text(
          basisOnOwnLine(
            mid
              ? tr("report.stmt.col.toDate", { asOf: formatDate(model.asOf) })
              : tr("report.stmt.col.final", { end }),
          ),
        ),
        ...(mid ? [text(basisOnOwnLine(tr("report.stmt.col.projected", { end })))] : []),
      ],
    ],
  });
  for (const r of rows) {
    put({
      style: "table",
      formats: mid ? ["general", r.format, r.format] : ["general", r.format],
      cells: [[text(r.label), r.now, ...(mid ? [r.projected] : [])]],
    });
  }
}

/** A person with one kind of plan only: the other payout is 0 because there is no plan, said in words. */
function noPlanNotes(p: PersonReport, locale: Locale, put: Put): void {
  const tr = translate(locale);
  const reason = tr("report.zero.noPlan");
  if (!p.bonus) put({ style: "note", cells: [[text(tr("report.stmt.noBonusPlan", { reason }))]] });
  if (!p.commission) put({ style: "note", cells: [[text(tr("report.stmt.noCommissionPlan", { reason }))]] });
}

/**
 * The credited won deals under the commission, one line each — the deal by what was sold (its ID only when
 * nothing else names it or two lines read alike), the customer by name — with their total (the commission's basis).
 */
function dealLinesStatement(c: CommissionReport, locale: Locale, money: PlanFormat, put: Put): void {
  const tr = translate(locale);
  put({ style: "subtitle", cells: [[text(tr("report.stmt.deals"))]] });
  if (c.dealLines.length === 0) {
    put({ style: "note", cells: [[text(tr("report.stmt.deals.none"))]] });
    return;
  }
  // A deal reads by what was sold (its customer and date in their own columns); its ID only tells apart two lines
  // that would otherwise read the same.
  const dealKey = (d: CommissionReport["dealLines"][number]) =>
    `${d.product ?? ""}\u241f${d.customerName ?? d.customer ?? ""}\u241f${d.closeDate ?? ""}`;
  const alike = repeatedKeys(c.dealLines, dealKey);
  put({
    header: true,
    style: "table",
    formats: ["general", "general", "date", money, "percent", money],
    cells: [
      [
        text(tr("report.col.deal")),
        text(tr("report.col.customer")),
        text(tr("report.col.closeDate")),
        text(tr("report.col.dealAmount")),
        text(tr("report.col.share")),
        text(tr("report.col.creditedAmount")),
      ],
      ...c.dealLines.map((d) => [
        text(
          d.product === null
            ? d.deal
            : alike.has(dealKey(d))
              ? tr("report.stmt.deals.named", { product: d.product, id: d.deal })
              : d.product,
        ),
        d.customerName !== null ? text(d.customerName) : d.customer !== null ? text(d.customer) : blank,
        num(d.closeDate),
        num(d.amount),
        num(d.share),
        num(d.credited),
      ]),
      [text(tr("report.stmt.deals.total")), blank, blank, blank, blank, num(c.credited)],
    ],
  });
}

/**
 * Where the period's payouts stand in the Payouts table (draft, approved, locked). Each payout row is named by its
 * plan's name (the person is the statement's); by the plan's ID when Plans does not name it, by the payout's ID
 * when the row has no plan. The lock receipt, printed under the statement's heading, is the reference to quote.
 */
function payoutStatusStatement(p: PersonReport, locale: Locale, put: Put): void {
  const tr = translate(locale);
  const s = p.payoutStatus;
  const rows = s.rows
    .map((r) => {
      const plan = planName(r) || r.payoutId;
      const status = tr(`report.payoutStatus.${r.status ?? "draft"}` as MessageKey);
      return r.lockedOn === null
        ? tr("report.stmt.payoutRow", { plan, status })
        : tr("report.stmt.payoutRowOn", { plan, status, date: formatDate(r.lockedOn) });
    })
    .join(tr("report.words.sep"));
  put({
    style: "table",
    formats: ["general", "general", "general"],
    figures: STEP_FIGURES,
    cells: [
      [
        text(tr("report.stmt.payoutStatus")),
        text(tr(`report.payoutStatus.${s.status}` as MessageKey)),
        text(
          s.rows.length === 0
            ? tr("report.stmt.payoutStatusNone")
            : tr("report.stmt.payoutStatusHow", { rows }),
        ),
      ],
    ],
  });
}

/**
 * The six review dimensions of the person (means of the counted reviews), when reviewed; after them, when the
 * rating was moved in calibration, one column with the rating and its reason (Reviews CalibratedRating).
 */
function reviewStatement(p: PersonReport, locale: Locale, put: Put): void {
  if (p.review.count === 0) return;
  const tr = translate(locale);
  const header = (key: string) => {
    const spec = columnSpec("Reviews", key);
    return text(spec ? headerOf(spec, locale) : key);
  };
  const moved = p.review.calibration;
  put({ style: "subtitle", cells: [[text(tr("report.section.reviewDimensions"))]] });
  put({
    header: true,
    style: "table",
    formats: [...REVIEW_DIMENSIONS.map((): PlanFormat => "decimal"), ...(moved ? ["general" as const] : [])],
    cells: [
      [...REVIEW_DIMENSIONS.map(header), ...(moved ? [header("CalibratedRating")] : [])],
      [
        ...REVIEW_DIMENSIONS.map((d) => num(p.review.dimensions[d])),
        ...(moved ? [text(moved.reason === "" ? moved.rating : `${moved.rating} · ${moved.reason}`)] : []),
      ],
    ],
  });
}
