import { KpiError } from "../../src/core";
import { buildBook } from "../../src/book";
import { buildCalibration, planMove, type MovePlan } from "../../src/domain/reviews/calibration";
import { ALL_TEAMS, cycleKey, reviewSettings } from "../../src/domain/reviews/cycles";
import { generateSample, headersOf, tableSpec, TABLE_KEYS, type ReviewRow } from "../../src/model";
import { moveRating } from "../../src/workbook/calibrationMove";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { verifyAuditChain } from "../../src/workbook/audit";

const DAY = 46160;

/** The sample's first person with counted reviews in a quarter, and the plan moving their rating. */
async function planned(port: MemoryWorkbook, reason = "Won the Huaxin account in the last week") {
  const { Reviews, Managers, Ratings, Settings } = await port.readTables([
    "Reviews",
    "Managers",
    "Ratings",
    "Settings",
  ]);
  const counted = Reviews.find(
    (r) => r.Role === "manager" && r.Status === "acknowledged" && r.Cycle === "quarter",
  )!;
  const key = cycleKey(counted.Period, counted.Cycle);
  const settings = reviewSettings(Settings);
  const view = buildCalibration(
    {
      reviews: Reviews,
      managers: Managers,
      ratings: Ratings,
      key,
      team: ALL_TEAMS,
      weights: settings.weights,
      method: settings.calibration,
      tolerance: settings.distributionTolerance,
    },
    "en-US",
  );
  const person = view.people.find((p) => p.id === counted.ManagerID)!;
  const rating = person.computedRating === "A" ? "B" : "A";
  const result = planMove({ key, person: person.id, rating, reason }, Reviews, Ratings, view);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { plan: result.plan, person, rating, counted };
}

describe("moveRating", () => {
  it("writes the rating and reason on the person's counted reviews and a chained Audit line", async () => {
    const port = new MemoryWorkbook({ seed: generateSample({ locale: "en-US" }), locale: "en-US" });
    const { plan, person, rating, counted } = await planned(port);
    await moveRating(port, plan, DAY + 0.4);
    const { Reviews, Audit } = await port.readTables(["Reviews", "Audit"]);
    const ids = new Set(plan.before.map((r) => r.ReviewID));
    expect(ids.size).toBeGreaterThan(0);
    for (const row of Reviews) {
      const expected = ids.has(row.ReviewID)
        ? [rating, "Won the Huaxin account in the last week"]
        : [null, null];
      expect([row.CalibratedRating ?? null, row.CalibrationReason ?? null]).toEqual(expected);
    }
    const line = Audit.at(-1)!;
    expect(line).toMatchObject({
      Date: DAY,
      Action: "calibrate",
      Period: counted.Period,
      Reason: "Won the Huaxin account in the last week",
      Subject: `${person.id} ${counted.Period} quarter: ${person.computedRating ?? "—"} → ${rating}`,
    });
    expect((await verifyAuditChain(Audit)).problems).toEqual([]);

    // The period report's picture carries the move with its reason.
    const tables = await port.readTables(TABLE_KEYS);
    const picture = buildBook(tables, { locale: "en-US" }).period(counted.Period, DAY);
    expect(picture.people.find((p) => p.id === person.id)?.review.calibration).toEqual({
      rating,
      reason: "Won the Huaxin account in the last week",
    });
  });

  it("refuses an older Reviews table without the calibration columns, naming them, and writes nothing", async () => {
    const sample = generateSample({ locale: "en-US" });
    const port = new MemoryWorkbook();
    await port.ensureTables(
      TABLE_KEYS.filter((k) => k !== "Reviews"),
      "en-US",
      sample,
    );
    // The Reviews table as set up before the calibration columns: every other column, in schema order.
    const keys = tableSpec("Reviews")
      .columns.map((c) => c.key)
      .filter((k) => !k.startsWith("Calibrat"));
    const header = headersOf("Reviews", "en-US").slice(0, keys.length);
    const body = sample.Reviews.map((r: ReviewRow) =>
      keys.map((k) => (r[k as keyof ReviewRow] ?? null) as string | number | null),
    );
    port.addRawTable("Reviews", "Reviews", header, body);
    const before = await port.readTables(["Reviews", "Audit"]);
    const { plan } = await planned(port);
    await expect(moveRating(port, plan as MovePlan, DAY)).rejects.toMatchObject({
      constructor: KpiError,
      key: "reviews.move.err.noColumns",
      params: expect.objectContaining({ rating: "Calibrated rating", reason: "Calibration reason" }),
    });
    expect(await port.readTables(["Reviews", "Audit"])).toEqual(before);
  });
});
