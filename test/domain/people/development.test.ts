import { parsePeriod, trainingProgress } from "../../../src/core";
import type { CareerRow, TrainingRow } from "../../../src/model";
import {
  careerDraft,
  checkCareer,
  checkTraining,
  emptyTraining,
  promotionCriteria,
  trainingSummary,
} from "../../../src/domain/people/development";
import { nextIds, parseDateText } from "../../../src/domain/fields";
import { SEED, TODAY } from "../../taskpane/screens/people/fixture";

const training = SEED.Training as TrainingRow[];
const career = (SEED.Careers as CareerRow[])[0];

describe("training", () => {
  it("counts the fiscal year against the requirement, and the chosen period's topics and log", () => {
    const s = trainingSummary(training, "M1", parsePeriod("2026-Q3"), TODAY, 1, 40);
    expect(s.year.text).toBe("2026");
    expect(s.progress).toEqual({ hours: 24, required: 40, share: 0.6, remaining: 16, met: false });
    expect(s.topics).toEqual([{ topic: "Product knowledge", hours: 8, courses: 1 }]);
    expect(s.log.map((r) => r.Course)).toEqual(["Product update"]);
    // A fiscal year from April: 2026-04 … 2027-03 holds only July's 8 hours.
    expect(trainingSummary(training, "M1", parsePeriod("2026-Q3"), TODAY, 4, 40).progress.hours).toBe(8);
  });

  it.each<[string, Partial<ReturnType<typeof emptyTraining>>, Record<string, string>]>([
    [
      "required fields",
      { course: " ", hours: "", date: "" },
      { course: "people.err.required", hours: "people.err.required", date: "people.err.required" },
    ],
    ["hours above 0", { course: "X", hours: "0" }, { hours: "people.err.hours" }],
    ["hours not a number", { course: "X", hours: "two" }, { hours: "people.err.hours" }],
    ["score 0–100", { course: "X", hours: "2", score: "101" }, { score: "people.err.range" }],
    [
      "the same course on the same day",
      { course: "Product update", hours: "2", date: "2026-07-20" },
      { course: "people.err.trainingExists" },
    ],
  ])("refuses %s", (_name, over, errors) => {
    const checked = checkTraining({ ...emptyTraining(TODAY), ...over }, "M1", training);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(Object.fromEntries(Object.entries(checked.errors).map(([k, v]) => [k, v?.key]))).toEqual(errors);
  });

  it("accepts a decimal comma and leaves blanks empty", () => {
    expect(checkTraining({ ...emptyTraining(TODAY), course: " CRM ", hours: "1,5" }, "M1", training)).toEqual(
      {
        ok: true,
        value: {
          ManagerID: "M1",
          Course: "CRM",
          Topic: null,
          Date: TODAY,
          Hours: 1.5,
          Score: null,
          Certificate: null,
        },
      },
    );
  });
});

describe("career", () => {
  it.each<[string, CareerRow | null, number, boolean[]]>([
    ["all but training", career, 24, [false, true, true, true]],
    ["all four", career, 40, [true, true, true, true]],
    ["a target date passed", { ...career, TargetDate: TODAY - 1 }, 40, [true, true, true, false]],
    ["no plan at all", null, 0, [false, false, false, false]],
  ])("criteria: %s", (_name, row, hours, met) => {
    expect(promotionCriteria(row, trainingProgress(hours, 40), TODAY).map((c) => c.met)).toEqual(met);
  });

  it("round-trips the form, and checks potential and date", () => {
    expect(checkCareer(careerDraft(career, null), "M1")).toEqual({ ok: true, value: career });
    expect(careerDraft(null, "AM1").currentLevel).toBe("AM1");
    const bad = checkCareer({ ...careerDraft(career, null), potential: "6", targetDate: "soon" }, "M1");
    expect(
      bad.ok ? null : Object.fromEntries(Object.entries(bad.errors).map(([k, v]) => [k, v?.key])),
    ).toEqual({
      potential: "people.err.potential",
      targetDate: "people.err.date",
    });
  });
});

describe("shared helpers", () => {
  it.each<[string, number | null | "NaN"]>([
    ["", null],
    ["2026-08-15", TODAY],
    ["2026-02-29", "NaN"],
    ["15/08/2026", "NaN"],
  ])("date %p", (text, expected) => {
    const value = parseDateText(text);
    expect(value === null || !Number.isNaN(value) ? value : "NaN").toBe(expected);
  });

  it("numbers new ids after the highest", () => {
    expect(nextIds("T", ["T000007", "X9", null, "T12"], 2)).toEqual(["T000013", "T000014"]);
    expect(nextIds("T", [], 1)).toEqual(["T000001"]);
  });
});
