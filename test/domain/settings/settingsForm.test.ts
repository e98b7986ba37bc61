import {
  DEFAULT_RATINGS,
  DEFAULT_SETTINGS,
  REVIEW_DIMENSIONS,
  readSettings,
  type SettingRow,
} from "../../../src/model";
import { t } from "../../../src/i18n";
import {
  blankRating,
  checkGeneral,
  checkRatings,
  checkWeights,
  generalDraftOf,
  messageOf,
  parseNumberText,
  parsePercentText,
  ratingDraftsOf,
  weightsDraftOf,
  type GeneralDraft,
  type RatingDraft,
  type SettingValues,
  type WeightsDraft,
} from "../../../src/domain/settings/settingsForm";

/** The stored values as Settings rows, read back the way the report reads them. */
const readBack = (values: SettingValues) =>
  readSettings(Object.entries(values).map(([Key, Value]): SettingRow => ({ Key, Value: Value ?? null })));

describe("parseNumberText / parsePercentText", () => {
  it.each([
    ["", null, null],
    ["  ", null, null],
    ["12", 12, 0.12],
    ["1,200.5", 1200.5, 12.005],
    ["12.5%", 0.125, 0.125],
    ["20％", 0.2, 0.2],
    ["-3", -3, -0.03],
    ["abc", NaN, NaN],
    ["1.2.3", NaN, NaN],
  ])("%j → %p as a number, %p as a percentage", (text, asNumber, asPercent) => {
    expect(parseNumberText(text)).toBe(asNumber);
    const p = parsePercentText(text);
    if (asPercent === null || Number.isNaN(asPercent)) expect(p).toBe(asPercent);
    else expect(p).toBeCloseTo(asPercent, 12);
  });
});

describe("checkGeneral", () => {
  const valid = generalDraftOf(DEFAULT_SETTINGS);

  it("starts from the settings read and stores them so that they read back the same", () => {
    expect(valid).toEqual({
      fiscalYearStart: "1",
      anonymityMin: "3",
      trainingHours: "40",
      paceTolerance: "10",
      neglectDays: "30",
      moneyFormat: "auto",
    });
    const checked = checkGeneral({
      fiscalYearStart: "4",
      anonymityMin: "5",
      trainingHours: "37.5",
      paceTolerance: "12.5",
      neglectDays: "45",
      moneyFormat: "yuan",
    });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.values).toEqual({
      fiscalYearStart: "4",
      anonymityMin: "5",
      trainingHours: "37.5",
      paceTolerance: "0.125",
      neglectDays: "45",
      moneyFormat: "yuan",
    });
    const { settings, issues } = readBack(checked.values);
    expect(issues).toEqual([]);
    expect(settings).toMatchObject({
      fiscalYearStart: 4,
      anonymityMin: 5,
      trainingHours: 37.5,
      paceTolerance: 0.125,
      neglectDays: 45,
      moneyFormat: "yuan",
    });
  });

  it.each<[keyof GeneralDraft, string, string]>([
    ["fiscalYearStart", "0", "settings.err.range"],
    ["fiscalYearStart", "13", "settings.err.range"],
    ["fiscalYearStart", "", "settings.err.required"],
    ["anonymityMin", "1", "settings.err.atLeast"],
    ["anonymityMin", "2.5", "settings.err.notWhole"],
    ["anonymityMin", "many", "settings.err.notWhole"],
    ["anonymityMin", "", "settings.err.required"],
    ["trainingHours", "-1", "settings.err.atLeast"],
    ["trainingHours", "forty", "settings.err.notNumber"],
    ["trainingHours", "", "settings.err.required"],
    ["trainingHours", "2000000", "settings.err.range"],
    ["paceTolerance", "101", "settings.err.percentRange"],
    ["paceTolerance", "-5", "settings.err.atLeast"],
    ["paceTolerance", "x", "settings.err.notNumber"],
    ["neglectDays", "0", "settings.err.atLeast"],
    ["neglectDays", "1.5", "settings.err.notWhole"],
    ["moneyFormat", "euro", "settings.err.choose"],
    ["moneyFormat", "", "settings.err.choose"],
  ])("refuses %s = %j with %s, and only that field", (field, text, key) => {
    const checked = checkGeneral({ ...valid, [field]: text });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors)).toEqual([field]);
    expect(checked.errors[field]?.key).toBe(key);
  });

  it("accepts the edges: 2 answers, 0 hours, 0% and 100% tolerance, 1 day, December", () => {
    for (const draft of [
      { ...valid, anonymityMin: "2", trainingHours: "0", paceTolerance: "0", neglectDays: "1" },
      { ...valid, fiscalYearStart: "12", paceTolerance: "100%", moneyFormat: "wan" },
    ]) {
      const checked = checkGeneral(draft);
      expect(checked.ok).toBe(true);
      if (checked.ok) expect(readBack(checked.values).issues).toEqual([]);
    }
  });

  it("names the field in the message, in both languages", () => {
    const checked = checkGeneral({ ...valid, anonymityMin: "1" });
    if (checked.ok) throw new Error("expected a refusal");
    const error = checked.errors.anonymityMin!;
    expect(messageOf(error, t("en-US", "settings.general.anonymityMin"), "en-US")).toBe(
      "Anonymity threshold: enter 2 or more",
    );
    expect(messageOf(error, t("zh-CN", "settings.general.anonymityMin"), "zh-CN")).toBe(
      "匿名阈值：不能小于 2",
    );
  });
});

