import { serialFromYMD } from "../../../src/core";
import { formatNumber } from "../../../src/format";
import { translator } from "../../../src/i18n";
import { makeId } from "../../../src/model";
import {
  approvalOf,
  auditLines,
  payoutNames,
  auditNote,
  chainProblemsText,
  changeText,
  curveNames,
  draftedOutcome,
  idsWithStatus,
  lockedOutcome,
  type PayoutCard,
  closePeriods,
  closeTeams,
  lastActor,
} from "../../../src/domain/close/closeView";
import { row } from "../../fixtures/rows";

const en = translator("en-US");
const zh = translator("zh-CN");

describe("Close period view", () => {
  it("offers the last ended quarter first, and every period with goals or payouts, latest first", () => {
    const tables = {
      Goals: [row("Goals", { Period: "2026-q3" }), row("Goals", { Period: "not a period" })],
      Payouts: [row("Payouts", { Period: "2025-Q4" })],
      Settings: [],
    };
    expect(closePeriods(tables, serialFromYMD(2026, 5, 15))).toEqual({
      periods: ["2026-Q3", "2026-Q1", "2025-Q4"],
      initial: "2026-Q1",
    });
  });

  it("lists distinct teams, sorted", () => {
    const managers = [
      row("Managers", { Team: "South" }),
      row("Managers", { Team: " North " }),
      row("Managers", {}),
    ];
    expect(closeTeams(managers, "en-US")).toEqual(["North", "South"]);
  });

  it.each([
    [
      { kind: "changed", table: "Deals", id: makeId("D1", "M1"), column: "Amount", from: 50000, to: 65000.5 },
      "Deals D1 · M1 · Amount: 50,000 → 65,000.5",
    ],
    [
      { kind: "changed", table: "Deals", id: makeId("D1", "M1"), column: "CloseDate", from: 46152, to: null },
      "Deals D1 · M1 · Close date: 2026-05-10 → (blank)",
    ],
    [
      { kind: "changed", table: "Goals", id: "G1", column: "Weight", from: 0.3, to: 0.25 },
      "Goals G1 · Weight: 30% → 25%",
    ],
    [
      { kind: "changed", table: "Payouts", id: "P1", column: "Status", from: "locked", to: "draft" },
      "Payouts P1 · Status: Locked → Draft",
    ],
    [
      { kind: "changed", table: "Deals", id: makeId("D1", "M1"), column: "Product", from: "won", to: "Loan" },
      "Deals D1 · M1 · Product: won → Loan",
    ],
    [{ kind: "added", table: "Deals", id: makeId("D9", "M1"), row: {} }, "Deals D9 · M1: row added"],
    [{ kind: "removed", table: "Goals", id: "G2", row: {} }, "Goals G2: row removed"],
  ] as const)("%j in words", (change, text) => {
    expect(changeText(change, en, "en-US")).toBe(text);
  });

  it("names tables and columns in Chinese for a Chinese pane", () => {
    const change = {
      kind: "changed",
      table: "Curves",
      id: makeId("COM", 1000000),
      column: "Value",
      from: 0.003,
      to: 0.005,
    } as const;
    expect(changeText(change, zh, "zh-CN")).toBe("曲线与阶梯 COM · 1000000 · 数值：0.3% → 0.5%");
  });

  it("names a curve's point by the plans using it: a commission's bound as money, other points and values as %", () => {
    const plans = [
      row("Plans", {
        PlanID: "COM",
        Name: "Corporate commission",
        Kind: "commission",
        Curve: "COM",
        Quota: null,
      }),
      row("Plans", { PlanID: "SME", Name: "SME commission", Kind: "commission", Curve: "SME", Quota: 5e6 }),
      row("Plans", { PlanID: "B1", Name: "RM bonus", Kind: "bonus", Curve: "BON" }),
      row("Plans", { PlanID: "B2", Name: "Branch bonus", Kind: "bonus", Curve: "BON" }),
    ];
    const names = curveNames(plans, (v) => `¥${formatNumber(v, 0)}`);
    const value = (curve: string, point: number) =>
      ({
        kind: "changed",
        table: "Curves",
        id: makeId(curve, point),
        column: "Value",
        from: 0.003,
        to: 0.005,
      }) as const;
    expect(changeText(value("COM", 1000000), en, "en-US", names)).toBe(
      "Curves Corporate commission · ¥1,000,000 · Value: 0.3% → 0.5%",
    );
    expect(changeText(value("SME", 0.8), en, "en-US", names)).toBe(
      "Curves SME commission · 80% · Value: 0.3% → 0.5%",
    );
    expect(changeText(value("BON", 1.2), zh, "zh-CN", names)).toBe(
      "曲线与阶梯 RM bonus, Branch bonus · 120% · 数值：0.3% → 0.5%",
    );
    // A KPI's scoring curve, in no plan, keeps its name; its points are attainments.
    expect(
      changeText(
        { kind: "removed", table: "Curves", id: makeId("KPI-REV", 0.6), row: {} },
        en,
        "en-US",
        names,
      ),
    ).toBe("Curves KPI-REV · 60%: row removed");
  });

  it("lists the period's audit lines, latest first, with who and why", () => {
    const chain = { Subject: null, Prev: null, Hash: null } as const;
    const audit = [
      { Date: 46150, Action: "lock", PayoutID: "P1", Period: "2026-Q1", By: "Lead", Reason: null, ...chain },
      { Date: 46151, Action: "lock", PayoutID: "P9", Period: "2025-Q4", By: null, Reason: null, ...chain },
      {
        Date: 46152,
        Action: "unlock",
        PayoutID: "P1",
        Period: "2026-Q1",
        By: null,
        Reason: "Typo",
        ...chain,
      },
    ] as const;
    expect(lastActor(audit)).toBe("Lead");
    expect(lastActor([])).toBe("");
    expect(auditLines(audit, "2026-Q1", en, "en-US")).toEqual([
      { key: "2", text: "2026-05-10 · Unlock · P1", by: null, reason: "Typo" },
      { key: "0", text: "2026-05-08 · Lock · P1", by: "Lead", reason: null },
    ]);
    // Named by person and plan, never by id, where the payout is known.
    const names = payoutNames({
      Payouts: [
        { PayoutID: "P1", ManagerID: "M1", PlanID: "COM-SME" },
        { PayoutID: "P2", ManagerID: "M9", PlanID: "X" },
      ],
      Managers: [{ ManagerID: "M1", Name: "Ada Lin" }],
      Plans: [{ PlanID: "COM-SME", Name: "SME commission" }],
    } as unknown as Parameters<typeof payoutNames>[0]);
    expect(names).toEqual(
      new Map([
        ["P1", "Ada Lin · SME commission"],
        ["P2", "M9 · X"],
      ]),
    );
    expect(auditLines(audit, "2026-Q1", en, "en-US", names).map((line) => line.text)).toEqual([
      "2026-05-10 · Unlock · Ada Lin · SME commission",
      "2026-05-08 · Lock · Ada Lin · SME commission",
    ]);
  });

  const card = (id: string, status: PayoutCard["status"], amount: number | null, adjustment: number | null) =>
    ({ id, status, amount, adjustment }) as PayoutCard;
  const cards = [card("A", "draft", 100, -10), card("B", "approved", 50, null), card("C", "draft", null, 5)];

  it("picks the ids Approve all and Lock all act on, and what approving will pay", () => {
    expect(idsWithStatus(cards, "draft")).toEqual(["A", "C"]);
    expect(idsWithStatus(cards, "approved")).toEqual(["B"]);
    expect(idsWithStatus(cards, "locked")).toEqual([]);
    expect(approvalOf(cards)).toEqual({ count: 2, amount: 95 });
    expect(approvalOf([])).toEqual({ count: 0, amount: 0 });
  });

  it("says who and why of an audit line, or nothing", () => {
    const line = { key: "0", text: "", by: "Lead", reason: "Typo" };
    expect(auditNote(line, en)).toBe("by Lead · Typo");
    expect(auditNote({ ...line, by: null }, en)).toBe("Typo");
    expect(auditNote({ ...line, reason: null }, en)).toBe("by Lead");
    expect(auditNote({ ...line, by: null, reason: null }, en)).toBeNull();
  });

  it("puts a draft's counts and the payouts not computed in words", () => {
    const result = {
      period: "2026-Q1",
      rows: [],
      added: 2,
      updated: 1,
      kept: 3,
      removed: 0,
      notComputed: [
        { managerId: "M1", name: "Ada", planId: "BON", reason: { key: "report.zero.gateNotMet" as const } },
      ],
    };
    const outcome = draftedOutcome(result as never, en, [{ PlanID: "BON", Name: "Team bonus" }]);
    expect(outcome.title).toBe("close.drafted.title");
    expect(outcome.text).toBe(en("close.drafted", { added: 2, updated: 1, kept: 3, removed: 0 }));
    // The plan by its name, not its id (BON).
    expect(outcome.list).toEqual([`Ada · Team bonus: ${en("report.zero.gateNotMet")}`]);
    expect(draftedOutcome(result as never, en).list).toEqual([`Ada · BON: ${en("report.zero.gateNotMet")}`]);
  });

  it("counts the payouts locked, with the period's receipt when there is one", () => {
    const sums = { A: "x", B: "y" };
    expect(lockedOutcome({ sums, receipts: { "2026-Q1": "R-1" } }, "2026-Q1", en).text).toBe(
      en("close.locked.receipt", { count: 2, period: "2026-Q1", receipt: "R-1" }),
    );
    expect(lockedOutcome({ sums, receipts: {} }, "2026-Q1", en).text).toBe(en("close.locked", { count: 2 }));
  });

  it("says what was done to each entry of a broken audit chain", () => {
    const chain = {
      state: "broken" as const,
      legacy: 0,
      chained: 3,
      problems: [
        { row: 2, kind: "edited" as const },
        { row: 3, kind: "link" as const },
        { row: 4, kind: "unchained" as const },
      ],
    };
    expect(chainProblemsText(chain, en)).toBe(
      [
        "Entry 2 was changed after it was written.",
        "An entry just before entry 3 was deleted, inserted or moved.",
        "Entry 4 was added by hand (it carries no hash).",
      ].join(" "),
    );
  });
});
