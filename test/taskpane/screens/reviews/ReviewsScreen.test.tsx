import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { t } from "../../../../src/i18n";
import { DEFAULT_RATINGS, type ReviewRow } from "../../../../src/model";
import { SCREENS } from "../../../../src/taskpane/screens/registry";
import { MemoryWorkbook } from "../../../../src/workbook/memory";
import type { SeedRows } from "../../../../src/workbook/port";
import { renderPane, row, TODAY } from "../../render";
import { seededWorkbook } from "../../../fixtures/rows";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t("en-US", key, params);
// Fluent in jsdom is slow, the more so on a busy machine: generous limits keep the suite from flaking.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 10_000 });

const REVIEWS_ONLY = SCREENS.filter((s) => s.id === "reviews");
/** A quarterly manager review. */
const review = (fields: Partial<ReviewRow>) =>
  row("Reviews", { Cycle: "quarter", Role: "manager", ...fields });

const TEAM: SeedRows = {
  Managers: [
    row("Managers", {
      ManagerID: "M1",
      Name: "Ada Lin",
      Team: "North",
      Supervisor: "Zhou",
      Email: "ada@bank.cn",
    }),
    row("Managers", { ManagerID: "M2", Name: "Bo Chen", Team: "North", Supervisor: "Zhou" }),
    row("Managers", { ManagerID: "M3", Name: "Cai Wu", Team: "South", Supervisor: "Zhou" }),
  ],
  Ratings: [...DEFAULT_RATINGS],
  Settings: [{ Key: "reviewWeights", Value: "0.5, 0.1, 0.1, 0.1, 0.1, 0.1" }],
};

/** The Reviews screen on the team with `reviews` (and `more` tables, or others in their place). */
async function paneWith(reviews: ReviewRow[], more: SeedRows = {}) {
  const port = await seededWorkbook({ ...TEAM, Reviews: reviews, ...more });
  renderPane(port, { screens: REVIEWS_ONLY });
  await screen.findByRole("button", { name: en("reviews.action.openCycle") });
  return port;
}

const reviewsOf = async (port: MemoryWorkbook): Promise<ReviewRow[]> =>
  (await port.readTables(["Reviews"])).Reviews;

