import { parsePeriod, serialFromYMD } from "../../../src/core";
import type { SurveyRow } from "../../../src/model";
import { ALL_TEAMS } from "../../../src/domain/teams";
import { checkRound, parseResponses, pulseResults, pulseTrend } from "../../../src/domain/people/pulse";
import { SEED } from "../../taskpane/screens/people/fixture";

const surveys = SEED.Surveys as SurveyRow[];
const q3 = parsePeriod("2026-Q3");

describe("reading answers", () => {
  it.each<[string, string, "enps" | "satisfaction", number[], (string | null)[], unknown]>([
    ["comma separated", "9, 10,6", "enps", [9, 10, 6], [null, null, null], null],
    ["spaces, lines and Chinese commas", "9 8\n7，6", "enps", [9, 8, 7, 6], [null, null, null, null], null],
    ["a comment after a score", "6 too many reports\n10", "enps", [6, 10], ["too many reports", null], null],
    ["out of the eNPS scale", "9, 11", "enps", [9], [null], { line: 1, value: "11", reason: "scale" }],
    [
      "0 is not on a 1–5 scale",
      "4\n0",
      "satisfaction",
      [4],
      [null],
      { line: 2, value: "0", reason: "scale" },
    ],
    ["a fraction", "4.5", "satisfaction", [], [], { line: 1, value: "4.5", reason: "scale" }],
    [
      "words without a score",
      "great team",
      "enps",
      [],
      [],
      { line: 1, value: "great team", reason: "notScore" },
    ],
  ])("%s", (_name, text, kind, scores, comments, problem) => {
    const parsed = parseResponses(text, kind);
    expect(parsed.responses.map((r) => r.score)).toEqual(scores);
    expect(parsed.responses.map((r) => r.comment)).toEqual(comments);
    expect(parsed.problem).toEqual(problem);
  });
});

describe("entering a round", () => {
  const draft = {
    kind: "enps" as const,
    team: "East",
    date: "2026-08-15",
    question: "Q",
    responses: "10, 3\n7 fine",
  };

  it("writes one row per answer, in score order, with no respondent", () => {
    const checked = checkRound(draft, surveys);
    expect(checked).toEqual({
      ok: true,
      value: [3, 7, 10].map((Score) => ({
        Date: serialFromYMD(2026, 8, 15),
        Kind: "enps",
        Team: "East",
        Question: "Q",
        Score,
        Comment: Score === 7 ? "fine" : null,
      })),
    });
  });

  it.each<[string, Partial<typeof draft>, Record<string, string>]>([
    [
      "no team, no answers",
      { team: " ", responses: "" },
      { team: "people.err.required", responses: "people.err.noResponses" },
    ],
    ["a bad date", { date: "2026-13-01" }, { date: "people.err.date" }],
    ["an answer off the scale", { responses: "12" }, { responses: "people.err.responseScale" }],
    [
      "a round that exists (other spelling of the team)",
      { team: "north ", date: "2026-07-25", question: "enps question" },
      { date: "people.err.roundExists" },
    ],
  ])("refuses %s", (_name, over, errors) => {
    const checked = checkRound({ ...draft, ...over }, surveys);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(Object.fromEntries(Object.entries(checked.errors).map(([k, v]) => [k, v?.key]))).toEqual(errors);
  });
});

describe("results by team and period", () => {
  it("hides a team below the threshold, and All teams pools shown rounds only", () => {
    const { teams, total } = pulseResults(surveys, q3, ALL_TEAMS, 3, "en-US");
    expect(teams.map((t) => [t.team, t.figures.enps])).toEqual([
      ["North", { shown: true, value: 50, count: 4, hiddenGroups: 0 }],
      ["South", { shown: false, reason: "belowThreshold", threshold: 3, hiddenGroups: 1 }],
    ]);
    expect(total?.figures.enps).toEqual({ shown: true, value: 50, count: 4, hiddenGroups: 1 });
    // Nothing about South can be had from the total: it equals North's figure.
    expect(teams.find((t) => t.team === "South")?.followUps).toEqual([]);
    expect(teams.find((t) => t.team === "North")?.followUps.map((f) => [f.kind, f.level])).toEqual([
      ["satisfaction", "serious"],
    ]);
  });

  it("a threshold of 2 shows South", () => {
    const { teams } = pulseResults(surveys, q3, "South", 2, "en-US");
    expect(teams[0].figures.enps).toMatchObject({ shown: true, value: -100, count: 2 });
  });

  it("the chosen team without answers says so", () => {
    expect(pulseResults(surveys, q3, "East", 3, "en-US").teams[0].figures.enps).toMatchObject({
      shown: false,
      reason: "noResponses",
    });
  });

  it("the trend: oldest first, change against the nearest shown period", () => {
    const trend = pulseTrend(surveys, parsePeriod("2026-07"), "North", 3);
    expect(trend.map((p) => p.period.text)).toEqual([
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
    ]);
    expect(trend.map((p) => (p.figures.enps.shown ? p.figures.enps.value : null))).toEqual([
      null,
      null,
      null,
      null,
      100,
      50,
    ]);
    expect(trend.map((p) => p.change.enps)).toEqual([null, null, null, null, null, -50]);
  });
});
