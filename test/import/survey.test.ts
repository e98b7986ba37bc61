import {
  applyImport,
  countsOf,
  IMPORT_TABLES,
  planImport,
  surveyQuestions,
  SURVEY_PROFILES,
} from "../../src/import";
import { KpiError } from "../../src/core/errors";
import { serialOf } from "../../src/model";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { bookOf, expectNoneWritten, fixture, MANAGERS, refusingWrites, roundsOf, teamBook } from "./helpers";

const today = { date: serialOf(2026, 4, 2) };

describe("import: survey answers", () => {
  it.each([
    [
      "turns a 问卷星 export into rounds by team and day, skipping an answer out of range",
      "wjx-pulse.csv",
      "wjx",
      [
        [serialOf(2026, 3, 31), "华东一组", "enps", 3],
        [serialOf(2026, 3, 31), "华东一组", "satisfaction", 3],
        [serialOf(2026, 3, 31), "华东一组", "wellbeing", 3],
        [serialOf(2026, 4, 1), "华东一组", "satisfaction", 1],
        [serialOf(2026, 4, 1), "华东一组", "wellbeing", 1],
      ],
      [
        expect.objectContaining({
          line: 5,
          key: "import.skip.badScore",
          params: expect.objectContaining({ min: 0, max: 10 }),
        }),
      ],
    ],
    [
      "reads a Microsoft Forms download in Chinese (开始时间, 完成时间, 电子邮件, 名称) by rounds of the day",
      "forms-pulse-zh.csv",
      "forms",
      [
        [serialOf(2026, 4, 7), "华东一组", "enps", 3],
        [serialOf(2026, 4, 7), "华东一组", "satisfaction", 3],
      ],
      [],
    ],
  ])("%s", async (_title, file, profile, rounds, skipped) => {
    const preview = planImport(fixture(file), await bookOf(teamBook()));
    expect(preview.profile).toBe(profile);
    expect(roundsOf(preview)).toEqual(rounds);
    expect(preview.skipped).toEqual(skipped);
    expect(preview.ignoredQuestions).toEqual(["其他建议"]);
  });

  it("writes no identifying text: no e-mail, name, IP, respondent number, source or time of day", async () => {
    const port = teamBook();
    for (const file of ["forms-pulse.csv", "forms-pulse-zh.csv", "wjx-pulse.csv"]) {
      await applyImport(port, planImport(fixture(file), await bookOf(port)), today);
    }
    await expectNoneWritten(port, [
      "anon1@example.com",
      "Respondent One",
      "101.1.2.3",
      "上海-上海",
      "微信",
      "95秒",
      "More training please",
      "9:03:40",
      "14:24",
      "zhao.yi@example.cn",
      "赵一",
      "希望增加培训",
      "9:03:41",
    ]);
    const { Surveys } = await port.readTables(["Surveys"]);
    expect(Surveys.every((s) => Number.isInteger(s.Date) && s.Comment === null)).toBe(true);
  });

  it("is all or nothing: a refused Audit line leaves no answer in Surveys (that table cannot undo an append)", async () => {
    const port = teamBook();
    const preview = planImport(fixture("wjx-pulse.csv"), await bookOf(port));
    expect(preview.add.length).toBeGreaterThan(0);
    await expect(applyImport(refusingWrites(port, "Audit"), preview, today)).rejects.toThrow("disk full");
    const { Surveys, Audit } = await port.readTables(["Surveys", "Audit"]);
    expect(Surveys).toEqual([]);
    expect(Audit).toEqual([]);
    // Refused answers: no Audit line either.
    await expect(applyImport(refusingWrites(port, "Surveys"), preview, today)).rejects.toThrow("disk full");
    expect((await port.readTables(["Audit"])).Audit).toEqual([]);
    // The same preview then applies whole.
    await applyImport(port, preview, today);
    const after = await port.readTables(["Surveys", "Audit"]);
    expect(after.Surveys).toHaveLength(preview.add.length);
    expect(after.Audit).toHaveLength(1);
  });

  it("writes no answer to a workbook without an Audit log (the import could not be logged)", async () => {
    const port = new MemoryWorkbook();
    await port.ensureTables(IMPORT_TABLES, "zh-CN", { Managers: MANAGERS });
    const preview = planImport(fixture("forms-pulse.csv"), await bookOf(port));
    await expect(applyImport(port, preview, today)).rejects.toThrow(KpiError);
    expect((await port.readTables(["Surveys"])).Surveys).toEqual([]);
  });

  it("writes answers sorted within a round, so row order says nothing about who answered", async () => {
    const port = teamBook();
    await applyImport(port, planImport(fixture("forms-pulse.csv"), await bookOf(port)), today);
    const { Surveys } = await port.readTables(["Surveys"]);
    const enps = Surveys.filter((s) => s.Kind === "enps").map((s) => s.Score);
    expect(enps).toEqual([6, 9, 10]);
    expect(Surveys[0]).toMatchObject({ Team: "East", Question: expect.stringMatching(/recommend/) });
  });

  it("is idempotent, and a grown export adds only the new answers", async () => {
    const port = teamBook();
    await applyImport(port, planImport(fixture("forms-pulse.csv"), await bookOf(port)), today);
    const again = planImport(fixture("forms-pulse.csv"), await bookOf(port));
    expect(countsOf(again)).toEqual({ add: 0, update: 0, unchanged: 6, skipped: 0, missing: 0 });
    const grown = fixture("forms-pulse.csv");
    const more = {
      ...grown,
      rows: [
        ...grown.rows,
        ["4", "3/31/2026 12:00", "3/31/2026 12:01", "a4@example.com", "Four", "East", "8", "4", ""],
      ],
      lines: [...grown.lines, 5],
    };
    const plan = planImport(more, await bookOf(port));
    expect(plan.add.map((a) => (a.row as { Score: number }).Score)).toEqual([8, 4]);
    expect(plan.unchanged).toBe(6);
  });

  it("takes the team of the whole file when the form has no team question", async () => {
    const port = teamBook();
    const file = fixture("forms-pulse.csv");
    const noTeam = {
      ...file,
      headers: file.headers.map((h) => (h.startsWith("Which team") ? "Favourite colour" : h)),
    };
    const book = await bookOf(port);
    expect(() => planImport(noTeam, book)).toThrow(/no team question/);
    const preview = planImport(noTeam, book, { team: "华东一组" });
    expect(preview.rounds.every((r) => r.team === "华东一组")).toBe(true);
    expect(() => planImport(noTeam, book, { team: "Nowhere" })).toThrow(KpiError);
  });

  it("skips answers whose team is not a team of Managers", async () => {
    const port = teamBook();
    const file = fixture("forms-pulse.csv");
    const other = {
      ...file,
      rows: file.rows.map((r, i) => (i === 0 ? r.map((c, j) => (j === 5 ? "West" : c)) : r)),
    };
    const preview = planImport(other, await bookOf(port));
    expect(preview.skipped).toEqual([expect.objectContaining({ line: 2, key: "import.skip.unknownTeam" })]);
  });

  it("lets the user choose a question's kind", () => {
    const table = fixture("forms-pulse.csv");
    const profile = SURVEY_PROFILES[0];
    const guessed = surveyQuestions(table, profile).map((q) => q.role);
    expect(guessed).toEqual(["team", "enps", "satisfaction", "ignore"]);
    const chosen = surveyQuestions(table, profile, { [table.headers[7]]: "wellbeing" }).map((q) => q.role);
    expect(chosen).toEqual(["team", "enps", "wellbeing", "ignore"]);
  });
});