describe("Reviews screen", () => {
  it("opens a review cycle: validates the dialog, then creates one draft per person and skips existing ones", async () => {
    // The dialog's focus trap moves focus in on a timer: let user-event yield between events here.
    const user = userEvent.setup();
    const port = await paneWith([
      review({ ReviewID: "R000010", ManagerID: "M2", Period: "2026-Q3", Reviewer: "zhou", Status: "draft" }),
    ]);
    await user.click(screen.getByRole("button", { name: en("reviews.action.openCycle") }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    // In jsdom (no layout) Fluent cannot find a focusable to start on, so focus stays on the surface and Tabster
    // keeps the modal hidden from the accessibility tree until focus enters one of its fields: click one first.
    const period = within(dialog).getByLabelText(new RegExp(`^${en("reviews.cycle.period")}`));
    await user.click(period);
    await waitFor(() => expect(dialog).not.toHaveAttribute("aria-hidden"));
    const reviewer = within(dialog).getByRole("textbox", { name: en("reviews.cycle.reviewer") });
    // Defaults: this quarter and the team's supervisor; the preview counts before anything is written.
    expect(period).toHaveValue("2026-Q3");
    expect(reviewer).toHaveValue("Zhou");
    expect(within(dialog).getByText(en("reviews.cycle.preview", { create: 2, skip: 1 }))).toBeInTheDocument();

    await user.clear(period);
    await user.type(period, "2026-08");
    await user.clear(reviewer);
    await user.click(within(dialog).getByRole("button", { name: en("reviews.cycle.create") }));
    const periodField = en("reviews.cycle.period");
    expect(
      within(dialog).getByText(
        en("reviews.err.periodKind", {
          field: periodField,
          value: "2026-08",
          cycle: "quarter",
          example: "2026-Q3",
        }),
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(en("reviews.err.required", { field: en("reviews.cycle.reviewer") })),
    ).toBeInTheDocument();
    expect(period).toHaveFocus();
    expect(await reviewsOf(port)).toHaveLength(1);

    await user.clear(period);
    await user.type(period, "2026-q3");
    await user.type(reviewer, "Zhou{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(
      screen.getByText(en("reviews.cycle.done", { period: "2026-Q3", created: 2, skipped: 1 })),
    ).toBeInTheDocument();
    const rows = await reviewsOf(port);
    expect(
      rows.map((r) => [r.ReviewID, r.ManagerID, r.Period, r.Cycle, r.Role, r.Reviewer, r.Status]),
    ).toEqual([
      ["R000010", "M2", "2026-Q3", "quarter", "manager", "zhou", "draft"],
      ["R000011", "M1", "2026-Q3", "quarter", "manager", "Zhou", "draft"],
      ["R000012", "M3", "2026-Q3", "quarter", "manager", "Zhou", "draft"],
    ]);

    const list = await screen.findByRole("list", { name: en("reviews.list.label") });
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(3));
    expect(screen.getByRole("combobox", { name: en("reviews.filter.cycle") })).toHaveValue("2026-Q3|quarter");
    await user.selectOptions(screen.getByRole("combobox", { name: en("reviews.filter.team") }), "South");
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((i) => i.textContent?.includes("Cai Wu")),
    ).toEqual([true]);
  });

  // Filling and acknowledging are two tests: as one, the longest test of the file (~10 s at load 2) passed Jest's
  // 60 s limit under load 10+.
  it("fills a review: validates before submitting, computes Overall live and submits", async () => {
    const user = userEvent.setup({ delay: null });
    const port = await paneWith([
      review({
        ReviewID: "R000001",
        ManagerID: "M1",
        Period: "2026-Q3",
        Reviewer: "Zhou",
        Status: "draft",
        Date: TODAY - 3,
      }),
    ]);
    const list = await screen.findByRole("list", { name: en("reviews.list.label") });
    await user.click(await within(list).findByRole("button", { name: /Ada Lin/ }));
    await screen.findByRole("heading", { name: en("reviews.form.title", { name: "Ada Lin" }) });

    await user.click(screen.getByRole("button", { name: en("reviews.form.submit") }));
    expect(screen.getByText(en("reviews.err.fixFields"))).toBeInTheDocument();
    for (const dim of ["Workload", "Innovation"] as const) {
      expect(
        screen.getByText(en("reviews.err.score", { field: en(`reviews.dim.${dim}`) })),
      ).toBeInTheDocument();
    }
    expect(
      screen.getByText(en("reviews.err.text", { field: en("reviews.form.strengths") })),
    ).toBeInTheDocument();
    expect((await reviewsOf(port))[0].Status).toBe("draft");

    // Role queries compute every accessible name of a large form: find the six groups once, in form order.
    const levels = { Workload: 5, Quality: 3, Satisfaction: 4, Attitude: 4, Teamwork: 3, Innovation: 1 };
    const groups = screen.getAllByRole("radiogroup");
    expect(groups).toHaveLength(6);
    Object.values(levels).forEach((level, i) => {
      // One click event, not user-event's full pointer sequence: six of them add up in a slow jsdom.
      fireEvent.click(within(groups[i]).getByLabelText(String(level)));
    });
    // The chosen level's anchor is shown; Overall follows the Settings weights: 2.5 + 0.3 + 0.4 + 0.4 + 0.3 + 0.1.
    expect(
      screen.getByText(en("reviews.form.levelText", { level: 5, anchor: en("reviews.anchor.Workload.5") })),
    ).toBeInTheDocument();
    expect(screen.getByText(en("reviews.form.overallValue", { overall: "4" }))).toBeInTheDocument();
    expect(screen.getByText(en("reviews.form.weightsSettings"))).toBeInTheDocument();

    await user.click(screen.getByLabelText(en("reviews.form.strengths")));
    await user.paste("Closed Client X.");
    await user.click(screen.getByLabelText(en("reviews.form.improvements")));
    await user.paste("Log visits daily.");
    await user.click(screen.getByRole("button", { name: en("reviews.form.submit") }));
    // Submitting asks first: a submitted review is read-only.
    // (Tabster may still hide the modal from the accessibility tree in jsdom: look it up with hidden.)
    const confirm = await screen.findByRole("dialog", { hidden: true });
    expect(confirm).toHaveTextContent(en("reviews.confirm.body", { name: "Ada Lin" }));
    await user.click(within(confirm).getByRole("button", { name: en("reviews.confirm.ok"), hidden: true }));
    await screen.findByText(en("reviews.form.submitted"));
    const [submitted] = await reviewsOf(port);
    expect(submitted).toMatchObject({
      ...levels,
      Overall: 4,
      Status: "submitted",
      Date: TODAY,
      Actions: null,
    });
    // Read-only now.
    expect(screen.queryByRole("button", { name: en("reviews.form.submit") })).not.toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: en("reviews.form.acknowledge", { name: "Ada Lin" }) }),
    ).toBeEnabled();
  });

  it("acknowledges a submitted review and drafts the e-mail", async () => {
    const user = userEvent.setup({ delay: null });
    const levels = { Workload: 5, Quality: 3, Satisfaction: 4, Attitude: 4, Teamwork: 3, Innovation: 1 };
    const port = await paneWith([
      review({
        ReviewID: "R000001",
        ManagerID: "M1",
        Period: "2026-Q3",
        Reviewer: "Zhou",
        Status: "submitted",
        Date: TODAY - 1,
        ...levels,
        Overall: 4,
        Strengths: "Closed Client X.",
        Improvements: "Log visits daily.",
      }),
    ]);
    const list = await screen.findByRole("list", { name: en("reviews.list.label") });
    await user.click(await within(list).findByRole("button", { name: /Ada Lin/ }));
    await user.click(
      await screen.findByRole("button", { name: en("reviews.form.acknowledge", { name: "Ada Lin" }) }),
    );
    await screen.findByText(en("reviews.form.acknowledged"));
    // Acknowledging keeps the date the review was submitted on.
    expect((await reviewsOf(port))[0]).toMatchObject({ Status: "acknowledged", Overall: 4, Date: TODAY - 1 });

    const link = screen.getByRole("link", { name: en("reviews.mail.link") });
    expect(link.getAttribute("href")).toMatch(/^mailto:ada%40bank\.cn\?subject=Your%202026-Q3%20review/);
    expect(decodeURIComponent(link.getAttribute("href") ?? "")).toContain("Closed Client X.");

    await user.click(screen.getByRole("button", { name: en("reviews.form.back") }));
    const back = await screen.findByRole("list", { name: en("reviews.list.label") });
    expect(within(back).getByRole("button", { name: /Ada Lin/ })).toHaveTextContent("Acknowledged");
    expect(
      screen.getByText(en("reviews.list.summary", { count: 1, draft: 0, submitted: 0, acknowledged: 1 })),
    ).toBeInTheDocument();
  });

  it("adds a self-review, and refuses a review without a person", async () => {
    const user = userEvent.setup({ delay: null });
    const port = await paneWith([review({ ReviewID: "R000001", ManagerID: "M2", Period: "2026-Q2" })]);
    await user.click(screen.getByRole("button", { name: en("reviews.action.newReview") }));
    await screen.findByRole("heading", { name: en("reviews.form.titleNew") });
    await user.click(screen.getByRole("button", { name: en("reviews.form.saveDraft") }));
    expect(
      screen.getByText(en("reviews.err.required", { field: en("reviews.form.person") })),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(new RegExp(`^${en("reviews.form.person")}`))).toHaveFocus();

    await user.selectOptions(screen.getByLabelText(new RegExp(`^${en("reviews.form.person")}`)), "M2");
    // A self-review's reviewer is the person.
    expect(screen.getByLabelText(new RegExp(`^${en("reviews.form.reviewer")}`))).toHaveValue("Bo Chen");
    await user.type(screen.getByLabelText(new RegExp(`^${en("reviews.form.reviewer")}`)), "{Enter}");
    await screen.findByText(en("reviews.form.saved"));
    const rows = await reviewsOf(port);
    expect(rows[1]).toMatchObject({
      ReviewID: "R000002",
      ManagerID: "M2",
      Period: "2026-Q2",
      Cycle: "quarter",
      Role: "self",
      Reviewer: "Bo Chen",
      Status: "draft",
      Overall: null,
    });
    // Bo has no e-mail address: the form says so instead of offering a link.
    expect(screen.getByText(en("reviews.mail.noEmail", { name: "Bo Chen" }))).toBeInTheDocument();
  });

  it("nudges feedback that judges the person in a draft, not in a submitted (read-only) review", async () => {
    const user = userEvent.setup();
    const judged = (id: string, person: string, status: "draft" | "submitted") =>
      row("Reviews", {
        ReviewID: id,
        ManagerID: person,
        Period: "2026-Q2",
        Cycle: "quarter",
        Reviewer: "Zhou",
        Role: "manager",
        Strengths: "He is lazy about follow-ups",
        Status: status,
      });
    await paneWith([judged("R1", "M1", "submitted"), judged("R2", "M2", "draft")]);
    const nudge = en("reviews.nudge.lead", { words: "“lazy”" });
    const open = async (name: RegExp) => {
      const list = await screen.findByRole("list", { name: en("reviews.list.label") });
      await user.click(await within(list).findByRole("button", { name }));
    };

    await open(/Bo Chen/);
    expect(await screen.findByText(nudge, { exact: false })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: en("reviews.form.back") }));

    await open(/Ada Lin/);
    expect(await screen.findByText(en("reviews.form.readOnly"))).toBeInTheDocument();
    expect(screen.getByDisplayValue("He is lazy about follow-ups")).toBeInTheDocument();
    expect(screen.queryByText(nudge, { exact: false })).toBeNull();
  });

  it("reopens a submitted review only with a reason, logged in the audit chain", async () => {
    const user = userEvent.setup();
    const port = await paneWith([
      review({
        ReviewID: "R1",
        ManagerID: "M1",
        Period: "2026-Q2",
        Reviewer: "Zhou",
        Overall: 4,
        Status: "submitted",
      }),
    ]);
    const list = await screen.findByRole("list", { name: en("reviews.list.label") });
    await user.click(await within(list).findByRole("button", { name: /Ada Lin/ }));
    await user.click(await screen.findByRole("button", { name: en("reviews.reopen") }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    await user.click(within(dialog).getByRole("button", { name: en("reviews.reopen"), hidden: true }));
    expect(await within(dialog).findByText(en("reviews.err.reopenReason"))).toBeInTheDocument();
    expect((await reviewsOf(port))[0].Status).toBe("submitted");
    await user.type(
      within(dialog).getByRole("textbox", { hidden: true }),
      "Scores mixed up with Bo's{Enter}",
    );
    await screen.findByText(en("reviews.reopened"));
    expect((await reviewsOf(port))[0].Status).toBe("draft");
    const { Audit } = await port.readTables(["Audit"]);
    expect(Audit).toEqual([
      expect.objectContaining({
        Action: "reopen",
        Subject: "R1",
        PayoutID: null,
        Period: "2026-Q2",
        By: "Zhou",
        Reason: "Scores mixed up with Bo's",
        Hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
  });

  it("calibrates a cycle: scores by rater, calibrated result, rating, outliers and the distribution", async () => {
    const user = userEvent.setup({ delay: null });
    const review = (
      id: string,
      person: string,
      reviewer: string,
      overall: number,
      role: "manager" | "peer" = "manager",
    ) =>
      row("Reviews", {
        ReviewID: id,
        ManagerID: person,
        Period: "2026-Q2",
        Cycle: "quarter",
        Reviewer: reviewer,
        Role: role,
        Overall: overall,
        Status: "submitted",
      });
    await paneWith(
      [
        review("R1", "M1", "Zhou", 5),
        review("R2", "M2", "Zhou", 4.6),
        review("R3", "M3", "Qian", 3),
        review("R4", "M1", "Qian", 3.4, "peer"),
      ],
      { Settings: [] },
    );
    await user.click(screen.getByRole("tab", { name: en("reviews.view.calibration") }));
    expect(
      await screen.findByText(en("reviews.calib.summary", { count: 4, raters: 2, mean: "4" })),
    ).toBeInTheDocument();
    expect(screen.getByText(en("reviews.calib.lenient", { gap: "+0.8" }))).toBeInTheDocument();
    expect(screen.getByText(en("reviews.calib.severe", { gap: "\u22120.8" }))).toBeInTheDocument();

    const people = screen.getByRole("list", { name: en("reviews.calib.people") });
    const ada = within(people)
      .getAllByRole("listitem")
      .find((li) => li.textContent?.startsWith("Ada Lin")) as HTMLElement;
    // Zhou's 5 → 4.2, Qian's 3.4 → 4.2: result 4.2 = 84 points → B.
    expect(ada).toHaveTextContent(
      en("reviews.calib.result", { calibrated: "4.2", points: "84", raw: "4.2" }),
    );
    expect(ada).toHaveTextContent(en("reviews.calib.rating", { rating: "B" }));
    expect(ada).toHaveTextContent(en("reviews.calib.outlier"));
    expect(ada).toHaveTextContent(
      en("reviews.calib.scoreLine", { rater: "Zhou", role: "Manager", raw: "5", calibrated: "4.2" }),
    );

    const dist = screen.getByRole("list", { name: en("reviews.calib.distribution") });
    expect(
      within(dist)
        .getAllByRole("listitem")
        .map((li) => li.textContent?.split(" · ")[0]),
    ).toEqual(["A: 0 (0%)", "B: 3 (100%)", "C: 0 (0%)", "D: 0 (0%)"]);

    await user.click(screen.getByRole("radio", { name: en("reviews.calib.z") }));
    expect(screen.getByRole("radio", { name: en("reviews.calib.z") })).toBeChecked();
  });
});
