/** Recognition: the awards list of a period and team, and the quick "Add award" form's checks. */
import { parsePeriod, serialFromYMD } from "../../../src/core";
import { makeId } from "../../../src/model";
import { ALL_TEAMS } from "../../../src/domain/teams";
import { awardsOf, checkAward, emptyAward } from "../../../src/domain/incentives/recognition";
import { SEED, TODAY, row } from "../../taskpane/screens/incentives/fixture";

const managers = SEED.Managers ?? [];
const awards = SEED.Recognition ?? [];

describe("awardsOf", () => {
  it("lists the awards of the period, newest first, with names", () => {
    const extra = row("Recognition", { Date: TODAY, ManagerID: "M2", Award: "Rookie" });
    const list = awardsOf([...awards, extra], managers, parsePeriod("2026-Q3"), ALL_TEAMS);
    expect(list.map((a) => [a.name, a.award, a.reason, a.by])).toEqual([
      ["Bo Chen", "Rookie", null, null],
      ["Ada Lin", "Top seller", "Best July", "Lee"],
    ]);
    expect(awardsOf(awards, managers, parsePeriod("2026-Q2"), ALL_TEAMS).map((a) => a.name)).toEqual([
      "Cai Wu",
    ]);
  });

  it("filters by team and shows the id of someone not in Managers", () => {
    const stranger = row("Recognition", { Date: TODAY, ManagerID: "M9", Award: "Guest" });
    const q3 = parsePeriod("2026-Q3");
    expect(awardsOf([...awards, stranger], managers, q3, "South")).toEqual([]);
    expect(awardsOf([stranger], managers, q3, ALL_TEAMS)[0].name).toBe("M9");
  });
});

describe("checkAward", () => {
  const ctx = {
    people: new Set(["M1", "M2"]),
    existingIds: new Set([makeId(serialFromYMD(2026, 7, 20), "M1", "Top seller")]),
  };

  it("builds the row of a valid award, blanks as null", () => {
    const checked = checkAward({ ...emptyAward(TODAY, "M2"), award: " Rookie ", by: "Lee" }, ctx);
    expect(checked).toEqual({
      ok: true,
      row: { Date: TODAY, ManagerID: "M2", Award: "Rookie", Reason: null, By: "Lee" },
    });
  });

  it.each([
    ["no date", { date: "" }, "date", "incentives.err.required"],
    ["a bad date", { date: "2026-13-01" }, "date", "incentives.err.notDate"],
    ["no person", { person: "" }, "person", "incentives.err.required"],
    ["someone not offered", { person: "M9" }, "person", "incentives.err.unknownPerson"],
    ["no award", { award: " " }, "award", "incentives.err.required"],
  ] as const)("refuses %s", (_name, change, field, key) => {
    const checked = checkAward({ ...emptyAward(TODAY, "M1"), award: "Star", ...change }, ctx);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors[field]?.key).toBe(key);
  });

  it("refuses the same award to the same person on the same day", () => {
    const checked = checkAward(
      { date: "2026-07-20", person: "M1", award: "Top seller", reason: "", by: "" },
      ctx,
    );
    expect(checked).toEqual({
      ok: false,
      errors: { award: { key: "incentives.err.awardExists", params: { value: "Top seller" } } },
    });
  });
});
