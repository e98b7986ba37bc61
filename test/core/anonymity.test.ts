import fc from "fast-check";
import {
  effectiveThreshold,
  groupResponses,
  pooled,
  pulseFigure,
  pulseRoundKey,
  suppress,
  type PulseResponse,
  type ResponseGroup,
} from "../../src/core/anonymity";
import { enps, favorable } from "../../src/core/surveys";
import { errorOf } from "./helpers";

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("one group: shown only at or above the threshold", () => {
  it.each<[string, number[], number, unknown]>([
    ["no responses", [], 3, { shown: false, reason: "noResponses", threshold: 3 }],
    ["one below", [9, 10], 3, { shown: false, reason: "belowThreshold", threshold: 3 }],
    ["exactly at", [9, 10, 0], 3, { shown: true, value: 19, count: 3 }],
    ["threshold 0 still needs one answer", [], 0, { shown: false, reason: "noResponses", threshold: 1 }],
    ["threshold 0 with one answer", [4], 0, { shown: true, value: 4, count: 1 }],
    ["a high threshold", [1, 2, 3, 4, 5], 10, { shown: false, reason: "belowThreshold", threshold: 10 }],
  ])("%s", (_name, items, threshold, expected) => {
    expect(suppress(items, threshold, sum)).toEqual(expected);
  });

  it("never computes a hidden group", () => {
    const compute = jest.fn(sum);
    suppress([1, 2], 3, compute);
    expect(compute).not.toHaveBeenCalled();
  });

  it.each([[-1], [1.5], [NaN]])("refuses threshold %p", (threshold) => {
    expect(errorOf(() => effectiveThreshold(threshold))[0]).toMatch(/num|value/);
  });
});

describe("pooled figures use shown groups only", () => {
  it("a team+total view: the total leaves the hidden team out, so no 'rest' can be inferred", () => {
    const teams: ResponseGroup<number>[] = [
      { key: "A", items: [10, 9, 8] },
      { key: "B", items: [0, 1] },
      { key: "C", items: [7, 7, 7, 7] },
    ];
    const each = teams.map((g) => suppress(g.items, 3, sum));
    const total = pooled(teams, 3, sum);
    expect(each.map((r) => r.shown)).toEqual([true, false, true]);
    expect(total).toEqual({ shown: true, value: 27 + 28, count: 7, hiddenGroups: 1 });
    // total − shown teams = nothing left about B.
    const rest = (total.shown ? total.value : 0) - sum(each.map((r) => (r.shown ? r.value : 0)));
    expect(rest).toBe(0);
  });

  it("is hidden when every group is below the threshold, saying why", () => {
    expect(
      pooled(
        [
          { key: "A", items: [1] },
          { key: "B", items: [2, 3] },
        ],
        3,
        sum,
      ),
    ).toEqual({
      shown: false,
      reason: "belowThreshold",
      threshold: 3,
      hiddenGroups: 2,
    });
    expect(pooled([], 3, sum)).toEqual({
      shown: false,
      reason: "noResponses",
      threshold: 3,
      hiddenGroups: 0,
    });
  });

  // The differencing guarantee: whatever the answers of a hidden group, every figure of every view (any union of
  // whole groups: a team, all teams, a period, a quarter minus its months…) is the same. So no subtraction of
  // shown figures can reveal anything about a hidden group.
  it("no view — and so no difference of views — depends on a hidden group's answers", () => {
    const group = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 6, maxLength: 6 }),
        (answers, threshold, views, replacement) => {
          const groups = answers.map((items, i) => ({ key: String(i), items }));
          // The same groups, with every hidden group's answers replaced (same count, other values).
          const altered = groups.map((g) =>
            g.items.length < threshold ? { ...g, items: g.items.map((_, j) => replacement[j]) } : g,
          );
          const figure = (gs: typeof groups, view: boolean[]) =>
            JSON.stringify(
              pooled(
                gs.filter((_, i) => view[i]),
                threshold,
                (xs) => [sum(xs), xs.length],
              ),
            );
          return views.every((view) => figure(groups, view) === figure(altered, view));
        },
      ),
    );
  });

  it("groups by key in order of first appearance", () => {
    const groups = groupResponses(["a1", "b1", "a2"], (s) => s[0]);
    expect(groups).toEqual([
      { key: "a", items: ["a1", "a2"] },
      { key: "b", items: ["b1"] },
    ]);
  });
});

describe("pulse rounds", () => {
  const r = (over: Partial<PulseResponse>): PulseResponse => ({
    date: 46167,
    kind: "enps",
    team: "North",
    question: "Q",
    score: 9,
    ...over,
  });

  it.each<[string, Partial<PulseResponse>, boolean]>([
    ["same round, other spelling of team and question", { team: " north", question: "q " }, true],
    ["a fractional date is the same day", { date: 46167.5 }, true],
    ["another date", { date: 46168 }, false],
    ["another kind", { kind: "satisfaction" }, false],
    ["another team", { team: "South" }, false],
    ["another question", { question: "Other" }, false],
  ])("%s", (_name, over, same) => {
    expect(pulseRoundKey(r(over)) === pulseRoundKey(r({}))).toBe(same);
  });

  it("eNPS and favourability pooled over shown rounds", () => {
    const responses = [
      ...[10, 9, 3].map((score) => r({ score })),
      ...[0, 0].map((score) => r({ score, team: "South" })),
    ];
    const rounds = groupResponses(responses, pulseRoundKey);
    const e = pulseFigure("enps", rounds, 3);
    expect(e).toEqual({ shown: true, value: enps([10, 9, 3]), count: 3, hiddenGroups: 1 });
    const sat = groupResponses(
      [5, 4, 2, 1].map((score) => r({ kind: "satisfaction", score })),
      pulseRoundKey,
    );
    expect(pulseFigure("satisfaction", sat, 3)).toMatchObject({
      shown: true,
      value: favorable([5, 4, 2, 1]),
    });
    expect(pulseFigure("wellbeing", sat, 5)).toMatchObject({ shown: false, reason: "belowThreshold" });
  });
});
