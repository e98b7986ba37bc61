import { KpiError } from "../../../src/core";
import { flagText } from "../../../src/format";
import { buildPeriod, type PersonReport, type PeriodPicture } from "../../../src/domain/period";
import { BOB_ON_ANN, d, handPeriod, handTeam, Q3_END, Q3_START, row } from "../../report/fixture";

/** The hand team reported for 2026-Q3 as of the last day of the quarter (elapsed = 1: projected = to date). */
function north(tables = handTeam(), asOf = Q3_END): PeriodPicture {
  return handPeriod({ scope: "North", tables, asOf });
}

function person(model: PeriodPicture, id: string): PersonReport {
  const p = model.people.find((x) => x.id === id);
  if (!p) throw new Error(`${id} not in the report`);
  return p;
}

describe("buildPeriod: errors", () => {
  it("refuses a period it cannot read, naming it", () => {
    expect(() =>
      buildPeriod({ tables: handTeam(), period: "2026-Q5", asOf: Q3_END, locale: "en-US" }),
    ).toThrow(KpiError);
    try {
      buildPeriod({ tables: handTeam(), period: "Q3", asOf: Q3_END, locale: "en-US" });
    } catch (e) {
      expect((e as KpiError).key).toBe("err.period.invalid");
      expect((e as KpiError).params).toEqual({ text: "Q3" });
    }
  });

  it("refuses a report date Excel cannot show", () => {
    expect(() => buildPeriod({ tables: handTeam(), period: "2026-Q3", asOf: -5, locale: "en-US" })).toThrow(
      KpiError,
    );
  });
});

describe("buildPeriod: who is in the report", () => {
  it.each([
    ["North", ["ANN", "BOB", "CAT", "DAN", "EVE"]],
    ["north ", ["ANN", "BOB", "CAT", "DAN", "EVE"]],
    ["South", ["GUS"]],
    ["all", ["ANN", "BOB", "CAT", "DAN", "EVE", "GUS"]],
    [null, ["ANN", "BOB", "CAT", "DAN", "EVE", "GUS"]],
  ])("scope %p → %p (Fay left on 2026-06-30, before the quarter)", (scope, ids) => {
    const model = handPeriod({ scope });
    expect(model.people.map((p) => p.id)).toEqual(ids);
  });

  it("describes the period", () => {
    const model = north();
    expect(model.period).toEqual({ text: "2026-Q3", start: Q3_START, end: Q3_END, days: 92, elapsed: 92 });
    expect(model.previousPeriod).toBe("2026-Q2");
    expect(model.scope).toBe("North");
  });
});

