/**
 * The sample team: a seeded, deterministic generator of a realistic branch — account managers in teams of four,
 * a KPI library of bank and B2B metrics, goals for the previous and the current quarter, customers,
 * interactions, deals (one of them split between two managers), tasks (some overdue), reviews (self, manager and
 * peer; some draft, one missing), bonus and commission plans with their curves and tiers, a rating scale, empty
 * payouts, training, careers, meetings, pulse surveys and settings — in Chinese or English.
 *
 * The same options always give the same rows (no clock, no `Math.random`). `managers` scales the team for
 * benchmarks (2,000 people generate in about a second). Enum cells hold the words of product.md in both
 * languages; free text (names, notes, statuses of customers) is in the chosen language.
 */
import { formatMoney, isMoneyUnit } from "../format/format";
import type { Locale } from "../i18n/locale";
import { dateOfSerial, serialOf } from "./coerce";
import { EN, ZH, type SampleKpi, type SampleVocabulary } from "./sampleData";
import { DEFAULT_RATINGS, DEFAULT_SETTINGS, REVIEW_DIMENSIONS, settingRows } from "./settings";
import { DEFAULT_STAGE_MAP } from "./stageMap";
import type {
  ActualRow,
  CareerRow,
  CurveRow,
  CustomerRow,
  InteractionRow,
  KpiRow,
  ManagerRow,
  MeetingRow,
  PlanRow,
  RecognitionRow,
  ReviewRow,
  SurveyRow,
  TableKey,
  TableRows,
  TaskRow,
} from "./types";

/** Rows for every table (Payouts empty: payouts are computed, not invented). */
export type SampleRows = { [K in TableKey]: TableRows[K][] };

/** Options of `generateSample`. */
export interface SampleOptions {
  /** Language of names and text. */
  locale: Locale;
  /** Seed of the pseudo-random generator (default 1). */
  seed?: number;
  /** Number of account managers (default 12: three teams of four). */
  managers?: number;
  /** "Today" for the sample, as an Excel serial (default 2026-05-15): the current quarter is the one holding it. */
  asOf?: number;
}

/** The default "today" of the sample: mid-Q2 2026, so Q1 is closed and Q2 is in progress. */
export const SAMPLE_AS_OF = serialOf(2026, 5, 15);

/** Team size of the sample (three teams of four at the default size). */
export const SAMPLE_TEAM_SIZE = 4;

/** Mulberry32: a small, fast, seeded generator; good enough for sample data, and identical on every engine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Quarter {
  text: string;
  start: number;
  end: number;
}

function quarterOf(serial: number): Quarter {
  const d = dateOfSerial(serial);
  const y = d.getUTCFullYear();
  const q = Math.floor(d.getUTCMonth() / 3) + 1;
  return quarter(y, q);
}

function quarter(y: number, q: number): Quarter {
  if (q < 1) return quarter(y - 1, q + 4);
  const start = serialOf(y, q * 3 - 2, 1);
  const end = serialOf(y, q * 3 + 1, 1) - 1;
  return { text: `${y}-Q${q}`, start, end };
}

function monthText(serial: number): string {
  const d = dateOfSerial(serial);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

function isWeekend(serial: number): boolean {
  // Serial 1 is a Sunday in Excel's calendar (and every serial after 1900-03-01 agrees with the real one).
  const day = (((serial - 1) % 7) + 7) % 7;
  return day === 0 || day === 6;
}

/** Moves a weekend date to the Monday after. */
function workday(serial: number): number {
  let s = Math.floor(serial);
  while (isWeekend(s)) s += 1;
  return s;
}

const round = (x: number, step: number) => Math.round(x / step) * step;
// Decimal noise from float steps (0.1 + 0.2) would show as 0.30000000000000004 in a cell.
const tidy = (x: number) => Number(x.toPrecision(12));

