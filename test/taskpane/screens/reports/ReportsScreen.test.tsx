/**
 * The Reports screen on a MemoryWorkbook holding the sample team (goals in 2026-Q1 and 2026-Q2; the pane's today
 * is 2026-08-15, in 2026-Q3): the choices, generating a team's 2026-Q2 report with the success message naming the
 * sheets and the list of generated sheets, and a refused write shown as an error with nothing written.
 */
import "@testing-library/jest-dom";
import { deserialize, serialize } from "node:v8";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { KpiError } from "../../../../src/core/errors";
import { t } from "../../../../src/i18n";
import { generateSample } from "../../../../src/model";
import { SCREENS } from "../../../../src/taskpane/screens/registry";
import { renderPane } from "../../render";
import { seededWorkbook } from "../../../fixtures/rows";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t("en-US", key, params);
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

beforeAll(() => {
  // jsdom's global lacks structuredClone, which MemoryWorkbook's generated sheets use; Node's own is the same
  // algorithm as v8's serializer.
  globalThis.structuredClone ??= (<T,>(value: T): T =>
    deserialize(serialize(value)) as T) as typeof structuredClone;
});

const REPORTS_ONLY = SCREENS.filter((s) => s.id === "reports");

async function paneWithSample() {
  const port = await seededWorkbook(generateSample({ locale: "en-US" }));
  renderPane(port, { screens: REPORTS_ONLY });
  const period = await screen.findByRole("combobox", { name: en("reports.period") });
  return { port, period };
}

describe("Reports screen", () => {
  it("generates a team's report for a chosen period, names the sheets and lists them", async () => {
    const user = userEvent.setup();
    const { port, period } = await paneWithSample();
    expect(await screen.findByText(en("reports.generated.empty"))).toBeInTheDocument();

    // This quarter first chosen, and the periods that have goals.
    expect(period).toHaveValue("2026-Q3");
    expect(
      within(period)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([en("reports.period.current", { period: "2026-Q3" }), "2026-Q2", "2026-Q1"]);
    const scope = screen.getByRole("combobox", { name: en("reports.scope") });
    expect(
      within(scope)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([en("reports.scope.all"), "Corporate Banking", "Retail & Wealth", "SME Banking"]);

    await user.selectOptions(period, "2026-Q2");
    await user.selectOptions(scope, "SME Banking");
    await user.click(screen.getByRole("button", { name: en("reports.generate") }));

    expect(
      await screen.findByText(en("reports.done.title", { period: "2026-Q2", count: 7 })),
    ).toBeInTheDocument();
    const sheets = [
      "KPI Report 2026-Q2",
      "KPI Report 2026-Q2 Pay",
      "KPI Report 2026-Q2 Work",
      "KPI Report 2026-Q2 Growth",
      "KPI Report 2026-Q2 Goals",
      "KPI Report 2026-Q2 Analysis",
      "Statements 2026-Q2",
    ];
    // One short line, then the sheets written, the scorecard first, each one openable.
    expect(screen.getByText(/^4 people, average score \d/)).toBeInTheDocument();
    const written = screen.getByRole("list", { name: en("reports.done.sheets") });
    expect(
      within(written)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(sheets);
    // In the workbook as in the report: the report sheet first, the statements last; the list in that order.
    expect(await port.listGeneratedSheets()).toEqual(sheets);
    const list = await screen.findByRole("list", { name: en("reports.generated") });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole("listitem")
          .map((i) => i.textContent),
      ).toEqual(sheets),
    );
  });

  it("opens the report it wrote, and each listed sheet; a sheet deleted since is named in an error", async () => {
    const user = userEvent.setup();
    const { port } = await paneWithSample();
    const activate = jest.spyOn(port, "activateSheet");
    await user.click(screen.getByRole("button", { name: en("reports.generate") }));
    await screen.findByText(en("reports.done.title", { period: "2026-Q3", count: 7 }));

    const written = screen.getByRole("list", { name: en("reports.done.sheets") });
    const openReport = within(written).getByRole("button", {
      name: en("reports.open.sheet", { sheet: "KPI Report 2026-Q3" }),
    });
    await user.click(openReport);
    await waitFor(() => expect(port.activeSheet()).toBe("KPI Report 2026-Q3"));
    const list = await screen.findByRole("list", { name: en("reports.generated") });
    await user.click(
      await within(list).findByRole("button", {
        name: en("reports.open.sheet", { sheet: "Statements 2026-Q3" }),
      }),
    );
    await waitFor(() => expect(port.activeSheet()).toBe("Statements 2026-Q3"));
    expect(activate.mock.calls).toEqual([["KPI Report 2026-Q3"], ["Statements 2026-Q3"]]);

    activate.mockRejectedValueOnce(
      new KpiError("na", "workbook.err.sheetMissing", { sheet: "KPI Report 2026-Q3" }),
    );
    await user.click(openReport);
    expect(await screen.findByText(en("reports.open.failed"))).toBeInTheDocument();
    expect(
      screen.getByText(en("workbook.err.sheetMissing", { sheet: "KPI Report 2026-Q3" })),
    ).toBeInTheDocument();
  });

  it("shows a refused write as an error and writes nothing", async () => {
    const user = userEvent.setup();
    const port = await seededWorkbook(generateSample({ locale: "en-US" }));
    port.addUserSheet("Statements 2026-Q3", [["mine"]]);
    renderPane(port, { screens: REPORTS_ONLY });
    await screen.findByRole("combobox", { name: en("reports.period") });
    await user.click(screen.getByRole("button", { name: en("reports.generate") }));
    expect(await screen.findByText(en("reports.failed"))).toBeInTheDocument();
    expect(
      screen.getByText(en("workbook.err.sheetNotOurs", { sheet: "Statements 2026-Q3" })),
    ).toBeInTheDocument();
    expect(await port.listGeneratedSheets()).toEqual([]);
    expect(screen.getByText(en("reports.generated.empty"))).toBeInTheDocument();
  });
});