describe("buildPeriod: goals and composite", () => {
  const model = north();

  it("derives Ann's sales from credited won deals and her visits from interactions", () => {
    const ann = person(model, "ANN");
    // G9 is cancelled, so two goals. SALES: D1 80,000 × 1 + D2 50,000 × 0.6 = 110,000 (D3 lost, D4 in Q2, D8 open).
    // 110,000 / 100,000 = 1.1 → ratio: min(1.1, cap 1.2) × 100 = 110.
    // VISITS: 8 visits in Q3 (I1–I8; the two calls and the June visit do not count) → 8 / 10 = 0.8 → 80.
    expect(ann.goals.map((g) => [g.goalId, g.actual, g.actualSource, g.attainment, g.score])).toEqual([
      ["G1", 110000, "crm", 1.1, 110.00000000000001],
      ["G2", 8, "crm", 0.8, 80],
    ]);
    // Composite (KPI.WEIGHTED): (0.6 × 110 + 0.4 × 80) / 1 = 66 + 32 = 98.
    expect(ann.composite).toBeCloseTo(98, 10);
    // Q2: D4 30,000 / 100,000 = 0.3, below the 0.5 threshold → 0; change = 98 − 0.
    expect(ann.previousComposite).toBe(0);
    expect(ann.change).toBeCloseTo(98, 10);
  });

  it("credits Bob with his 40% of the split deal", () => {
    const bob = person(model, "BOB");
    // 50,000 × 0.4 = 20,000 against a target of 20,000 → 1 → 100.
    expect(bob.goals.map((g) => [g.actual, g.attainment, g.score])).toEqual([[20000, 1, 100]]);
    expect(bob.composite).toBe(100);
  });

  it("takes Cat's latest manual actual and scores step and lower-is-better rules", () => {
    const cat = person(model, "CAT");
    // QUALITY: actuals 85 (31 Jul) and 93 (14 Aug) → latest 93. Step rule: 100 + 5 points × 3 whole steps = 115.
    // COMPLAINTS (lower): 4 against 5 → attainment 2 − 4/5 = 1.2 → min(1.2, 1.2) × 100 = 120.
    expect(cat.goals.map((g) => [g.goalId, g.actual, g.actualSource, g.score])).toEqual([
      ["G4", 93, "actuals", 115],
      ["G5", 4, "actuals", 120],
    ]);
    expect(cat.goals[1].attainment).toBeCloseTo(1.2, 12);
    // (0.5 × 115 + 0.5 × 120) = 117.5. Q2: QUALITY 100 → 100 + 5 × 10 = 150 → change −32.5.
    expect(cat.composite).toBeCloseTo(117.5, 10);
    expect(cat.previousComposite).toBe(150);
    expect(cat.change).toBeCloseTo(-32.5, 10);
  });

  it("gives Dan, who has no goals, no composite and no goal rows", () => {
    const dan = person(model, "DAN");
    expect(dan.goals).toEqual([]);
    expect(dan.composite).toBeNull();
    expect(dan.rating).toBeNull();
  });

  it("keeps a zero-weight goal out of Eve's composite", () => {
    const eve = person(model, "EVE");
    // SALES: D5 120,000 with a blank credit (= 100%) → 1.2 → 120. COMPLAINTS: 9 vs 5 → 2 − 1.8 = 0.2 → 20, weight 0.
    expect(eve.goals.map((g) => g.score)).toEqual([120, expect.closeTo(20, 10)]);
    expect(eve.composite).toBe(120);
  });

  it("paces goals at the period end: Ann's visits (8 of 10, 20% short) are off track", () => {
    // KPI.PACE with elapsed = total: 110,000 ≥ 100,000 → on track; 8 < 10, lag 0.2 ≥ 0.1 → off track.
    // COMPLAINTS is lower-is-better: not paced.
    expect(person(model, "ANN").goals.map((g) => g.pace)).toEqual([1, 3]);
    expect(person(model, "CAT").goals.map((g) => g.pace)).toEqual([1, null]);
  });

  it("projects running totals mid-period, for the change and the rating", () => {
    // As of 2026-08-15, 46 of 92 days have gone (elapsed 0.5). Ann's sales to date: D1 80,000 + D2 30,000.
    // Visits to date: I1–I5 and I7 = 6. To date: SALES 110,000 → 110; VISITS 6/10 → 60 → composite 90.
    // Projected: SALES 110,000 / 0.5 = 220,000 → 2.2 → capped 120; VISITS 6 / 0.5 = 12 → 1.2 → capped 100 → 112.
    const mid = north(handTeam(), d(8, 15));
    const ann = person(mid, "ANN");
    expect(mid.period.elapsed).toBe(46);
    expect(ann.composite).toBeCloseTo(0.6 * 110 + 0.4 * 60, 10);
    expect(ann.projectedComposite).toBeCloseTo(0.6 * 120 + 0.4 * 100, 10);
    expect(ann.change).toBeCloseTo(112, 10);
    // Pace: sales 110,000 ≥ 50,000 expected → on track; visits 6 ≥ 5 expected → on track.
    expect(ann.goals.map((g) => g.pace)).toEqual([1, 1]);
  });
});