describe("checkWeights", () => {
  const draft = (...values: string[]) =>
    Object.fromEntries(REVIEW_DIMENSIONS.map((d, i) => [d, values[i] ?? ""])) as WeightsDraft;

  it("shows the default weights as percentages and stores them as fractions readSettings reads back", () => {
    const initial = weightsDraftOf(DEFAULT_SETTINGS);
    expect(REVIEW_DIMENSIONS.map((d) => initial[d])).toEqual(["20", "20", "20", "15", "15", "10"]);
    const checked = checkWeights(initial);
    expect(checked.values).toEqual({ reviewWeights: "0.2, 0.2, 0.2, 0.15, 0.15, 0.1" });
    expect(readBack(checked.values!).settings.reviewWeights).toEqual(DEFAULT_SETTINGS.reviewWeights);
  });

  it("weighs each dimension by its share of the total, blanks counting 0", () => {
    const checked = checkWeights(draft("1", "1", "2", "", "0", "0"));
    expect(checked.shares).toEqual({
      Workload: 0.25,
      Quality: 0.25,
      Satisfaction: 0.5,
      Attitude: 0,
      Teamwork: 0,
      Innovation: 0,
    });
    expect(checked.values).toEqual({ reviewWeights: "0.25, 0.25, 0.5, 0, 0, 0" });
    const read = readBack(checked.values!);
    expect(read.issues).toEqual([]);
    expect(read.settings.reviewWeights.Satisfaction).toBe(0.5);
  });

  it("rounds thirds so that the stored text stays short, and they still read back as a third each", () => {
    const checked = checkWeights(draft("1", "1", "1", "0", "0", "0"));
    expect(checked.values).toEqual({ reviewWeights: "0.333333, 0.333333, 0.333333, 0, 0, 0" });
    expect(readBack(checked.values!).settings.reviewWeights.Workload).toBeCloseTo(1 / 3, 12);
  });

  it.each([
    [draft("-1", "1", "1", "1", "1", "1"), "Workload", "settings.err.atLeast"],
    [draft("1", "lots", "1", "1", "1", "1"), "Quality", "settings.err.notNumber"],
  ])("refuses a bad weight on its field", (weights, field, key) => {
    const checked = checkWeights(weights);
    expect(checked.values).toBeNull();
    expect(Object.keys(checked.errors)).toEqual([field]);
    expect(checked.errors[field as "Workload"]?.key).toBe(key);
    expect(checked.allZero).toBe(false);
  });

  it("refuses all zero (or all blank)", () => {
    for (const weights of [draft("0", "0", "0", "0", "0", "0"), draft()]) {
      const checked = checkWeights(weights);
      expect(checked.values).toBeNull();
      expect(checked.allZero).toBe(true);
      expect(checked.errors).toEqual({});
    }
  });
});

