import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { KpiError } from "../../src/core/errors";
import { t, type Locale, type MessageKey, type MessageParams } from "../../src/i18n";
import type { SeedRows } from "../../src/workbook/port";
import { ROSTER_ROW_PX } from "../../src/taskpane/screens/team/TeamScreen";
import { FALLBACK_VIEWPORT_PX, OVERSCAN_ROWS } from "../../src/taskpane/components/WindowedList";
import { actual, goal, kpi, seededWorkbook } from "../fixtures/rows";
import { itemWith, renderPane, row, TODAY } from "./render";
import { handTeam } from "../report/fixture";
// The person page is a lazy chunk in the pane; loaded here up front so that compiling it is not timed by a test.
import "../../src/taskpane/screens/team/PersonPage";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t("en-US", key, params);

/** Three people in two teams, one KPI, and goals, actuals and tasks for 2026-Q3 (TODAY is 2026-08-15). */
const TEAM: SeedRows = {
  Managers: [
    row("Managers", { ManagerID: "M1", Name: "Ada Lin", Team: "North", Level: "Senior", Status: "Active" }),
    row("Managers", { ManagerID: "M2", Name: "Bo Chen", Team: "South", Level: "Junior", Status: "Active" }),
    row("Managers", { ManagerID: "M3", Name: "Cai Wu", Team: "North", Level: "Lead", Status: "On leave" }),
  ],
  KPIs: [kpi("REV", "Revenue")],
  Goals: [goal("G1", "M1", "REV", 100), goal("G2", "M2", "REV", 200)],
  Actuals: [actual("M1", "2026-Q3", "REV", 80, TODAY), actual("M2", "2026-Q3", "REV", 150, TODAY)],
  Tasks: [
    // Ada: one overdue (due before today, not done), one done, one not yet due, one from last quarter (not counted).
    row("Tasks", { TaskID: "T1", ManagerID: "M1", Title: "Call A", Due: TODAY - 5, Status: "todo" }),
    row("Tasks", {
      TaskID: "T2",
      ManagerID: "M1",
      Title: "Call B",
      Due: TODAY - 3,
      Status: "done",
      DoneOn: TODAY - 4,
    }),
    row("Tasks", { TaskID: "T3", ManagerID: "M1", Title: "Call C", Due: TODAY + 5, Status: "todo" }),
    row("Tasks", { TaskID: "T4", ManagerID: "M1", Title: "Call D", Due: TODAY - 60, Status: "todo" }),
    // Bo: two overdue.
    row("Tasks", { TaskID: "T5", ManagerID: "M2", Title: "Visit E", Due: TODAY - 1, Status: "doing" }),
    row("Tasks", { TaskID: "T6", ManagerID: "M2", Title: "Visit F", Due: TODAY - 2, Status: "todo" }),
  ],
};

async function paneWith(seed: SeedRows, locale: Locale = "en-US") {
  const port = await seededWorkbook(seed);
  renderPane(port, { locale });
  const roster = await screen.findByRole("list", { name: t(locale, "tp.team.roster") });
  await waitFor(() => expect(within(roster).queryAllByRole("listitem").length).toBeGreaterThan(0));
  return { port, roster };
}

/** The roster's item of a person, by name. */
const person = itemWith;