describe("buildPeriod: reviews", () => {
  const model = north();

  it("combines manager and peer reviews, keeps the self-assessment apart, and calibrates across reviewers", () => {
    // Counted reviews (manager/peer, submitted or acknowledged, Period Q3 or a month inside it):
    //   Ann: Boss 4; Bob (peer, no Overall) → equal-weight mean of 4,4,3,3,5,5 = 4.
    //   Bob: Boss 3.  Eve: Boss 5 (acknowledged); Zed 2 (monthly review 2026-08). Cat's only review is a draft.
    // KPI.CALIBRATE "mean": M = (4 + 4 + 3 + 5 + 2) / 5 = 3.6. Boss has three scores, mean 4 → s − 4 + 3.6:
    //   Ann 3.6, Bob 2.6, Eve 4.6. Reviewers "Bob" and "Zed" have one score each → unchanged.
    const ann = person(model, "ANN").review;
    expect(ann.status).toBe("submitted");
    expect(ann.count).toBe(2);
    expect(ann.overall).toBe(4);
    expect(ann.calibrated).toBeCloseTo((3.6 + 4) / 2, 12);
    expect(ann.self).toBe(5);
    expect(ann.dimensions).toEqual(BOB_ON_ANN);
    expect(person(model, "BOB").review.calibrated).toBeCloseTo(2.6, 12);
    const eve = person(model, "EVE").review;
    expect([eve.status, eve.overall]).toEqual(["submitted", 3.5]);
    expect(eve.calibrated).toBeCloseTo((4.6 + 2) / 2, 12);
  });

  it.each([
    ["CAT", "draft"],
    ["DAN", "missing"],
  ])("%s's review is %s", (id, status) => {
    const review = person(model, id).review;
    expect([review.status, review.overall, review.calibrated]).toEqual([status, null, null]);
  });

  it("uses Settings reviewWeights for a review without Overall", () => {
    const tables = handTeam();
    const weighted = {
      ...tables,
      Settings: [
        ...tables.Settings,
        row("Settings", { Key: "reviewWeights", Value: "Teamwork=1, Innovation=1" }),
      ],
    };
    // Bob's peer review of Ann: (5 + 5) / 2 = 5 on Teamwork and Innovation only; Ann overall (4 + 5) / 2 = 4.5.
    expect(person(north(weighted), "ANN").review.overall).toBe(4.5);
  });
});

describe("buildPeriod: rating, distribution and nine-box", () => {
  const model = north();

  it("rates the composite on the Ratings scale", () => {
    // A ≥ 100, B ≥ 80, C ≥ 0: Ann 98 → B; Bob 100 → A; Cat 117.5 → A; Dan none; Eve 120 → A.
    expect(model.people.map((p) => p.rating)).toEqual(["B", "A", "A", null, "A"]);
  });

  it("checks the distribution against the guide and flags it", () => {
    // 4 rated: A 3/4 = 0.75 vs 0.2 (+0.55), B 1/4 vs 0.5 (−0.25), C 0 vs 0.3 (−0.3): all outside ±0.05.
    expect(model.distribution?.map((r) => [r.label, r.count, r.actual, r.within])).toEqual([
      ["A", 3, 0.75, false],
      ["B", 1, 0.25, false],
      ["C", 0, 0, false],
    ]);
    const flag = model.flags.find((f) => f.kind === "distribution");
    expect(flag && flagText(flag, "en-US")).toBe(
      "Rating distribution outside the guide: A (+55%), B (-25%), C (-30%)",
    );
  });

  it("places Ann in the nine-box from her score and potential", () => {
    // Performance 98: cuts (80, 100) → level 2; potential 4: cuts (3, 4) → level 3; box (3 − 1) × 3 + 2 = 8.
    expect(person(model, "ANN").nineBox).toBe(8);
    expect(person(model, "BOB").nineBox).toBeNull(); // no Careers row
  });
});