describe("checkRatings", () => {
  const rating = (label: string, minScore: string, guideShare: string, bonusMultiplier: string, key = 0) =>
    ({ key, label, minScore, guideShare, bonusMultiplier }) satisfies RatingDraft;
  const defaults = ratingDraftsOf(DEFAULT_RATINGS);
  const en = (issue: { error: { key: string } } & { error: Parameters<typeof messageOf>[0] }) =>
    messageOf(issue.error, "Field", "en-US");

  it("opens the default scale best first, shares as percentages, and writes it back unchanged", () => {
    expect(defaults.map((d) => [d.label, d.minScore, d.guideShare, d.bonusMultiplier])).toEqual([
      ["A", "90", "20", "1.3"],
      ["B", "75", "50", "1"],
      ["C", "60", "20", "0.7"],
      ["D", "0", "10", "0"],
    ]);
    const checked = checkRatings(defaults, "en-US");
    expect(checked.issues).toEqual([]);
    expect(checked.rows).toEqual(DEFAULT_RATINGS);
    expect(checked.shareTotal).toBeCloseTo(1, 12);
  });

  it("accepts any order of rows: the scale is read sorted by minimum score, as the report reads it", () => {
    const checked = checkRatings([defaults[3], defaults[1], defaults[0], defaults[2]], "en-US");
    expect(checked.issues).toEqual([]);
    expect(checked.rows?.map((r) => r.Label)).toEqual(["D", "B", "A", "C"]);
  });

  it("accepts shares adding up to 100% within 0.1%, and refuses beyond with core's words", () => {
    const near = [rating("A", "50", "33.35", "1"), rating("B", "0", "66.7", "1")];
    expect(checkRatings(near, "en-US").issues).toEqual([]);
    const off = [rating("A", "50", "30", "1"), rating("B", "0", "60", "1")];
    const checked = checkRatings(off, "en-US");
    expect(checked.rows).toBeNull();
    expect(checked.issues.map((i) => [i.row, en(i)])).toEqual([
      [null, "Distribution guide: shares add up to 90%, not 100%"],
    ]);
    const zh = checkRatings(off, "zh-CN").issues[0];
    expect(messageOf(zh.error, "", "zh-CN")).toBe("分布指导：比例合计为 90%，不等于 100%");
  });

  it.each<[string, RatingDraft[], [number | null, string | null, string][]]>([
    [
      "a blank label",
      [rating("A", "50", "50", "1"), rating(" ", "0", "50", "1")],
      [[2, "label", "Field: enter a value"]],
    ],
    [
      "a minimum score that is not a number",
      [rating("A", "high", "50", "1"), rating("B", "0", "50", "1")],
      [[1, "minScore", "Field: enter a number"]],
    ],
    [
      "a blank minimum score",
      [rating("A", "", "50", "1"), rating("B", "0", "50", "1")],
      [[1, "minScore", "Field: enter a value"]],
    ],
    [
      "a guide share above 100%",
      [rating("A", "50", "150", "1"), rating("B", "0", "50", "1")],
      [[1, "guideShare", "Field: enter a percentage from 0 to 100"]],
    ],
    [
      "a negative guide share",
      [rating("A", "50", "-10", "1"), rating("B", "0", "50", "1")],
      [[1, "guideShare", "Field: enter a percentage from 0 to 100"]],
    ],
    [
      "a blank guide share",
      [rating("A", "50", "", "1"), rating("B", "0", "100", "1")],
      [[1, "guideShare", "Field: enter a value"]],
    ],
    [
      "a negative bonus multiplier",
      [rating("A", "50", "50", "-0.5"), rating("B", "0", "50", "1")],
      [[1, "bonusMultiplier", "Field: enter 0 or more"]],
    ],
    [
      "a bonus multiplier that is not a number",
      [rating("A", "50", "50", "x"), rating("B", "0", "50", "")],
      [
        [1, "bonusMultiplier", "Field: enter a number"],
        [2, "bonusMultiplier", "Field: enter a value"],
      ],
    ],
    [
      "a minimum score used twice",
      [rating("A", "60", "50", "1"), rating("B", "60", "50", "1")],
      [[2, "minScore", "Field: row 1 has the same minimum score"]],
    ],
    [
      "a label repeated (core's makeGuide, naming the row)",
      [rating("A", "60", "50", "1"), rating("a", "0", "50", "1")],
      [[2, "label", 'Distribution guide: row 2 repeats the label "a"']],
    ],
    ["no rows at all", [], [[null, null, "Rating scale: add at least one rating."]]],
  ])("refuses %s, on the row and column", (_, drafts, expected) => {
    const checked = checkRatings(drafts, "en-US");
    expect(checked.rows).toBeNull();
    expect(checked.issues.map((i) => [i.row, i.column, en(i)])).toEqual(expected);
  });

  it("trims labels and turns the shares into fractions", () => {
    const checked = checkRatings(
      [rating(" Top ", "80", "12.5", "1.5"), rating("Rest", "0", "87.5", "1")],
      "en-US",
    );
    expect(checked.rows).toEqual([
      { Label: "Top", MinScore: 80, GuideShare: 0.125, BonusMultiplier: 1.5 },
      { Label: "Rest", MinScore: 0, GuideShare: 0.875, BonusMultiplier: 1 },
    ]);
  });

  it("adds blank rows with a key of their own", () => {
    expect(blankRating(defaults)).toEqual({
      key: 5,
      label: "",
      minScore: "",
      guideShare: "",
      bonusMultiplier: "",
    });
    expect(blankRating([]).key).toBe(1);
  });
});
