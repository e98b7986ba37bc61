import { KpiError } from "../../src/core/errors";
import {
  applyImport,
  checkMapDraft,
  countsOf,
  mapDraftOf,
  mapsOfSettings,
  parseImportMap,
  planImport,
  recogniseWith,
  type ImportMap,
  type MapDraft,
} from "../../src/import";
import { serialOf, TABLE_KEYS } from "../../src/model";
import { bookOf, expectNoneWritten, fixture, refusingWrites, roundsOf, teamBook } from "./helpers";

const today = { date: serialOf(2026, 4, 8), by: "Lead" };
const google = fixture("google-forms-pulse.csv");
const RECOMMEND = "How likely are you to recommend this team as a place to work?";
const WORKLOAD = "How happy are you with your workload?";
const pulse: MapDraft = {
  ...mapDraftOf("Surveys"),
  name: "google pulse",
  columns: { team: "Your team", date: "Timestamp" },
  questions: { [RECOMMEND]: "enps", [WORKLOAD]: "wellbeing", "Your name": "", "Email Address": "" },
};
const map = (draft: MapDraft = pulse): ImportMap => {
  const checked = checkMapDraft(draft, google.headers, [], "en-US");
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked.value;
};

describe("survey column maps: answers from a tool KPI Desk does not know", () => {
  it("is not recognised by itself: its columns are mapped", () => {
    expect(() => recogniseWith(google)).toThrow(expect.objectContaining({ key: "import.err.unrecognised" }));
    expect(() => recogniseWith(fixture("tencent-pulse.csv"))).toThrow(
      expect.objectContaining({ key: "import.err.unrecognised" }),
    );
  });

  it("keeps only the team and date columns and the scored questions", () => {
    expect(map()).toEqual({
      name: "google pulse",
      source: "google pulse",
      table: "Surveys",
      columns: { team: "Your team", date: "Timestamp" },
      questions: { [RECOMMEND]: "enps", [WORKLOAD]: "wellbeing" },
    });
  });

  it("names each bad choice: no name, no date, no scored question, a column for two fields", () => {
    const empty = checkMapDraft(mapDraftOf("Surveys"), google.headers, [], "en-US");
    expect(empty.ok).toBe(false);
    if (empty.ok) return;
    expect(Object.keys(empty.errors)).toEqual(["mapName", "date", "questions"]);
    expect(empty.errors.date).toEqual({ key: "import.map.err.needed", params: { field: "Date answered" } });
    expect(empty.errors.questions?.key).toBe("import.map.err.noQuestion");

    const twice = checkMapDraft(
      { ...pulse, columns: { team: "Timestamp", date: "Timestamp" } },
      google.headers,
      ["Google Pulse"],
      "zh-CN",
    );
    expect(twice.ok).toBe(false);
    if (twice.ok) return;
    expect(twice.errors.mapName?.key).toBe("import.map.err.taken");
    expect(twice.errors.date).toEqual({
      key: "import.map.err.twice",
      params: { field: "答卷日期", column: "Timestamp", other: "填写人所在团队" },
    });
    const reserved = checkMapDraft({ ...pulse, name: "wjx" }, google.headers, [], "en-US");
    expect(reserved.ok || reserved.errors.mapName?.key).toBe("import.map.err.reserved");
  });

  it("reads rounds by team and day from the mapped columns, skipping an unknown team and a blank answer", async () => {
    const port = teamBook();
    const preview = planImport(google, await bookOf(port), { maps: [map()], source: "google pulse" });
    expect(preview).toMatchObject({ kind: "survey", profile: "google pulse", source: "google pulse" });
    expect(roundsOf(preview)).toEqual([
      [serialOf(2026, 3, 31), "East", "enps", 3],
      [serialOf(2026, 3, 31), "East", "wellbeing", 2],
    ]);
    expect(preview.skipped).toEqual([
      expect.objectContaining({ line: 5, key: "import.skip.unknownTeam", params: { team: "Nowhere" } }),
    ]);
    // Columns the map does not name are not even listed: they are never read.
    expect(preview.ignoredQuestions).toEqual([]);
  });

  it("never writes a name, an e-mail, free text or the time of day", async () => {
    const port = teamBook();
    await applyImport(port, planImport(google, await bookOf(port), { maps: [map()] }), today, { map: map() });
    await expectNoneWritten(
      port,
      ["ann.lee", "Ann Lee", "Bo Wang", "Bob Marsh", "helped", "9:03", "Nowhere", "Your name"],
      TABLE_KEYS.filter((k) => k !== "Settings"),
    );
    const { Surveys } = await port.readTables(["Surveys"]);
    expect(Surveys.map((s) => [s.Kind, s.Score])).toEqual([
      ["enps", 7],
      ["enps", 9],
      ["enps", 10],
      ["wellbeing", 2],
      ["wellbeing", 4],
    ]);
    expect(Surveys.every((s) => Number.isInteger(s.Date) && s.Comment === null && s.Team === "East")).toBe(
      true,
    );
  });

  it("is saved with the answers, offered for the next file, and a second import adds nothing", async () => {
    const port = teamBook();
    await applyImport(port, planImport(google, await bookOf(port), { maps: [map()] }), today, { map: map() });
    const { Settings, Audit } = await port.readTables(["Settings", "Audit"]);
    const saved = mapsOfSettings(Settings);
    expect(saved.problems).toEqual([]);
    expect(saved.maps).toEqual([map()]);
    expect(Audit.map((a) => a.Reason)).toEqual([
      expect.stringMatching(/^google pulse · google-forms-pulse\.csv · \+5/),
    ]);
    const again = planImport(google, await bookOf(port), { maps: saved.maps });
    expect(again.profile).toBe("google pulse");
    expect(countsOf(again)).toEqual({ add: 0, update: 0, unchanged: 5, skipped: 1, missing: 0 });
  });

  it("takes the team of the whole file when the map has no team column", async () => {
    const port = teamBook();
    const noTeam = map({ ...pulse, columns: { date: "Timestamp" } });
    const book = await bookOf(port);
    expect(() => planImport(google, book, { maps: [noTeam] })).toThrow(
      expect.objectContaining({ key: "import.err.teamNeeded" }),
    );
    const preview = planImport(google, book, { maps: [noTeam], team: "华东一组" });
    expect(roundsOf(preview)).toEqual([
      [serialOf(2026, 3, 31), "华东一组", "enps", 3],
      [serialOf(2026, 3, 31), "华东一组", "wellbeing", 2],
      [serialOf(2026, 4, 1), "华东一组", "enps", 1],
      [serialOf(2026, 4, 1), "华东一组", "wellbeing", 1],
    ]);
  });

  it("maps a Chinese export (腾讯问卷, UTF-8 with BOM) and leaves its 姓名, IP and 其他 columns unread", async () => {
    const port = teamBook();
    const file = fixture("tencent-pulse.csv");
    const checked = checkMapDraft(
      {
        ...mapDraftOf("Surveys"),
        name: "腾讯问卷",
        columns: { team: "1.您所在的团队", date: "结束答题时间" },
        questions: {
          "2.您会向朋友推荐来本团队工作吗？（0-10分）": "enps",
          "3.您对本月工作的满意程度": "satisfaction",
        },
      },
      file.headers,
      [],
      "zh-CN",
    );
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    await applyImport(port, planImport(file, await bookOf(port), { maps: [checked.value] }), today, {
      map: checked.value,
    });
    const { Surveys } = await port.readTables(["Surveys"]);
    expect(Surveys.map((s) => [s.Date, s.Team, s.Kind, s.Score])).toEqual([
      [serialOf(2026, 4, 7), "华东一组", "enps", 6],
      [serialOf(2026, 4, 7), "华东一组", "enps", 8],
      [serialOf(2026, 4, 7), "华东一组", "enps", 10],
      [serialOf(2026, 4, 7), "华东一组", "satisfaction", 3],
      [serialOf(2026, 4, 7), "华东一组", "satisfaction", 4],
      [serialOf(2026, 4, 7), "华东一组", "satisfaction", 5],
    ]);
    // The question is written without its number, as for 问卷星.
    expect(Surveys[0].Question).toBe("您会向朋友推荐来本团队工作吗？（0-10分）");
    const everything = JSON.stringify(await port.readTables(TABLE_KEYS.filter((k) => k !== "Settings")));
    for (const secret of ["赵一", "101.1.2.3", "149秒", "希望增加培训", "09:03"])
      expect(everything).not.toContain(secret);
  });

  it("is all or nothing: a refused Audit line leaves neither answers nor the map", async () => {
    const port = teamBook();
    const settingsBefore = (await port.readTables(["Settings"])).Settings;
    const preview = planImport(google, await bookOf(port), { maps: [map()] });
    await expect(applyImport(refusingWrites(port, "Audit"), preview, today, { map: map() })).rejects.toThrow(
      "disk full",
    );
    const { Surveys, Settings, Audit } = await port.readTables(["Surveys", "Settings", "Audit"]);
    expect([Surveys, Audit]).toEqual([[], []]);
    expect(Settings).toEqual(settingsBefore);
  });

  it("reads a survey map from JSON (the CLI's --map) and names what is wrong", () => {
    const json = {
      name: "google pulse",
      table: "Surveys",
      columns: { team: "Your team", date: "Timestamp" },
      questions: { [RECOMMEND]: "enps", [WORKLOAD]: "wellbeing" },
    };
    expect(parseImportMap(json, "map.json")).toEqual(map());
    const bad = (over: object) => () => parseImportMap({ ...json, ...over }, "map.json");
    expect(bad({ columns: { team: "Your team" } })).toThrow(/"date" column/);
    expect(bad({ columns: { date: "Timestamp", owner: "x" } })).toThrow(/unknown field "owner"/);
    expect(bad({ questions: {} })).toThrow(/at least one question/);
    expect(bad({ questions: { [RECOMMEND]: "nps" } })).toThrow(/enps, satisfaction, wellbeing/);
    expect(bad({ questions: { Timestamp: "enps" } })).toThrow(/team or date column/);
    expect(bad({})).not.toThrow();
    expect(bad({ questions: undefined })).toThrow(KpiError);
  });
});