describe("buildPeriod: bonus", () => {
  const model = north();

  it("pays Ann target × curve × multiplier", () => {
    const b = person(model, "ANN").bonus!;
    // Attainment 98 / 100 = 0.98. Curve PAY (rows listed out of order, sorted): (0.5, 0), (1, 1), (1.2, 1.5):
    // (0.98 − 0.5) / 0.5 = 0.96. Rating B × 1; full quarter × 1. 10,000 × 0.96 = 9,600, below the 12,000 cap.
    expect(b.attainment).toBeCloseTo(0.98, 12);
    expect(b.curveValue).toBeCloseTo(0.96, 12);
    expect([b.multiplier, b.proration, b.cap]).toEqual([1, 1, 12000]);
    expect(b.amount).toBeCloseTo(9600, 8);
  });

  it("prorates Bob, hired on 1 August, by 61 of 92 days", () => {
    const b = person(model, "BOB").bonus!;
    // 8,000 × curve(1.0) = 1 × rating A 1.5 × 61/92 = 12,000 × 61 / 92 = 7,956.52…
    expect([b.coveredDays, b.periodDays]).toEqual([61, 92]);
    expect(b.proration).toBeCloseTo(61 / 92, 12);
    expect(b.amount).toBeCloseTo((12000 * 61) / 92, 8);
  });

  it("prorates Cat, who left on 15 August, and caps her bonus", () => {
    const cat = person(model, "CAT");
    const b = cat.bonus!;
    // Attainment 1.175 → 1 + (0.175 / 0.2) × 0.5 = 1.4375. 12,000 × 1.4375 × A 1.5 × 46/92 = 12,937.5 → cap 12,000.
    expect(b.proration).toBe(0.5);
    expect(b.uncapped).toBeCloseTo(12937.5, 8);
    expect(b.amount).toBe(12000);
    expect(cat.flags.map((f) => f.kind)).toContain("bonusCapped");
  });

  it("pays Eve nothing when the gate fails", () => {
    const eve = person(model, "EVE");
    const b = eve.bonus!;
    // Gate: COMPLAINTS attainment 0.2 < 0.8 → KPI.BONUS gate FALSE → 0 (the curve alone would give 1.5).
    expect(b.gate).toEqual({
      kpi: "COMPLAINTS",
      kpiName: "Complaints",
      goalId: "G7",
      min: 0.8,
      attainment: expect.closeTo(0.2, 12),
      passed: false,
    });
    expect(b.curveValue).toBe(1.5);
    expect(b.amount).toBe(0);
    expect(
      flagText(
        eve.flags.find((f) => f.kind === "gateFailed")!,
        "en-US",
      ),
    ).toBe("Bonus gate not met: Complaints at 20%, needs 80%");
  });

  it("cannot compute Dan's bonus without a score, and says so", () => {
    const dan = person(model, "DAN");
    expect(dan.bonus?.amount).toBeNull();
    expect(dan.bonus?.error?.key).toBe("report.payout.noComposite");
    const flag = dan.flags.find((f) => f.kind === "payoutNotComputed")!;
    expect(flagText(flag, "en-US")).toBe(
      "Bonus under plan “Bonus” not computed: no score (no goal with an actual)",
    );
  });

  it("flags a recorded payout above the plan's cap", () => {
    // Payouts PO1: 13,000 + 500 adjustment = 13,500 > cap 12,000.
    const flag = person(model, "ANN").flags.find((f) => f.kind === "payoutAboveCap")!;
    expect(flagText(flag, "en-US")).toBe(
      "The payout recorded under plan “Bonus” (Payouts row 1), 13,500, is above the plan's cap of 12,000",
    );
  });
});

describe("buildPeriod: commission", () => {
  const model = north();

  it("pays Ann marginal tiers on her credited deals, tier by tier", () => {
    const c = person(model, "ANN").commission!;
    // Credited 110,000: 100,000 × 2% = 2,000, then 10,000 × 5% = 500 → 2,500.
    expect([c.credited, c.deals, c.method]).toEqual([110000, 2, "marginal"]);
    expect(c.amount).toBeCloseTo(2500, 8);
    expect(c.lines.map((l) => [l.kind, l.from, l.to, l.amount, l.rate])).toEqual([
      ["tier", 0, 100000, 100000, 0.02],
      ["tier", 100000, null, 10000, 0.05],
      ["total", null, null, 110000, null],
    ]);
    expect(c.lines[2].commission).toBeCloseTo(2500, 8);
  });

  it("pays Bob on his 40% share only", () => {
    // 20,000 × 2% = 400.
    expect(person(model, "BOB").commission?.amount).toBeCloseTo(400, 8);
  });
});

