import fc from "fast-check";
import { parsePeriod, serialFromYMD } from "../../src/core";
import {
  trainingByTopic,
  trainingHoursByPerson,
  trainingHoursOf,
  trainingProgress,
  trainingYear,
  type TrainingEntry,
} from "../../src/core/training";
import { errorOf, thrown } from "./helpers";

const d = (m: number, day: number, y = 2026) => serialFromYMD(y, m, day);
const log: TrainingEntry[] = [
  { person: "M1", date: d(1, 10), hours: 4, topic: "Sales skills" },
  { person: "M1", date: d(3, 31), hours: 8, topic: "Product knowledge" },
  { person: "M1", date: d(4, 1), hours: 6, topic: "sales skills " },
  { person: " M2", date: d(6, 30), hours: 12, topic: "Service" },
  { person: "M2", date: d(7, 1), hours: null, topic: "Service" },
  { person: "M1", date: d(12, 31, 2025), hours: 16, topic: "Sales skills" },
];

describe("training hours by person and period", () => {
  it.each<[string, string, Record<string, number>]>([
    ["the year", "2026", { M1: 18, M2: 12 }],
    ["Q1 includes its last day", "2026-Q1", { M1: 12 }],
    ["Q2 includes its first and last day", "2026-Q2", { M1: 6, M2: 12 }],
    ["a blank Hours counts as 0", "2026-07", { M2: 0 }],
    ["last year", "2025", { M1: 16 }],
    ["a period without entries", "2026-09", {}],
  ])("%s", (_name, period, expected) => {
    expect(Object.fromEntries(trainingHoursByPerson(log, parsePeriod(period)))).toEqual(expected);
  });

  it("totals one person, trimmed", () => {
    expect(trainingHoursOf(log, " M1 ", parsePeriod("2026-H1"))).toBe(18);
    expect(trainingHoursOf(log, "M9", parsePeriod("2026"))).toBe(0);
  });

  it("refuses negative hours, naming the row", () => {
    const bad = [
      { person: "M1", date: d(1, 1), hours: 4 },
      { person: "M1", date: d(1, 2), hours: -2 },
    ];
    const error = thrown(() => trainingHoursByPerson(bad, parsePeriod("2026")));
    expect([error.kind, error.key, error.params.arg]).toEqual(["num", "err.negative", "hours (row 2)"]);
  });

  it("ignores entries outside the span even when their hours are bad", () => {
    expect(
      trainingHoursByPerson([{ person: "M1", date: d(1, 1, 2020), hours: -2 }], parsePeriod("2026")).size,
    ).toBe(0);
  });

  it("sums to the total of the year over its quarters", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ day: fc.integer({ min: 0, max: 364 }), hours: fc.integer({ min: 0, max: 40 }) }),
        ),
        (rows) => {
          const entries = rows.map((r) => ({ person: "M1", date: d(1, 1) + r.day, hours: r.hours }));
          const year = trainingHoursOf(entries, "M1", parsePeriod("2026"));
          const quarters = [1, 2, 3, 4].reduce(
            (s, q) => s + trainingHoursOf(entries, "M1", parsePeriod(`2026-Q${q}`)),
            0,
          );
          return year === quarters && year === rows.reduce((s, r) => s + r.hours, 0);
        },
      ),
    );
  });
});

describe("training hours by topic", () => {
  it("merges topics by case and spaces, most hours first", () => {
    expect(trainingByTopic(log, parsePeriod("2026"))).toEqual([
      { topic: "Service", hours: 12, courses: 2 },
      { topic: "Sales skills", hours: 10, courses: 2 },
      { topic: "Product knowledge", hours: 8, courses: 1 },
    ]);
  });

  it("keeps entries without a topic under an empty topic", () => {
    expect(trainingByTopic([{ person: "M1", date: d(1, 1), hours: 2 }], parsePeriod("2026"))).toEqual([
      { topic: "", hours: 2, courses: 1 },
    ]);
  });
});

describe("progress against the yearly requirement", () => {
  it.each<[number, number, number, number, boolean]>([
    [30, 40, 0.75, 10, false],
    [40, 40, 1, 0, true],
    [52, 40, 1.3, 0, true],
    [0, 0, 1, 0, true],
  ])("%d of %d hours", (hours, required, share, remaining, met) => {
    expect(trainingProgress(hours, required)).toEqual({ hours, required, share, remaining, met });
  });

  it("refuses a negative requirement", () => {
    expect(errorOf(() => trainingProgress(1, -1))).toEqual(["num", "err.negative"]);
  });

  it.each<[string, number, number, string]>([
    ["calendar year", d(8, 15), 1, "2026"],
    ["fiscal year from April, in March", d(3, 15), 4, "2025"],
    ["fiscal year from April, in April", d(4, 1), 4, "2026"],
  ])("the requirement's year: %s", (_name, asOf, start, text) => {
    expect(trainingYear(asOf, start).text).toBe(text);
  });
});
