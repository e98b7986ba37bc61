import { teamChoices } from "../../src/domain/teams";

describe("teamChoices", () => {
  it("lists each team once, trimmed and sorted, and says whether a team was blank", () => {
    expect(teamChoices(["North ", null, "East", "North", "  "], "en-US")).toEqual({
      teams: ["East", "North"],
      hasNoTeam: true,
    });
  });

  it("has no 'no team' choice when everyone has one", () => {
    expect(teamChoices(["销售二部", "销售一部"], "zh-CN")).toEqual({
      teams: ["销售二部", "销售一部"].sort((a, b) => a.localeCompare(b, "zh-CN")),
      hasNoTeam: false,
    });
  });
});