describe("buildPeriod: work plan, customers, development", () => {
  const ann = person(north(), "ANN");

  it("counts Ann's tasks due in the quarter", () => {
    // T1 done, T2 due 10 Sep not done (overdue on 30 Sep), T3 due on the report date (not overdue);
    // T4 cancelled and T5 due in October are left out.
    expect(ann.work).toEqual({ due: 3, done: 1, overdue: 1, completion: 1 / 3 });
  });

  it("finds Ann's neglected key customer and her new customer", () => {
    // C1 last contact 1 Aug: 60 days before 30 Sep ≥ 30 → neglected (key). C2 10 days, C3 5 days. C4 is dormant.
    expect(ann.customers.neglected).toEqual([
      { id: "C1", name: "Alpha Co", key: true, lastContact: d(8, 1) },
    ]);
    // Interactions in Q3: 8 visits + 2 calls; C3 became a customer on 10 Jul; deals: D1, D2 won, D3 lost.
    expect(ann.customers).toMatchObject({
      owned: 3,
      interactions: 10,
      visits: 8,
      newCustomers: 1,
      won: 2,
      lost: 1,
    });
    expect(ann.customers.winRate).toBeCloseTo(2 / 3, 12);
    const flag = ann.flags.find((f) => f.kind === "neglectedCustomers")!;
    expect(flagText(flag, "en-US")).toBe("1 key customer without contact for 30 days or more: Alpha Co");
  });

  it("adds up Ann's training and open one-on-one actions", () => {
    // Training 6 + 4 hours in Q3 (May is outside). One-on-ones: 1 Sep (due 15 Oct, open); 1 Jul (due 15 Jul,
    // passed); 5 Sep (no actions). The team meeting does not count.
    expect(ann.development).toEqual({
      trainingHours: 10,
      readiness: "1y",
      nextLevel: "Senior",
      openActions: 1,
    });
  });
});

describe("buildPeriod: pulse", () => {
  it("computes eNPS and favourability for the scope's team", () => {
    // North, Q3: eNPS answers 10, 9, 7, 3 → (2 − 1) / 4 × 100 = 25; satisfaction 5, 4, 2 → 2/3 favourable.
    expect(north().pulse).toEqual({
      minResponses: 3,
      enps: 25,
      enpsHidden: false,
      favorable: 2 / 3,
      favorableHidden: false,
    });
  });

  it("hides a figure entirely below the anonymity threshold", () => {
    // South has two eNPS answers, below anonymityMin 3: hidden, not shown in part; no satisfaction answers.
    const south = handPeriod({ scope: "South" });
    expect(south.pulse).toEqual({
      minResponses: 3,
      enps: null,
      enpsHidden: true,
      favorable: null,
      favorableHidden: false,
    });
    expect(south.figures.enps).toBeNull();
  });

  it("flags a low pulse", () => {
    const tables = handTeam();
    const gloomy = {
      ...tables,
      Surveys: [0, 1, 2, 9].map((Score) =>
        row("Surveys", { Date: d(8, 2), Kind: "enps", Team: "North", Score }),
      ),
    };
    // (1 promoter − 3 detractors) / 4 × 100 = −50 < 0.
    const flag = north(gloomy).flags.find((f) => f.kind === "lowPulse")!;
    expect(flagText(flag, "en-US")).toBe("Low team pulse: eNPS -50, favourable —");
  });
});