/** How each team's goals are weighted (weights add to 1 exactly in binary: multiples of 1/20 summed in order). */
const TEAM_GOALS: readonly (readonly [SampleKpi, number])[][] = [
  [
    ["REVENUE", 0.3],
    ["LOANS", 0.2],
    ["NEW_CUSTOMERS", 0.15],
    ["WIN_RATE", 0.15],
    ["VISITS", 0.1],
    ["COMPLAINT_RATE", 0.1],
  ],
  [
    ["WEALTH_SALES", 0.3],
    ["NEW_DEPOSITS", 0.25],
    ["NEW_CUSTOMERS", 0.15],
    ["VISITS", 0.1],
    ["SATISFACTION", 0.1],
    ["CHURN", 0.1],
  ],
  [
    ["REVENUE", 0.25],
    ["LOANS", 0.25],
    ["DEALS_WON", 0.15],
    ["NEW_CUSTOMERS", 0.15],
    ["VISITS", 0.1],
    ["COMPLAINT_RATE", 0.1],
  ],
];

/** Quarterly target of each KPI for a person at level 0, and how much it grows per level. */
const BASE_TARGETS: Record<SampleKpi, { base: number; perLevel: number; step: number }> = {
  NEW_DEPOSITS: { base: 6_000_000, perLevel: 2_000_000, step: 100_000 },
  LOANS: { base: 4_000_000, perLevel: 1_500_000, step: 100_000 },
  WEALTH_SALES: { base: 1_500_000, perLevel: 500_000, step: 50_000 },
  REVENUE: { base: 1_800_000, perLevel: 600_000, step: 50_000 },
  DEALS_WON: { base: 6, perLevel: 2, step: 1 },
  WIN_RATE: { base: 0.35, perLevel: 0, step: 0.01 },
  NEW_CUSTOMERS: { base: 6, perLevel: 2, step: 1 },
  VISITS: { base: 24, perLevel: 3, step: 1 },
  SATISFACTION: { base: 4.5, perLevel: 0, step: 0.1 },
  COMPLAINT_RATE: { base: 0.02, perLevel: 0, step: 0.001 },
  CHURN: { base: 0.05, perLevel: 0, step: 0.005 },
};

const KPI_DEFS: readonly Omit<KpiRow, "Name" | "Unit">[] = [
  kpi("NEW_DEPOSITS", "higher", "manual", "ratio", { Threshold: 0.6, Cap: 1.2 }),
  kpi("LOANS", "higher", "manual", "ratio", { Threshold: 0.5, Cap: 1.5 }),
  kpi("WEALTH_SALES", "higher", "manual", "ratio", { Threshold: 0.6, Cap: 1.3 }),
  kpi("REVENUE", "higher", "deals.amount", "curve", { Curve: "KPI-REVENUE" }),
  kpi("DEALS_WON", "higher", "deals.count", "ratio", { Cap: 1.2 }),
  kpi("WIN_RATE", "higher", "deals.winrate", "ratio", { Cap: 1.2 }),
  kpi("NEW_CUSTOMERS", "higher", "customers.new", "step", { Step: 1, PointsAbove: 5, PointsBelow: 10 }),
  kpi("VISITS", "higher", "interactions.visits", "ratio", { Cap: 1 }),
  kpi("SATISFACTION", "higher", "manual", "band", { Band: 0.5 }),
  kpi("COMPLAINT_RATE", "lower", "manual", "band", { Band: 0.01 }),
  kpi("CHURN", "lower", "manual", "ratio", { Cap: 1.2 }),
];

function kpi(
  code: SampleKpi,
  Direction: KpiRow["Direction"],
  Source: KpiRow["Source"],
  Scoring: KpiRow["Scoring"],
  extra: Partial<KpiRow>,
): Omit<KpiRow, "Name" | "Unit"> {
  return {
    KPI: code,
    Direction,
    Source,
    Scoring,
    Threshold: null,
    Cap: null,
    Curve: null,
    Step: null,
    PointsAbove: null,
    PointsBelow: null,
    Band: null,
    ...extra,
  };
}

const CURVES: readonly CurveRow[] = [
  // Bonus payout curve: nothing below 80% attainment, 50% of target bonus at 80%, 100% at target, 150% at 120%.
  ...points("BON-CURVE", [
    [0.8, 0.5],
    [1, 1],
    [1.2, 1.5],
  ]),
  // Scoring curve of revenue: attainment → share of the full score.
  ...points("KPI-REVENUE", [
    [0.6, 0.4],
    [0.8, 0.7],
    [1, 1],
    [1.2, 1.2],
  ]),
  // Corporate commission tiers on credited won amount (CNY): marginal.
  ...points("COM-CORP", [
    [0, 0.002],
    [1_000_000, 0.003],
    [3_000_000, 0.004],
  ]),
  // SME commission tiers as fractions of quota: retroactive.
  ...points("COM-SME", [
    [0, 0.002],
    [0.8, 0.003],
    [1, 0.004],
    [1.2, 0.005],
  ]),
];

