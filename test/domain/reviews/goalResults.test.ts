import { buildBook } from "../../../src/book";
import { goalResults } from "../../../src/domain/reviews/goalResults";
import { generateSample, SAMPLE_AS_OF } from "../../../src/model";

const rows = generateSample({ locale: "en-US" });
const book = buildBook(rows, { locale: "en-US" });

describe("goalResults", () => {
  it("gives the person's goals and composite of the running period as the report has them, with the projection", () => {
    const picture = book.period("2026-Q2", SAMPLE_AS_OF);
    const person = picture.people.find((p) => p.goals.some((g) => g.score !== null))!;
    const results = goalResults(picture, ` ${person.id} `);
    expect(results).toMatchObject({
      inPeriod: true,
      basis: "projected",
      composite: person.composite,
      projected: person.projectedComposite,
      rating: person.rating,
    });
    expect(results.goals.map((g) => [g.goalId, g.actual, g.target, g.attainment, g.score])).toEqual(
      person.goals.map((g) => [g.goalId, g.actual, g.target, g.attainment, g.score]),
    );
    expect(results.goals.length).toBeGreaterThan(0);
  });

  it("has no projection once the period has ended", () => {
    const picture = book.period("2026-Q1", SAMPLE_AS_OF);
    const person = picture.people.find((p) => p.composite !== null)!;
    const results = goalResults(picture, person.id);
    expect(results.basis).toBe("final");
    expect(results.projected).toBeNull();
    expect(results.composite).toBe(person.composite);
  });

  it("says so for someone not on the team during the period", () => {
    expect(goalResults(book.period("2026-Q2", SAMPLE_AS_OF), "NOBODY")).toEqual({
      inPeriod: false,
      basis: "projected",
      composite: null,
      projected: null,
      rating: null,
      goals: [],
    });
  });
});