describe("buildPeriod: key figures and flags", () => {
  const model = north();

  it("adds up the key figures", () => {
    // Average of 98, 100, 117.5, 120 = 108.875. Bonus 9,600 + 7,956.52… + 12,000 + 0 (Eve) = 29,556.52…
    // Commission 2,500 + 400. Goals met: G1, G3, G4, G5, G6 = 5 of 7. Tasks 1 of 3.
    expect(model.figures).toEqual({
      people: 5,
      averageComposite: expect.closeTo(108.875, 10),
      totalBonus: expect.closeTo(9600 + (12000 * 61) / 92 + 12000, 8),
      totalCommission: expect.closeTo(2900, 8),
      heldPayouts: 0,
      // The period is over: the projections are the final figures.
      projectedBonus: expect.closeTo(9600 + (12000 * 61) / 92 + 12000, 8),
      projectedCommission: expect.closeTo(2900, 8),
      goalsMet: 5,
      goalsTotal: 7,
      taskCompletion: 1 / 3,
      enps: 25,
    });
    expect(model.teams).toEqual([
      {
        team: "North",
        people: 5,
        bonus: expect.closeTo(29556.52173913, 6),
        commission: expect.closeTo(2900, 8),
        held: 0,
        averageScore: expect.closeTo(108.875, 10),
        attainment: 5 / 7,
      },
    ]);
  });

  it("lists flags by severity, team-wide first, then by person", () => {
    expect(model.flags.map((f) => [f.severity, f.person?.id ?? null, f.kind])).toEqual([
      ["high", "ANN", "payoutAboveCap"],
      ["high", "ANN", "goalOffTrack"],
      ["high", "CAT", "scoreDown"],
      ["medium", null, "distribution"],
      ["medium", "ANN", "overdueTasks"],
      ["medium", "ANN", "neglectedCustomers"],
      ["medium", "DAN", "noGoals"],
      ["medium", "DAN", "reviewMissing"],
      ["medium", "DAN", "payoutNotComputed"],
      ["low", "CAT", "reviewDraft"],
      ["low", "CAT", "bonusCapped"],
      ["low", "EVE", "gateFailed"],
    ]);
  });

  it("gives an off-track goal's flag its KPI's unit and figures, for the money format where it is shown", () => {
    const flag = model.flags.find((f) => f.kind === "goalOffTrack" && f.person?.id === "ANN");
    expect(flag?.reason.params).toMatchObject({ unit: "", actualValue: 8, targetValue: 10 });
    expect(flag?.reason.params?.expectedValue).toBeCloseTo(10, 6);
  });

  it.each([
    [
      "goalOffTrack",
      "ANN",
      "Visits is off track: 8 against 10 expected by now (target 10)",
      "Visits 进度落后：实际 8，按时间应达 10（目标 10）",
    ],
    [
      "scoreDown",
      "CAT",
      "Score heading 32.5 points lower: 117.5 projected against 150 last period",
      "综合得分预计下降 32.5 分：本期预计 117.5，上期 150",
    ],
    ["reviewMissing", "DAN", "No submitted review for 2026-Q3", "2026-Q3 没有已提交的评估"],
    ["overdueTasks", "ANN", "1 overdue task due this period", "本期到期任务中有 1 项逾期"],
  ])("explains %s for %s in both languages", (kind, id, en, zh) => {
    const flag = model.flags.find((f) => f.kind === kind && f.person?.id === id)!;
    expect([flagText(flag, "en-US"), flagText(flag, "zh-CN")]).toEqual([en, zh]);
  });
});

describe("buildPeriod: an off-track goal's figure expected by now", () => {
  it("is rounded as its target and actual are written (7 visits, not 6.85)", () => {
    // On 2026-09-01, 63 of Q3's 92 days have passed: 10 visits × 63/92 = 6.85 by now; Ann has logged 6.
    const model = north(handTeam(), d(9, 1));
    const flag = model.flags.find((f) => f.kind === "goalOffTrack" && f.person?.id === "ANN")!;
    expect([flagText(flag, "en-US"), flagText(flag, "zh-CN")]).toEqual([
      "Visits is off track: 6 against 7 expected by now (target 10)",
      "Visits 进度落后：实际 6，按时间应达 7（目标 10）",
    ]);
  });
});