describe("Team screen", () => {
  it("lists every data problem the report lists: a copied goal and a copied payout, by sheet, Excel row and column", async () => {
    const goals = TEAM.Goals ?? [];
    const payout = (id: string) =>
      row("Payouts", {
        PayoutID: id,
        ManagerID: "M1",
        Period: "2026-Q3",
        PlanID: "BON",
        Amount: 100,
        Status: "draft",
      });
    const port = await seededWorkbook({
      ...TEAM,
      Goals: [...goals, { ...goals[0], GoalID: "G9" }],
      Payouts: [payout("P1"), payout("P2")],
    });
    // The user copies rows in the sheet, ids included (the port itself refuses a duplicate id).
    port.editCell("Goals", "G9", "GoalID", "G1");
    port.editCell("Payouts", "P2", "PayoutID", "P1");
    renderPane(port);
    const roster = await screen.findByRole("list", { name: en("tp.team.roster") });

    const bar = await screen.findByRole("list", { name: en("tp.dataProblems.title", { count: 2 }) });
    const lines = within(bar)
      .getAllByRole("listitem")
      .map((item) => item.textContent ?? "");
    // Goals: G1 at Excel row 2 (header is row 1), copied at row 4; Payouts: P1 at rows 2 and 3.
    expect(lines).toHaveLength(2);
    expect(lines.some((line) => line.includes("Goals") && line.includes("4") && line.includes("2"))).toBe(
      true,
    );
    expect(lines.some((line) => line.includes("Payouts") && line.includes("3") && line.includes("2"))).toBe(
      true,
    );
    // The copied goal is not counted twice: Ada's score stays 80.
    expect(person(roster, "Ada Lin")).toHaveTextContent(en("tp.team.score", { score: 80 }));
  });

  it("shows no data-problems bar when the tables are clean", async () => {
    await paneWith(TEAM);
    expect(screen.queryByText(en("tp.dataProblems.intro"))).not.toBeInTheDocument();
  });

  it("lists every person with team, level, status, composite score and overdue tasks of the current quarter", async () => {
    const { roster } = await paneWith(TEAM);

    expect(within(roster).getAllByRole("listitem")).toHaveLength(3);
    expect(screen.getByText(en("tp.team.count", { count: 3 }))).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: en("tp.team.periodLabel") })).toHaveValue("2026-Q3");

    const ada = person(roster, "Ada Lin");
    // The level on a line of its own (cut at 320 px when it shared the team's line), team · status below.
    expect(within(ada).getByText("Senior")).toBeInTheDocument();
    expect(within(ada).getByText("North · Active")).toBeInTheDocument();
    expect(ada).toHaveTextContent(en("tp.team.score", { score: 80 }));
    expect(ada).toHaveTextContent(en("tp.team.overdue", { count: 1 }));

    const bo = person(roster, "Bo Chen");
    expect(bo).toHaveTextContent(en("tp.team.score", { score: 75 }));
    expect(bo).toHaveTextContent(en("tp.team.overdue", { count: 2 }));

    const cai = person(roster, "Cai Wu");
    expect(within(cai).getByText("Lead")).toBeInTheDocument();
    expect(within(cai).getByText("North · On leave")).toBeInTheDocument();
    expect(cai).toHaveTextContent(en("tp.team.noScore"));
    expect(cai).toHaveTextContent(en("tp.team.noneOverdue"));
  });

  it("filters by team, and back to everyone", async () => {
    const user = userEvent.setup();
    const { roster } = await paneWith(TEAM);
    const filter = screen.getByRole("combobox", { name: en("tp.team.filter") });
    expect(
      within(filter)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([en("tp.team.allTeams"), "North", "South"]);

    await user.selectOptions(filter, "North");
    expect(
      within(roster)
        .getAllByRole("listitem")
        .map((i) => i.textContent?.includes("North")),
    ).toEqual([true, true]);
    expect(screen.getByText(en("tp.team.count", { count: 2 }))).toBeInTheDocument();

    await user.selectOptions(filter, "South");
    expect(within(roster).getAllByRole("listitem")).toHaveLength(1);
    expect(within(roster).getByRole("listitem")).toHaveTextContent("Bo Chen");

    await user.selectOptions(filter, en("tp.team.allTeams"));
    expect(within(roster).getAllByRole("listitem")).toHaveLength(3);
  });

  it("scores another period when it is chosen: last quarter has no goals", async () => {
    const user = userEvent.setup();
    const { roster } = await paneWith(TEAM);

    await user.selectOptions(screen.getByRole("combobox", { name: en("tp.team.periodLabel") }), "2026-Q2");

    await waitFor(() => expect(person(roster, "Ada Lin")).toHaveTextContent(en("tp.team.noScore")));
    // T4 (due in Q2, still open) is overdue in Q2.
    expect(person(roster, "Ada Lin")).toHaveTextContent(en("tp.team.overdue", { count: 1 }));
  });

  it("searches by name or id, sorts by score, and keeps both across a person's page", async () => {
    const user = userEvent.setup();
    const { roster } = await paneWith(TEAM);
    const search = screen.getByRole("searchbox", { name: en("cockpit.search") });
    await user.type(search, "m2");
    expect(
      within(roster)
        .getAllByRole("listitem")
        .map((i) => i.textContent?.includes("Bo Chen")),
    ).toEqual([true]);
    await user.clear(search);
    await user.type(search, "nobody");
    expect(screen.getByText(en("cockpit.noMatch", { query: "nobody" }))).toBeInTheDocument();
    await user.clear(search);

    await user.selectOptions(screen.getByRole("combobox", { name: en("cockpit.sort") }), "score");
    const order = () =>
      within(screen.getByRole("list", { name: en("tp.team.roster") }))
        .getAllByRole("listitem")
        .map((i) => ["Ada Lin", "Bo Chen", "Cai Wu"].find((n) => i.textContent?.startsWith(n)));
    // Ada 80, Bo 75, Cai without a score last.
    expect(order()).toEqual(["Ada Lin", "Bo Chen", "Cai Wu"]);

    // The list is a new one since "nobody" emptied it.
    const list = screen.getByRole("list", { name: en("tp.team.roster") });
    await user.click(within(list).getByRole("button", { name: en("cockpit.open", { name: "Bo Chen" }) }));
    // The page is its own chunk: loaded on first use.
    const page = await screen.findByRole(
      "region",
      { name: en("person.page", { name: "Bo Chen" }) },
      { timeout: 20_000 },
    );
    expect(within(page).getByRole("heading", { name: "Bo Chen" })).toBeInTheDocument();
    // Weight × score = points: 100% × 75 = 75.
    expect(
      within(page).getByText(en("person.score.part", { weight: "100%", score: "75", points: "75" })),
    ).toBeInTheDocument();
    // The work plan: both of Bo's tasks are overdue.
    expect(within(page).getAllByText(en("person.task.overdue"))).toHaveLength(2);
    // No plan: the statement says so rather than showing a bare 0.
    expect(within(page).getByText(en("report.stmt.noPlan"))).toBeInTheDocument();
    expect(page).not.toHaveTextContent("M2");

    await user.click(screen.getByRole("button", { name: en("person.back") }));
    await screen.findByRole("list", { name: en("tp.team.roster") }, { timeout: 20_000 });
    expect(screen.getByRole("combobox", { name: en("cockpit.sort") })).toHaveValue("score");
    expect(order()[0]).toBe("Ada Lin");
    expect(document.activeElement).toHaveAccessibleName(en("cockpit.open", { name: "Bo Chen" }));
  });

  it("opens a person's page with Enter on their row", async () => {
    const user = userEvent.setup();
    const { roster } = await paneWith(TEAM);
    within(roster)
      .getByRole("button", { name: en("cockpit.open", { name: "Ada Lin" }) })
      .focus();
    await user.keyboard("{Enter}");
    expect(
      await screen.findByRole("region", { name: en("person.page", { name: "Ada Lin" }) }),
    ).toBeInTheDocument();
  });

  it("renders only the rows in view for 2,000 people, and the rows further down after scrolling", async () => {
    const people = Array.from({ length: 2000 }, (_, i) =>
      row("Managers", { ManagerID: `M${i + 1}`, Name: `Person ${i + 1}`, Team: i % 2 ? "North" : "South" }),
    );
    const { roster } = await paneWith({ Managers: people });
    const window = Math.ceil(FALLBACK_VIEWPORT_PX / ROSTER_ROW_PX) + OVERSCAN_ROWS;

    const items = within(roster).getAllByRole("listitem");
    expect(items.length).toBeLessThanOrEqual(window);
    expect(items[0]).toHaveAttribute("aria-setsize", "2000");
    expect(items[0]).toHaveTextContent("Person 1");
    expect(within(roster).queryByText("Person 1500")).not.toBeInTheDocument();

    roster.scrollTop = 1499 * ROSTER_ROW_PX;
    fireEvent.scroll(roster);

    expect(await within(roster).findByText("Person 1500")).toBeInTheDocument();
    expect(within(roster).queryByText("Person 1", { exact: true })).not.toBeInTheDocument();
    expect(within(roster).getAllByRole("listitem").length).toBeLessThanOrEqual(window + OVERSCAN_ROWS);
  });

  it.each(["en-US", "zh-CN"] as const)(
    "keeps the needs-attention line's place while the whole book is read, so the roster does not move (%s)",
    async (locale) => {
      const port = await seededWorkbook(TEAM);
      const readTables = port.readTables.bind(port);
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      jest.spyOn(port, "readTables").mockImplementation(async (keys) => {
        // The whole book (every read but the roster's first part) waits for the test.
        if (!keys.includes("Managers")) await held;
        return readTables(keys);
      });
      renderPane(port, { locale });
      const roster = await screen.findByRole("list", { name: t(locale, "tp.team.roster") });
      await waitFor(() => expect(within(roster).queryAllByRole("listitem").length).toBeGreaterThan(0));
      // The first rows are in; the count is not known yet: the line is there, said to be counting.
      const counting = screen.getByRole("button", { name: t(locale, "cockpit.attention.counting") });
      expect(counting).toBeDisabled();
      const slot = (element: HTMLElement) =>
        [...roster.parentElement!.children].findIndex((child) => child.contains(element));
      const before = slot(counting);
      expect(before).toBeLessThan(slot(roster));
      release();
      // Ada and Bo have overdue tasks, so something needs attention; the count takes the same place.
      const line = await screen.findByRole("button", {
        name: new RegExp(`^${t(locale, "cockpit.attention", { count: 0 }).replace(/0$/, "")}\\d+$`),
      });
      expect(screen.queryByText(t(locale, "cockpit.attention.counting"))).toBeNull();
      expect(slot(line)).toBe(before);
      expect(slot(screen.getByRole("list", { name: t(locale, "tp.team.roster") }))).toBe(slot(roster));
    },
  );

  it("names a bonus gate's KPI on the person's pay statement by its library name, not its code", async () => {
    const user = userEvent.setup();
    // The report's hand-built team, whose Eve has a bonus gated on Complaints; the rows are copied as the seed's.
    const seed = Object.fromEntries(
      Object.entries(handTeam()).map(([k, rows]) => [k, [...rows]]),
    ) as SeedRows;
    const { roster } = await paneWith(seed);
    await user.click(within(roster).getByRole("button", { name: en("cockpit.open", { name: "Eve" }) }));
    const page = await screen.findByRole("region", { name: en("person.page", { name: "Eve" }) });
    const pay = await within(page).findByText(en("person.pay.bonus", { name: "Gated bonus" }));
    const lines = pay.parentElement as HTMLElement;
    expect(within(lines).getByText(/^Complaints attainment .* must be at least 80/)).toBeInTheDocument();
    expect(within(lines).queryByText(/COMPLAINTS/)).not.toBeInTheDocument();
  });

  it("names a KPI-based bonus's basis KPI by its name and the plan's curve in words, in both languages", async () => {
    const user = userEvent.setup();
    // Eve's gated bonus paid on her Sales goal's attainment instead of her score.
    const tables = handTeam();
    const seed = Object.fromEntries(
      Object.entries({
        ...tables,
        Plans: tables.Plans.map((r) =>
          r.PlanID === "BONG" ? { ...r, Basis: "kpi" as const, BasisKPI: "SALES" } : r,
        ),
      }).map(([k, rows]) => [k, [...rows]]),
    ) as SeedRows;
    for (const locale of ["en-US", "zh-CN"] as const) {
      const tr = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
      const { roster } = await paneWith(seed, locale);
      await user.click(within(roster).getByRole("button", { name: tr("cockpit.open", { name: "Eve" }) }));
      const page = await screen.findByRole("region", { name: tr("person.page", { name: "Eve" }) });
      const pay = await within(page).findByText(tr("person.pay.bonus", { name: "Gated bonus" }));
      const lines = pay.parentElement as HTMLElement;
      expect(within(lines).getByText(tr("report.stmt.basis.kpi", { kpi: "Sales" }))).toBeInTheDocument();
      expect(within(lines).getByText(tr("report.stmt.bonus.planCurve"))).toBeInTheDocument();
      expect(lines).not.toHaveTextContent(/SALES|PAY\b|BONG/);
      cleanup();
    }
  });

  it("says where a goal's actual comes from in words, not the KPI's Source code, in both languages", async () => {
    const user = userEvent.setup();
    // The hand team's Ann has a Visits goal counted from Interactions (Source "interactions.visits").
    const seed = Object.fromEntries(
      Object.entries(handTeam()).map(([k, rows]) => [k, [...rows]]),
    ) as SeedRows;
    for (const locale of ["en-US", "zh-CN"] as const) {
      const tr = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
      const { roster } = await paneWith(seed, locale);
      await user.click(within(roster).getByRole("button", { name: tr("cockpit.open", { name: "Ann" }) }));
      const page = await screen.findByRole("region", { name: tr("person.page", { name: "Ann" }) });
      const goals = await within(page).findByRole("region", { name: tr("person.goals.title") });
      const visits = locale === "en-US" ? "Visits" : "拜访次数";
      expect(goals).toHaveTextContent(tr("person.source.crm", { source: visits }));
      expect(goals).not.toHaveTextContent(/interactions\.visits|deals\.amount/);
      cleanup();
    }
  });

  it.each(["en-US", "zh-CN"] as const)(
    "writes a money goal as money, a change with its sign, and the top of the ladder in words (%s)",
    async (locale) => {
      const user = userEvent.setup();
      const tr = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
      const review = (ReviewID: string, Period: string, Date: number, scores: [number, number, number]) =>
        row("Reviews", {
          ReviewID,
          ManagerID: "M1",
          Period,
          Cycle: "quarter",
          Role: "manager",
          Workload: scores[0],
          Quality: scores[1],
          Satisfaction: scores[2],
          Status: "submitted",
          Date,
        });
      const { roster } = await paneWith(
        {
          ...TEAM,
          KPIs: [kpi("REV", "Revenue"), kpi("DEP", "New deposits", { Unit: "CNY" })],
          Goals: [
            goal("G1", "M1", "REV", 100, { Weight: 0.5 }),
            goal("G3", "M1", "DEP", 3_600_000, { Weight: 0.5 }),
          ],
          Actuals: [...(TEAM.Actuals ?? []), actual("M1", "2026-Q3", "DEP", 1_970_000, TODAY)],
          Reviews: [
            review("R1", "2026-Q2", TODAY - 60, [4, 3, 3]),
            review("R2", "2026-Q3", TODAY - 1, [3, 4, 3]),
          ],
          Careers: [row("Careers", { ManagerID: "M1", CurrentLevel: "Principal", NextLevel: "Principal" })],
        },
        locale,
      );
      await user.click(within(roster).getByRole("button", { name: tr("cockpit.open", { name: "Ada Lin" }) }));
      const page = await screen.findByRole("region", { name: tr("person.page", { name: "Ada Lin" }) });
      const goals = await within(page).findByRole("region", { name: tr("person.goals.title") });
      // Money in the pane's money format: 万 without trailing zeros in Chinese, yuan with separators in English.
      const [done, target] = locale === "zh-CN" ? ["197万", "360万"] : ["1,970,000 CNY", "3,600,000 CNY"];
      expect(goals).toHaveTextContent(tr("person.goal.progress", { actual: done, target }));
      expect(goals).not.toHaveTextContent(/\.0000万|0000 CNY/);
      // Workload 4 → 3, Quality 3 → 4, Satisfaction 3 → 3: a true minus, a plus, and no change in words.
      const reviewSection = within(page).getByRole("region", { name: tr("person.review.title") });
      expect(reviewSection).toHaveTextContent(tr("person.review.change", { change: "\u22121" }));
      expect(reviewSection).toHaveTextContent(tr("person.review.change", { change: "+1" }));
      expect(reviewSection).toHaveTextContent(tr("person.review.same"));
      // In the language's own brackets: "3 (−1 since last period)", "3（较上期 −1）".
      expect(reviewSection).toHaveTextContent(
        tr("person.review.dimension", {
          score: "3",
          change: tr("person.review.change", { change: "\u22121" }),
        }),
      );
      expect(reviewSection).not.toHaveTextContent(/-1|\b0 since|较上期 0/);
      // Next level equal to the current one: the top of the ladder, said so.
      const development = within(page).getByRole("region", { name: tr("person.dev.title") });
      expect(development).toHaveTextContent(tr("person.career.top"));
      expect(development).not.toHaveTextContent(
        tr("person.career.next", { next: "Principal", readiness: "—" }),
      );
    },
  );

  it("shows a read failure in a MessageBar, in the pane's language", async () => {
    const port = await seededWorkbook(TEAM);
    jest
      .spyOn(port, "readTables")
      .mockRejectedValue(new KpiError("value", "err.internal", { detail: "sheet locked" }));
    renderPane(port, { locale: "zh-CN" });

    expect(
      await screen.findByText(t("zh-CN", "err.internal", { detail: "sheet locked" })),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: t("zh-CN", "tp.retry") })).toBeInTheDocument();
  });
});
