import {
  DEFAULT_RATINGS,
  DEFAULT_SETTINGS,
  planIdsOf,
  readSettings,
  settingRows,
  validateRows,
} from "../../src/model";

describe("settings", () => {
  it("defaults when the table is empty", () => {
    expect(readSettings([])).toEqual({ settings: DEFAULT_SETTINGS, issues: [] });
  });

  it("round-trips through rows", () => {
    const settings = { ...DEFAULT_SETTINGS, language: "en-US" as const, anonymityMin: 5, fiscalYearStart: 4 };
    expect(readSettings(settingRows(settings)).settings).toEqual(settings);
    expect(validateRows("Settings", settingRows(settings))).toEqual([]);
  });

  it.each([
    ["anonymityMin", "5", { anonymityMin: 5 }],
    ["FiscalYearStart", " 4 ", { fiscalYearStart: 4 }],
    ["language", "EN-us", { language: "en-US" }],
    ["paceTolerance", "15%", { paceTolerance: 0.15 }],
    ["keySegments", "重点, VIP", { keySegments: ["重点", "VIP"] }],
    ["calibration", "Z", { calibration: "z" }],
  ])("reads %s = %p", (key, value, expected) => {
    const { settings, issues } = readSettings([{ Key: key, Value: value }]);
    expect(issues).toEqual([]);
    expect(settings).toMatchObject(expected);
  });

  it.each([
    ["1, 1, 1, 1, 1, 0", [0.2, 0.2, 0.2, 0.2, 0.2, 0]],
    ["Quality=3; Workload=1", [0.25, 0.75, 0, 0, 0, 0]],
  ])("reads review weights %p and scales them to add to 1", (value, weights) => {
    const w = readSettings([{ Key: "reviewWeights", Value: value }]).settings.reviewWeights;
    expect(Object.values(w).map((x) => Number(x.toFixed(10)))).toEqual(weights);
  });

  it.each([
    ["fiscalYearStart", "13"],
    ["anonymityMin", "2.5"],
    ["reviewWeights", "1, 2"],
    ["reviewWeights", "0,0,0,0,0,0"],
    ["language", "fr-FR"],
    ["currency", "yuan"],
  ])("keeps the default and reports %s = %p", (key, value) => {
    const { settings, issues } = readSettings([{ Key: key, Value: value }]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(issues.map((i) => [i.setting, i.key])).toEqual([[key, "model.err.badSetting"]]);
  });

  it("ignores unknown keys and blank values", () => {
    expect(
      readSettings([
        { Key: "myNote", Value: "x" },
        { Key: "anonymityMin", Value: null },
      ]).issues,
    ).toEqual([]);
  });

  it("has a default rating guide adding to 1", () => {
    expect(DEFAULT_RATINGS.reduce((s, r) => s + (r.GuideShare ?? 0), 0)).toBeCloseTo(1, 12);
  });

  it.each([
    ["BON-RM, COM-CORP", ["BON-RM", "COM-CORP"]],
    ["BON-RM，COM-SME；X", ["BON-RM", "COM-SME", "X"]],
    [null, []],
  ])("splits the plan cell %p", (cell, ids) => {
    expect(planIdsOf(cell)).toEqual(ids);
  });
});
