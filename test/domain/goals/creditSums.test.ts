import { creditSums } from "../../../src/domain/goals/scoring";
import type { TableRows } from "../../../src/model";

const deal = (id: string, person: string, credit: number | null): TableRows["Deals"] => ({
  DealID: id,
  CustomerID: "C1",
  ManagerID: person,
  Product: "Loan",
  Amount: 100,
  Stage: "won",
  CloseDate: 46023,
  Credit: credit,
});

describe("creditSums", () => {
  const won = [
    deal("D1", "M1", null),
    deal("D2", "M1", 0.5),
    deal("D2", "M2", 0.5),
    deal("D3", "M1", 0.6),
    deal("D3", "M2", 0.6),
    deal("D4", "M1", 1),
    deal("D5", "M1", 0.7),
    deal("D5", "M2", null),
  ];
  const rows = won.map((_, i) => i + 2);

  it("finds the deals whose shares pass 100%, with their first row, in table order", () => {
    const over = creditSums(won, rows);
    expect(over.map((c) => [c.deal.DealID, c.n, c.deal.ManagerID])).toEqual([
      ["D3", 5, "M1"],
      ["D5", 8, "M1"],
    ]);
    expect(over[0].sum).toBeCloseTo(1.2);
    expect(over[1].sum).toBeCloseTo(1.7);
  });

  it("finds the same when the rows are not in id order (a split deal's rows apart)", () => {
    const order = [5, 3, 0, 6, 1, 4, 7, 2];
    const over = creditSums(
      order.map((i) => won[i]),
      order.map((i) => rows[i]),
    );
    expect(over.map((c) => [c.deal.DealID, c.n])).toEqual([
      ["D3", 5],
      ["D5", 8],
    ]);
  });

  it("finds none when no deal's shares pass 100%", () => {
    expect(creditSums(won.slice(0, 3), rows.slice(0, 3))).toEqual([]);
    expect(creditSums([], [])).toEqual([]);
  });
});
