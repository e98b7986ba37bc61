/** The review form's decisions: the row it stands on, the reviewer on a person or role change, what a save writes. */
import { ConflictError } from "../../../src/core/errors";
import { type ManagerRow, type ReviewRow } from "../../../src/model";
import { formOf, managerIndex, type ReviewFormValues } from "../../../src/domain/reviews/cycles";
import {
  currentReview,
  peopleByName,
  reviewToSave,
  withPerson,
  withRole,
  writeReview,
} from "../../../src/domain/reviews/reviewForm";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import { row } from "../../fixtures/rows";
import { EQUAL } from "./fixture";

const TODAY = 46249;
const SETTINGS = { weights: EQUAL, weightsFromSettings: false, supervisor: "" };
const manager = (fields: Partial<ManagerRow>) => row("Managers", fields);
const review = (fields: Partial<ReviewRow>) =>
  row("Reviews", { Cycle: "quarter", Role: "manager", Status: "draft", Period: "2026-Q3", ...fields });
const PEOPLE = managerIndex([
  manager({ ManagerID: "M2", Name: "Zhou" }),
  manager({ ManagerID: "M1", Name: "Ada" }),
]);
const blank: ReviewFormValues = { ...formOf(null), role: "self" };

describe("currentReview", () => {
  const saved = review({ ReviewID: "R1", Strengths: "saved here" });
  it("is the saved row until the rows are read again, then the workbook's copy", () => {
    const before = [review({ ReviewID: "R1" })];
    expect(currentReview({ row: saved, against: before }, before)).toBe(saved);
    const reread = [review({ ReviewID: "R1", Strengths: "edited in the sheet" })];
    expect(currentReview({ row: saved, against: before }, reread)?.Strengths).toBe("edited in the sheet");
  });

  it("keeps the saved row when the new rows lack it, and null for a review not saved", () => {
    expect(currentReview({ row: saved, against: [] }, [review({ ReviewID: "R9" })])).toBe(saved);
    expect(currentReview({ row: null, against: [] }, [review({ ReviewID: "R1" })])).toBeNull();
  });
});

describe("peopleByName", () => {
  it("sorts the people by name", () => {
    expect(peopleByName(PEOPLE, "en-US").map((m) => m.Name)).toEqual(["Ada", "Zhou"]);
  });
});

describe("withPerson and withRole", () => {
  it("a self review not given a reviewer by hand is reviewed by the person chosen", () => {
    expect(withPerson(blank, "M1", PEOPLE, false)).toMatchObject({ person: "M1", reviewer: "Ada" });
    expect(withPerson(blank, "M9", PEOPLE, false).reviewer).toBe("");
  });

  it("keeps a reviewer typed by hand, and the reviewer of another role", () => {
    const typed = { ...blank, reviewer: "Lead" };
    expect(withPerson(typed, "M1", PEOPLE, true).reviewer).toBe("Lead");
    expect(withPerson({ ...typed, role: "manager" }, "M1", PEOPLE, false).reviewer).toBe("Lead");
  });

  it("a role change makes the person their own reviewer for self, and empties it otherwise", () => {
    const ada = { ...blank, person: " M1 ", role: "manager" as const, reviewer: "" };
    expect(withRole(ada, "self", PEOPLE, false)).toMatchObject({ role: "self", reviewer: "Ada" });
    expect(withRole({ ...ada, reviewer: "Ada" }, "peer", PEOPLE, false).reviewer).toBe("");
    expect(withRole({ ...ada, reviewer: "Lead" }, "peer", PEOPLE, true).reviewer).toBe("Lead");
  });
});

describe("reviewToSave", () => {
  const values: ReviewFormValues = { ...blank, person: "M1", reviewer: "Ada" };
  const input = {
    values,
    current: null,
    reviews: [review({ ReviewID: "R000007" })],
    period: "2026-Q3",
    cycle: "quarter" as const,
    settings: SETTINGS,
    today: TODAY,
  };

  it("gives a new review the next id, the period and cycle, as a draft", () => {
    const next = reviewToSave({ ...input, intent: "draft" });
    expect(next).toMatchObject({ ReviewID: "R000008", Period: "2026-Q3", Cycle: "quarter", Status: "draft" });
    expect(next.ManagerID).toBe("M1");
  });

  it("keeps an existing review's identity and dates a submitted one today", () => {
    const current = review({ ReviewID: "R000002", Period: "2026-Q2", Cycle: "quarter", Date: 46100 });
    const next = reviewToSave({ ...input, current, intent: "submit" });
    expect(next).toMatchObject({ ReviewID: "R000002", Period: "2026-Q2", Status: "submitted", Date: TODAY });
  });
});

describe("writeReview", () => {
  const workbook = (reviews: ReviewRow[]) =>
    new MemoryWorkbook({ seed: { Reviews: reviews }, locale: "en-US" });

  it("appends a new review and updates an existing one against the row read", async () => {
    const read = review({ ReviewID: "R1", ManagerID: "M1", Reviewer: "Lead" });
    const port = workbook([read]);
    await writeReview(port, review({ ReviewID: "R2", ManagerID: "M2", Reviewer: "Lead" }), null);
    await writeReview(port, { ...read, Strengths: "Clear plans" }, read);
    const rows = (await port.readTables(["Reviews"])).Reviews;
    expect(rows.map((r) => [r.ReviewID, r.Strengths])).toEqual([
      ["R1", "Clear plans"],
      ["R2", null],
    ]);
  });

  it("refuses to overwrite a field changed in the sheet since it was read", async () => {
    const read = review({ ReviewID: "R1", ManagerID: "M1", Strengths: "first" });
    const port = workbook([{ ...read, Strengths: "typed in the sheet" }]);
    await expect(writeReview(port, { ...read, Strengths: "from the form" }, read)).rejects.toBeInstanceOf(
      ConflictError,
    );
  });
});
