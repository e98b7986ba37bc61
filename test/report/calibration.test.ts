/** The period report shows a rating moved in calibration, with its reason, beside the person's review dimensions. */
import { buildPeriod } from "../../src/domain/period";
import { generateSample, SAMPLE_AS_OF, type ReviewRow } from "../../src/model";
import { planReport, REPORT_SHEETS } from "../../src/report";
import { at, find, grid } from "./sheets";

const sample = generateSample({ locale: "en-US" });
const moved = sample.Reviews.find(
  (r) => r.Period === "2026-Q1" && r.Role === "manager" && r.Status === "acknowledged",
)!;
const person = moved.ManagerID;

const statements = (reviews: ReviewRow[], locale: "en-US" | "zh-CN") =>
  grid(
    planReport(
      buildPeriod({ tables: { ...sample, Reviews: reviews }, period: "2026-Q1", asOf: SAMPLE_AS_OF, locale }),
      locale,
    )[REPORT_SHEETS],
  );

describe("report: a rating moved in calibration", () => {
  const reviews = sample.Reviews.map((r) =>
    r.ManagerID === person && r.Period === "2026-Q1" && r.Role !== "self"
      ? { ...r, CalibratedRating: "A", CalibrationReason: "Won the Huaxin account in the last week" }
      : r,
  );

  it.each([
    ["en-US", "Calibrated rating"],
    ["zh-CN", "校准评级"],
  ] as const)(
    "is one more column of the person's review block in %s, rating and reason",
    (locale, header) => {
      const g = statements(reviews, locale);
      const { row, col } = find(g, header);
      expect(at(g, row + 1, col)).toMatchObject({
        kind: "text",
        value: "A · Won the Huaxin account in the last week",
      });
      // Only the person whose rating moved has the column.
      const headers = [...g.values()].filter((c) => c.kind === "text" && c.value === header);
      expect(headers).toHaveLength(1);
    },
  );

  it("is not there when no rating was moved", () => {
    const g = statements(sample.Reviews, "en-US");
    expect(() => find(g, "Calibrated rating")).toThrow();
  });
});
