import { serialFromYMD } from "../../../src/core";
import { translator } from "../../../src/i18n";
import { makeId } from "../../../src/model";
import {
  auditLines,
  changeText,
  closePeriods,
  closeTeams,
  lastActor,
} from "../../../src/domain/close/closeView";
import { row } from "../../taskpane/render";

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
    expect(changeText(change, zh, "zh-CN")).toBe("曲线与阶梯 COM · 1000000 · 数值：0.003 → 0.005");
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
  });
});