describe("buildPeriod: bad data becomes flags, never a crash", () => {
  it("names table, row and column for Gus's bad rows when his team is in the report", () => {
    const all = handPeriod();
    const gus = person(all, "GUS");
    const data = gus.flags.filter((f) => f.kind === "data").map((f) => flagText(f, "en-US"));
    expect(data).toEqual([
      // Neither a product nor a customer, no description nor a known KPI: the id is all that names them.
      "Deals, row 9, column Amount: the won deal “D7” has no amount; it is left out",
      'Goals, row 9, column KPI: the goal “G8” uses KPI "FOO", which is not in the KPI library; it is not scored',
    ]);
    expect(
      flagText(
        gus.flags.find((f) => f.kind === "data")!,
        "zh-CN",
      ),
    ).toBe("商机成交 第 9 行“金额”列：成交商机“D7”没有金额，未计入");
    expect(gus.goals[0].score).toBeNull();
  });

  it("leaves rows of people outside the scope out of the flags", () => {
    expect(north().flags.filter((f) => f.kind === "data")).toEqual([]);
  });

  it.each([
    [
      "a curve the plan names but Curves lacks",
      (t: ReturnType<typeof handTeam>) => ({ ...t, Curves: t.Curves.filter((c) => c.Curve !== "PAY") }),
      'Plans, row 2, column Curve: curve or tier table "PAY" is not in the Curves table',
    ],
    [
      "a deal credited more than 100%",
      (t: ReturnType<typeof handTeam>) => ({
        ...t,
        Deals: t.Deals.map((x) => (x.DealID === "D2" ? { ...x, Credit: 0.7 } : x)),
      }),
      "Deals, row 3, column Credit: the credit shares of the deal “D2” add up to 140%, more than 100%",
    ],
    [
      "a curve with a repeated point (its Curve + Point id is used twice; rows count from the header, row 1)",
      (t: ReturnType<typeof handTeam>) => ({
        ...t,
        Curves: [...t.Curves, row("Curves", { Curve: "PAY", Point: 1, Value: 2 })],
      }),
      "Curves, row 7: the id PAY / 1 (Curve / Point) is already used on row 2; this later row is left out of every figure until one of the two is changed",
    ],
    [
      "an unreadable setting",
      (t: ReturnType<typeof handTeam>) => ({
        ...t,
        Settings: [row("Settings", { Key: "anonymityMin", Value: "many" })],
      }),
      'Settings, row 2, column Value: setting anonymityMin has a value that cannot be read ("many"); the default is used',
    ],
    [
      "guide shares that do not add up",
      (t: ReturnType<typeof handTeam>) => ({
        ...t,
        Ratings: t.Ratings.map((r) => ({ ...r, GuideShare: 0.5 })),
      }),
      "Ratings: guide: shares add up to 150%, not 100%",
    ],
  ])("reports %s", (_what, change, text) => {
    const model = north(change(handTeam()));
    expect(model.flags.filter((f) => f.kind === "data").map((f) => flagText(f, "en-US"))).toContain(text);
  });

  it.each([
    [
      "a closed deal without a close date, by its product and customer",
      (t: ReturnType<typeof handTeam>) => ({
        ...t,
        Deals: t.Deals.map((x) =>
          x.DealID === "D1" ? { ...x, Product: "Loan", CustomerID: "C1", CloseDate: null } : x,
        ),
      }),
      "D1",
      "the deal “Loan · Alpha Co” is closed but has no close date; it is left out",
      "商机“Loan · Alpha Co”已结束但没有成交日期，未计入",
    ],
    [
      "a won deal without an amount, by its customer alone when it has no product",
      (t: ReturnType<typeof handTeam>) => ({
        ...t,
        Deals: t.Deals.map((x) => (x.DealID === "D1" ? { ...x, CustomerID: "C1", Amount: null } : x)),
      }),
      "D1",
      "the won deal “Alpha Co” has no amount; it is left out",
      "成交商机“Alpha Co”没有金额，未计入",
    ],
    [
      "a deal credited more than 100%",
      (t: ReturnType<typeof handTeam>) => ({
        ...t,
        Deals: t.Deals.map((x) =>
          x.DealID === "D2" ? { ...x, Product: "Bond", CustomerID: "C2", Credit: 0.7 } : x,
        ),
      }),
      "D2",
      "the credit shares of the deal “Bond · Beta Co” add up to 140%, more than 100%",
      "商机“Bond · Beta Co”的业绩分成合计 140%，超过 100%",
    ],
    [
      "a KPI's scoring rule without its parameter, by the KPI's name",
      (t: ReturnType<typeof handTeam>) => ({
        ...t,
        KPIs: t.KPIs.map((k) => (k.KPI === "SALES" ? { ...k, Scoring: "step" as const, Step: null } : k)),
      }),
      "SALES",
      'the KPI “Sales” is scored by "step" but this parameter is missing or invalid; its goals are not scored',
      "指标“Sales”采用“step”计分，但此参数缺失或无效，相关目标未计分",
    ],
    [
      "a goal without a weight, by its description",
      (t: ReturnType<typeof handTeam>) => ({
        ...t,
        Goals: t.Goals.map((g) =>
          g.GoalID === "G1" ? { ...g, Weight: null, Description: "Sales: reach 100,000" } : g,
        ),
      }),
      "G1",
      "the goal “Sales: reach 100,000” has no weight; it counts as 0",
      "目标“Sales: reach 100,000”没有权重，按 0 计",
    ],
    [
      "a goal without a target, by its KPI's name when it has no description",
      (t: ReturnType<typeof handTeam>) => ({
        ...t,
        Goals: t.Goals.map((g) => (g.GoalID === "G2" ? { ...g, Target: null, Description: null } : g)),
      }),
      "G2",
      "the goal “Visits” has no target; it is not scored",
      "目标“Visits”没有目标值，未计分",
    ],
    [
      "a goal on a KPI not in the library (the KPI's code is all it has)",
      (t: ReturnType<typeof handTeam>) => ({
        ...t,
        Goals: t.Goals.map((g) => (g.GoalID === "G2" ? { ...g, KPI: "CALLS", Description: "Call 20" } : g)),
      }),
      "G2",
      'the goal “Call 20” uses KPI "CALLS", which is not in the KPI library; it is not scored',
      "目标“Call 20”使用的指标“CALLS”不在指标库中，未计分",
    ],
    [
      "a plan without its curve, and the bonus it leaves uncomputed, by the plan's name",
      (t: ReturnType<typeof handTeam>) => ({
        ...t,
        Plans: t.Plans.map((x) => (x.PlanID === "BON" ? { ...x, Curve: null } : x)),
      }),
      "BON",
      "the plan “Bonus” needs this parameter",
      "方案“Bonus”缺少此参数",
    ],
  ])("names %s, not its id, in both languages", (_what, change, id, en, zh) => {
    const model = north(change(handTeam()));
    const flags = model.flags.filter((f) => f.kind === "data" || f.kind === "payoutNotComputed");
    const texts = (locale: "en-US" | "zh-CN") => flags.map((f) => flagText(f, locale));
    expect(texts("en-US").filter((x) => x.endsWith(`: ${en}`))).toHaveLength(1);
    expect(texts("zh-CN").filter((x) => x.endsWith(`：${zh}`))).toHaveLength(1);
    for (const locale of ["en-US", "zh-CN"] as const)
      expect(texts(locale).filter((x) => new RegExp(`\\b${id}\\b`).test(x))).toEqual([]);
  });

  it("names the plan of a bonus it could not compute, and of a recorded payout above the cap", () => {
    const tables = handTeam();
    const model = north({
      ...tables,
      Plans: tables.Plans.map((x) => (x.PlanID === "BON" ? { ...x, Curve: null } : x)),
    });
    const flag = model.flags.find((f) => f.kind === "payoutNotComputed")!;
    expect([flagText(flag, "en-US"), flagText(flag, "zh-CN")]).toEqual([
      "Bonus under plan “Bonus” not computed: the plan “Bonus” is incomplete (see the data problems)",
      "方案“Bonus”的奖金无法计算：方案“Bonus”不完整（见数据问题）",
    ]);
  });

  it("survives a workbook with nothing but a manager", () => {
    const empty = Object.fromEntries(
      Object.entries(handTeam()).map(([k]) => [k, []]),
    ) as unknown as ReturnType<typeof handTeam>;
    const model = buildPeriod({
      tables: { ...empty, Managers: [row("Managers", { ManagerID: "M1", Name: "Solo" })] },
      period: "2026-Q3",
      asOf: Q3_END,
      locale: "zh-CN",
    });
    expect(model.people.map((p) => [p.id, p.composite, p.bonus, p.commission, p.review.status])).toEqual([
      ["M1", null, null, null, "missing"],
    ]);
    expect(model.distribution).toBeNull();
    expect(model.figures).toMatchObject({
      people: 1,
      averageComposite: null,
      totalBonus: 0,
      taskCompletion: null,
      enps: null,
    });
  });
});
