/** The form primitives every domain form shares: fresh ids and typed dates. */
import { serialFromYMD } from "../../src/core";
import { nextIds, parseDateText } from "../../src/domain/fields";
import { ALL_TEAMS, NO_TEAM, inTeam } from "../../src/domain/teams";

describe("nextIds", () => {
  it.each([
    [[], 2, ["G000001", "G000002"]],
    [["G000007", "G12", "X99", null, " G000009 "], 1, ["G000013"]],
    [["G1234567"], 1, ["G1234568"]],
  ])("after %j", (existing, count, expected) => {
    expect(nextIds("G", existing, count)).toEqual(expected);
  });
});

describe("parseDateText", () => {
  it.each([
    ["2026-09-30", serialFromYMD(2026, 9, 30)],
    [" 2026-2-3 ", serialFromYMD(2026, 2, 3)],
    ["2026-8-5", serialFromYMD(2026, 8, 5)],
    ["", null],
    ["  ", null],
    ["2026-02-30", NaN],
    ["2026-02-29", NaN],
    ["2026-13-01", NaN],
    ["1899-12-31", NaN],
    ["1900-01-01", serialFromYMD(1900, 1, 1)],
    ["30/09/2026", NaN],
  ])("%j → %j", (text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });
});

describe("inTeam (the team filter)", () => {
  it.each([
    ["North", ALL_TEAMS, true],
    [null, ALL_TEAMS, true],
    [" north ", "North", true],
    ["South", "North", false],
    [null, NO_TEAM, true],
    ["  ", NO_TEAM, true],
    ["North", NO_TEAM, false],
  ])("%j in %j: %s", (team, filter, expected) => {
    expect(inTeam(team, filter)).toBe(expected);
  });
});