function points(curve: string, pairs: readonly (readonly [number, number])[]): CurveRow[] {
  return pairs.map(([Point, Value]) => ({ Curve: curve, Point, Value }));
}

interface Person {
  row: ManagerRow;
  team: number;
  level: number;
  /** Performance in the previous and the current quarter (1 = on target). */
  perfPrev: number;
  perfCur: number;
  customers: CustomerRow[];
  keyCustomer: CustomerRow;
}

/**
 * Generates the sample team.
 * @param options - language, seed, size and "today".
 * @returns rows for every table; the same options always give the same rows.
 * @example generateSample({ locale: "zh-CN" }).Managers[0].Name // a Chinese name such as "王磊"
 */
export function generateSample(options: SampleOptions): SampleRows {
  const v: SampleVocabulary = options.locale === "zh-CN" ? ZH : EN;
  const random = rng(options.seed ?? 1);
  const count = Math.max(1, Math.floor(options.managers ?? 12));
  const asOf = Math.floor(options.asOf ?? SAMPLE_AS_OF);
  const cur = quarterOf(asOf);
  const prev = quarterOf(cur.start - 1);
  const elapsed = (asOf - cur.start + 1) / (cur.end - cur.start + 1);
  const year = dateOfSerial(asOf).getUTCFullYear();
  const numberFormat = new Intl.NumberFormat(options.locale);

  const between = (a: number, b: number) => a + (b - a) * random();
  const int = (a: number, b: number) => Math.floor(between(a, b + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const chance = (p: number) => random() < p;
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const idWidth = Math.max(3, String(count).length);
  const teamCount = Math.ceil(count / SAMPLE_TEAM_SIZE);
  const teamName = (t: number) =>
    teamCount <= v.teams.length
      ? v.teams[t].name
      : `${v.teams[t % v.teams.length].name} ${Math.floor(t / 3) + 1}`;
  const teamLead = (t: number) =>
    t < v.teams.length ? v.teams[t].lead : v.fullName(pick(v.givenNames), pick(v.surnames));

  let customerSeq = 0;
  let dealSeq = 0;
  let interactionSeq = 0;
  let taskSeq = 0;
  let goalSeq = 0;
  let reviewSeq = 0;
  const rows: SampleRows = {
    Managers: [],
    KPIs: [],
    Goals: [],
    Actuals: [],
    Tasks: [],
    Customers: [],
    Interactions: [],
    Deals: [],
    Reviews: [],
    Plans: [],
    Curves: [...CURVES],
    Ratings: DEFAULT_RATINGS.map((r) => ({ ...r })),
    Payouts: [],
    Recognition: [],
    Training: [],
    Careers: [],
    Meetings: [],
    Surveys: [],
    Settings: settingRows({ ...DEFAULT_SETTINGS, language: options.locale }),
    PayoutLocks: [],
    Audit: [],
    StageMap: DEFAULT_STAGE_MAP.map((r) => ({ ...r })),
  };

  rows.KPIs = KPI_DEFS.map((def) => ({
    ...def,
    Name: v.kpis[def.KPI as SampleKpi].name,
    Unit: v.kpis[def.KPI as SampleKpi].unit,
  }));
  const planFrom = serialOf(year, 1, 1);
  const planTo = serialOf(year, 12, 31);
  const plan = (p: Omit<PlanRow, "From" | "To">): PlanRow => ({ ...p, From: planFrom, To: planTo });
  rows.Plans = [
    plan({
      PlanID: "BON-RM",
      Name: v.plans.bonus,
      Kind: "bonus",
      Basis: "score",
      BasisKPI: null,
      Method: null,
      Curve: "BON-CURVE",
      Quota: null,
      GateKPI: "COMPLAINT_RATE",
      GateMin: 0.5,
      Cap: 150_000,
    }),
    plan({
      PlanID: "COM-CORP",
      Name: v.plans.commissionCorporate,
      Kind: "commission",
      Basis: "deals",
      BasisKPI: "REVENUE",
      Method: "marginal",
      Curve: "COM-CORP",
      Quota: null,
      GateKPI: null,
      GateMin: null,
      Cap: 60_000,
    }),
    plan({
      PlanID: "COM-SME",
      Name: v.plans.commissionSme,
      Kind: "commission",
      Basis: "deals",
      BasisKPI: "REVENUE",
      Method: "retro",
      Curve: "COM-SME",
      Quota: 2_500_000,
      GateKPI: null,
      GateMin: null,
      Cap: null,
    }),
  ];

  // People. Names are unique while the vocabulary allows (900 combinations), like a real branch roster.
  const usedNames = new Set<string>();
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const team = Math.floor(i / SAMPLE_TEAM_SIZE);
    let name = v.fullName(pick(v.givenNames), pick(v.surnames));
    for (let tries = 0; usedNames.has(name) && tries < 20; tries++) {
      name = v.fullName(pick(v.givenNames), pick(v.surnames));
    }
    usedNames.add(name);
    const level = i % SAMPLE_TEAM_SIZE === 0 ? 3 : int(0, 2);
    const id = `M${pad(i + 1, idWidth)}`;
    // One new hire per team of the default sample (the last member of the last team) shows proration.
    const newHire = i === count - 1;
    const hire = newHire
      ? workday(serialOf(year, 2, 16))
      : workday(serialOf(year - int(1, 10), int(1, 12), int(1, 28)));
    let perfPrev = between(0.78, 1.22);
    let perfCur = perfPrev * between(0.9, 1.1);
    if (i % 12 === 2) [perfPrev, perfCur] = [0.68, 0.62]; // the one who struggles: goals off track, overdue tasks
    if (i % 12 === 5) [perfPrev, perfCur] = [1.28, 1.3]; // the star
    if (i % 12 === 9) [perfPrev, perfCur] = [1.1, 0.8]; // a drop of more than ten points
    const teamIndex = team % 3;
    const row: ManagerRow = {
      ManagerID: id,
      Name: name,
      Team: teamName(team),
      Branch: teamCount <= v.teams.length ? v.branch : `${v.branch} ${Math.floor(team / 3) + 1}`,
      Level: v.levels[level],
      Supervisor: teamLead(team),
      Email: `${id.toLowerCase()}@${v.emailDomain}`,
      HireDate: hire,
      LeaveDate: null,
      Plan: teamIndex === 0 ? "BON-RM, COM-CORP" : teamIndex === 2 ? "BON-RM, COM-SME" : "BON-RM",
      TargetBonus: 30_000 + level * 15_000,
      Status: v.status.active,
    };
    rows.Managers.push(row);
    people.push({
      row,
      team,
      level,
      perfPrev,
      perfCur,
      customers: [],
      keyCustomer: undefined as unknown as CustomerRow,
    });
  }

  for (const person of people) {
    const { row: m, team, level } = person;
    const teamIndex = team % 3;
    const segment =
      teamIndex === 0 ? v.segments.corporate : teamIndex === 1 ? v.segments.retail : v.segments.sme;
    const products =
      teamIndex === 0 ? v.products.corporate : teamIndex === 1 ? v.products.retail : v.products.sme;
    const targetOf = (code: SampleKpi) => {
      const t = BASE_TARGETS[code];
      return tidy(round(t.base + t.perLevel * level, t.step));
    };
    const hired = m.HireDate as number;

    // Customers: an existing book, then new customers won in each quarter (the customers.new actual).
    const newCustomer = (since: number, key: boolean): CustomerRow => {
      customerSeq += 1;
      const industry = pick(v.industries);
      const retail = teamIndex === 1 && !key;
      const c: CustomerRow = {
        CustomerID: `C${pad(customerSeq, 5)}`,
        Name: retail
          ? v.fullName(pick(v.givenNames), pick(v.surnames))
          : v.companySuffix(pick(v.companyPrefixes), industry),
        ManagerID: m.ManagerID,
        Segment: key ? v.segments.key : segment,
        Industry: retail ? null : industry,
        Since: since,
        Status: since > asOf - 30 ? v.status.prospect : chance(0.08) ? v.status.dormant : v.status.active,
      };
      person.customers.push(c);
      rows.Customers.push(c);
      return c;
    };
    const book = int(6, 9);
    for (let k = 0; k < book; k++) newCustomer(workday(Math.max(hired, prev.start - int(60, 2500))), k < 2);
    person.keyCustomer = person.customers[1];
    for (const [q, perf, share] of [
      [prev, person.perfPrev, 1],
      [cur, person.perfCur, elapsed],
    ] as const) {
      const wins = Math.round(targetOf("NEW_CUSTOMERS") * perf * share * between(0.9, 1.1));
      const last = Math.min(q.end, asOf);
      for (let k = 0; k < wins; k++)
        newCustomer(workday(Math.min(last, Math.max(hired, int(q.start, last)))), false);
    }
    const contactable = person.customers.filter((c) => (c.Since as number) <= asOf);

    // Goals for both quarters, weights adding to 1, and actuals for the KPIs entered by hand.
    const plan = TEAM_GOALS[teamIndex];
    for (const [q, perf, share] of [
      [prev, person.perfPrev, 1],
      [cur, person.perfCur, elapsed],
    ] as const) {
      for (const [code, weight] of plan) {
        goalSeq += 1;
        const target = targetOf(code);
        const def = KPI_DEFS.find((d) => d.KPI === code) as KpiRow;
        rows.Goals.push({
          GoalID: `G${pad(goalSeq, 6)}`,
          ManagerID: m.ManagerID,
          Period: q.text,
          KPI: code,
          Description: v.goalText(
            v.kpis[code].name,
            v.kpis[code].unit === "%"
              ? `${tidy(target * 100)}%`
              : isMoneyUnit(v.kpis[code].unit)
                ? // Money as the pane and the report write it: 360万 in Chinese, 3,600,000 in English.
                  formatMoney(target, options.locale)
                : numberFormat.format(target),
          ),
          Target: target,
          Weight: weight,
          Due: q.end,
          Status: q === prev ? "done" : "active",
          ParentGoal: null,
          SetBy: m.Supervisor,
          Note: null,
        });
        if (def.Source !== "manual") continue;
        const rate = code === "SATISFACTION" || code === "COMPLAINT_RATE" || code === "CHURN";
        let value: number;
        if (code === "SATISFACTION")
          value = Math.min(5, round(target * (0.88 + 0.1 * perf) * between(0.98, 1.02), 0.1));
        else if (rate) value = round((target / perf) * between(0.9, 1.1), BASE_TARGETS[code].step);
        else value = round(target * perf * share * between(0.92, 1.08), 10_000);
        const actual: ActualRow = {
          ManagerID: m.ManagerID,
          Period: q.text,
          KPI: code,
          Value: tidy(value),
          AsOf: q === prev ? prev.end : asOf,
          Source: null,
          Note: null,
        };
        rows.Actuals.push(actual);
      }
    }

    // Deals: won deals add up to the revenue target × performance; losses follow the win rate; open deals lie ahead.
    for (const [q, perf, share] of [
      [prev, person.perfPrev, 1],
      [cur, person.perfCur, elapsed],
    ] as const) {
      const revenue = targetOf(teamIndex === 1 ? "WEALTH_SALES" : "REVENUE") * perf * share;
      const wins = Math.max(1, Math.round(targetOf("DEALS_WON") * perf * share));
      const last = Math.min(q.end, asOf);
      const winRate = Math.min(0.75, 0.45 * perf);
      const losses = Math.round((wins * (1 - winRate)) / winRate);
      for (let k = 0; k < wins + losses; k++) {
        dealSeq += 1;
        const won = k < wins;
        const amount = won
          ? round((revenue / wins) * between(0.6, 1.4), 1000)
          : round(between(0.5, 1.5) * (revenue / wins), 1000);
        rows.Deals.push({
          DealID: `D${pad(dealSeq, 6)}`,
          CustomerID: pick(contactable).CustomerID,
          ManagerID: m.ManagerID,
          Product: pick(products),
          Amount: Math.max(1000, amount),
          Stage: won ? "won" : "lost",
          CloseDate: workday(Math.min(last, Math.max(hired, int(q.start, last)))),
          Credit: 1,
        });
      }
    }
    for (const stage of ["lead", "qualified", "proposal"] as const) {
      dealSeq += 1;
      rows.Deals.push({
        DealID: `D${pad(dealSeq, 6)}`,
        CustomerID: pick(contactable).CustomerID,
        ManagerID: m.ManagerID,
        Product: pick(products),
        Amount: round(between(100_000, 900_000), 1000),
        Stage: stage,
        CloseDate: workday(asOf + int(10, 75)),
        Credit: 1,
      });
    }

    // Interactions: visits at the pace of the visits goal, plus calls, meetings, e-mails and messages. One key
    // customer of every third person gets no contact in the last 45 days (the neglect flag has something to find).
    const neglected = Number(m.ManagerID.slice(1)) % 3 === 0 ? person.keyCustomer : null;
    for (const [q, perf, share] of [
      [prev, person.perfPrev, 1],
      [cur, person.perfCur, elapsed],
    ] as const) {
      const visits = Math.round(targetOf("VISITS") * Math.min(perf, 1.15) * share);
      const total = Math.round(visits * 1.8);
      const last = Math.min(q.end, asOf);
      for (let k = 0; k < total; k++) {
        interactionSeq += 1;
        const date = Math.min(last, workday(Math.max(hired, int(q.start, last))));
        let customer = pick(contactable);
        if (neglected && customer === neglected && date > asOf - 45) customer = contactable[0];
        const type: InteractionRow["Type"] =
          k < visits ? "visit" : pick(["call", "call", "call", "meeting", "email", "message"] as const);
        const follow = chance(0.5);
        rows.Interactions.push({
          InteractionID: `I${pad(interactionSeq, 7)}`,
          CustomerID: customer.CustomerID,
          ManagerID: m.ManagerID,
          Date: date,
          Type: type,
          Outcome: pick(v.outcomes),
          Note: chance(0.6) ? pick(v.notes) : null,
          NextStep: follow ? pick(v.nextSteps) : null,
          NextDate: follow ? workday(date + int(3, 21)) : null,
        });
      }
    }

    // Tasks: a monthly target per month, weekly plans for the last four weeks and next two, daily tasks around today.
    const addTask = (horizon: TaskRow["Horizon"], title: string, due: number, customer: string | null) => {
      taskSeq += 1;
      const past = due < asOf;
      const struggling = person.perfCur < 0.7;
      const done = past ? chance(struggling ? 0.5 : 0.85) : chance(0.15);
      const status: TaskRow["Status"] = done ? "done" : past || chance(0.4) ? "doing" : "todo";
      rows.Tasks.push({
        TaskID: `T${pad(taskSeq, 6)}`,
        ManagerID: m.ManagerID,
        Horizon: horizon,
        Title: title,
        Customer: customer,
        Due: due,
        Status: status === "doing" && past && chance(0.5) ? "todo" : status,
        DoneOn: done ? Math.min(asOf, due - int(0, 2)) : null,
        Priority: pick(["high", "normal", "normal", "low"] as const),
        GoalID: null,
      });
    };
    for (let month = 0; month < 3; month++) {
      const end =
        serialOf(
          dateOfSerial(cur.start).getUTCFullYear(),
          dateOfSerial(cur.start).getUTCMonth() + 2 + month,
          1,
        ) - 1;
      addTask("month", pick(v.tasks.month), end, null);
    }
    for (let week = -4; week <= 2; week++)
      addTask("week", pick(v.tasks.week), workday(asOf + week * 7), null);
    for (let day = -8; day <= 5; day += int(1, 3)) {
      const customer = pick(contactable);
      addTask(
        "day",
        pick(v.tasks.day).replace("{customer}", customer.Name),
        workday(asOf + day),
        customer.CustomerID,
      );
    }

    // Training over the last half year.
    const courses = int(2, 4);
    for (let k = 0; k < courses; k++) {
      const course = v.courses[(Number(m.ManagerID.slice(1)) + k) % v.courses.length];
      rows.Training.push({
        ManagerID: m.ManagerID,
        Course: course.course,
        Topic: course.topic,
        Date: workday(Math.max(hired, asOf - int(5, 180))),
        Hours: pick([2, 4, 6, 8, 12, 16]),
        Score: chance(0.8) ? int(65, 100) : null,
        Certificate: course.certificate && chance(0.6) ? course.certificate : null,
      });
    }

    // Career plan.
    const potential = Math.max(1, Math.min(5, Math.round(person.perfPrev * 3 + between(-1, 1))));
    const readiness: CareerRow["Readiness"] =
      person.perfPrev > 1.15 ? "now" : person.perfPrev > 0.95 ? "1y" : "2y";
    rows.Careers.push({
      ManagerID: m.ManagerID,
      CurrentLevel: m.Level,
      NextLevel: v.levels[Math.min(level + 1, v.levels.length - 1)],
      Readiness: readiness,
      Potential: potential,
      Mentor: m.Supervisor,
      Plan: pick(v.careerPlans),
      TargetDate: asOf + (readiness === "now" ? 90 : readiness === "1y" ? 365 : 730),
    });
  }

  // A split deal: the first two members of the first team share one won deal 60/40 (same DealID on two rows;
  // Amount is the whole deal on each row, Credit the manager's share).
  if (people.length >= 2) {
    const [a, b] = people;
    dealSeq += 1;
    const split = {
      DealID: `D${pad(dealSeq, 6)}`,
      CustomerID: a.keyCustomer.CustomerID,
      Product: v.products.corporate[1],
      Amount: 1_200_000,
      Stage: "won" as const,
      CloseDate: workday(cur.start + 20),
    };
    rows.Deals.push(
      { ...split, ManagerID: a.row.ManagerID, Credit: 0.6 },
      { ...split, ManagerID: b.row.ManagerID, Credit: 0.4 },
    );
  }

  // Reviews: the previous quarter by self, manager and a peer; last month by the manager (some draft, one missing).
  const lastMonth = monthText(asOf - dateOfSerial(asOf).getUTCDate());
  const dims = (perf: number, bias: number) =>
    Object.fromEntries(
      REVIEW_DIMENSIONS.map((d) => [
        d,
        Math.max(1, Math.min(5, Math.round(2.2 + perf * 1.8 + bias + between(-0.7, 0.7)))),
      ]),
    ) as Record<(typeof REVIEW_DIMENSIONS)[number], number>;
  const overall = (d: Record<(typeof REVIEW_DIMENSIONS)[number], number>) =>
    tidy(
      round(
        REVIEW_DIMENSIONS.reduce((s, k) => s + d[k] * DEFAULT_SETTINGS.reviewWeights[k], 0),
        0.01,
      ),
    );
  const review = (
    person: Person,
    period: string,
    cycle: ReviewRow["Cycle"],
    role: ReviewRow["Role"],
    reviewer: string,
    status: ReviewRow["Status"],
    date: number,
    bias: number,
  ) => {
    reviewSeq += 1;
    const d = dims(cycle === "quarter" ? person.perfPrev : person.perfCur, bias);
    const draft = status === "draft";
    rows.Reviews.push({
      ReviewID: `R${pad(reviewSeq, 6)}`,
      ManagerID: person.row.ManagerID,
      Period: period,
      Cycle: cycle,
      Reviewer: reviewer,
      Role: role,
      ...d,
      Overall: overall(d),
      Strengths: pick(v.strengths),
      Improvements: draft ? null : pick(v.improvements),
      Actions: draft ? null : pick(v.actions),
      Status: status,
      Date: date,
    });
  };
  const teams: Person[][] = Array.from({ length: teamCount }, () => []);
  for (const person of people) teams[person.team].push(person);
  people.forEach((person, i) => {
    const teammates = teams[person.team].filter((p) => p !== person);
    const reviewDate = workday(prev.end + 10);
    if ((person.row.HireDate as number) <= prev.end) {
      review(person, prev.text, "quarter", "self", person.row.Name, "submitted", reviewDate, 0.3);
      review(
        person,
        prev.text,
        "quarter",
        "manager",
        person.row.Supervisor as string,
        "acknowledged",
        reviewDate,
        0,
      );
      if (teammates.length > 0) {
        review(
          person,
          prev.text,
          "quarter",
          "peer",
          teammates[i % teammates.length].row.Name,
          "submitted",
          reviewDate,
          0.1,
        );
      }
    }
    if (i % 12 !== 7) {
      const status = i % 4 === 3 ? "draft" : "submitted";
      review(
        person,
        lastMonth,
        "month",
        "manager",
        person.row.Supervisor as string,
        status,
        workday(asOf - int(3, 10)),
        0,
      );
    }
  });

  // Recognition: last quarter's best of each team (at the default size; one per team at scale too).
  for (let t = 0; t < teamCount; t++) {
    const members = teams[t];
    if (members.length === 0) continue;
    const best = members.reduce((a, b) => (b.perfPrev > a.perfPrev ? b : a));
    const award = (kind: keyof SampleVocabulary["awards"], who: Person, date: number): RecognitionRow => ({
      Date: date,
      ManagerID: who.row.ManagerID,
      Award: v.awards[kind],
      Reason: v.awardReasons[kind],
      By: v.branchHead,
    });
    rows.Recognition.push(award("top", best, workday(prev.end + 12)));
    if (t === 0 && members.length > 1)
      rows.Recognition.push(award("teamwork", members[1], workday(cur.start + 30)));
    if (t === 1)
      rows.Recognition.push(award("customer", members[members.length - 1], workday(cur.start + 25)));
  }

  // Meetings: a weekly team meeting for the last eight weeks; a monthly one-on-one per person for three months.
  for (let t = 0; t < teamCount; t++) {
    const lead = teams[t][0]?.row.Supervisor ?? teamLead(t);
    for (let week = 8; week >= 1; week--) {
      const date = workday(asOf - week * 7);
      rows.Meetings.push({
        Date: date,
        Kind: "team",
        ManagerID: null,
        Topic: `${pick(v.teamTopics)} · ${teamName(t)}`,
        Notes: pick(v.meetingNotes),
        Actions: pick(v.meetingActions),
        Owner: lead,
        Due: workday(date + 7),
      });
    }
  }
  const oneOnOnes = new Set<string>();
  for (const person of people) {
    for (let month = 3; month >= 1; month--) {
      const date = workday(Math.max(person.row.HireDate as number, asOf - month * 30 + int(-3, 3)));
      const meeting: MeetingRow = {
        Date: date,
        Kind: "one-on-one",
        ManagerID: person.row.ManagerID,
        Topic: pick(v.oneOnOneTopics),
        Notes: pick(v.meetingNotes),
        Actions: pick(v.actions),
        Owner: person.row.Name,
        Due: workday(date + int(14, 45)),
      };
      const key = `${meeting.ManagerID}@${date}`;
      if (!oneOnOnes.has(key)) rows.Meetings.push(meeting);
      oneOnOnes.add(key);
    }
  }

  // Pulse surveys: monthly, per team, every answer anonymous (no name, no id). The last team's latest round has
  // only two answers, below the anonymity threshold of three, so the report has a hidden result to show.
  const months: number[] = [];
  for (let s = prev.start; s <= asOf;) {
    const d = dateOfSerial(s);
    const surveyDay = Math.min(asOf, workday(serialOf(d.getUTCFullYear(), d.getUTCMonth() + 1, 25)));
    if (surveyDay >= s) months.push(surveyDay);
    s = serialOf(d.getUTCFullYear(), d.getUTCMonth() + 2, 1);
  }
  for (let t = 0; t < teamCount; t++) {
    const size = teams[t].length;
    const mood = between(-0.6, 0.6);
    months.forEach((date, mi) => {
      const latest = mi === months.length - 1;
      const answers =
        latest && t === teamCount - 1 && teamCount > 1 ? 2 : Math.max(1, size - (chance(0.3) ? 1 : 0));
      for (let r = 0; r < answers; r++) {
        const survey = (kind: SurveyRow["Kind"], score: number): SurveyRow => ({
          Date: date,
          Kind: kind,
          Team: teamName(t),
          Question: v.questions[kind],
          Score: score,
          Comment: kind === "enps" && chance(0.3) ? pick(v.comments) || null : null,
        });
        rows.Surveys.push(
          survey("enps", Math.max(0, Math.min(10, Math.round(7.5 + mood * 2 + between(-2.5, 2.5))))),
          survey("satisfaction", Math.max(1, Math.min(5, Math.round(3.8 + mood + between(-1, 1))))),
          survey("wellbeing", Math.max(1, Math.min(5, Math.round(3.5 + mood + between(-1.2, 1))))),
        );
      }
    });
  }

  return rows;
}
