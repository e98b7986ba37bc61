import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import Papa from "papaparse";
import { t } from "../../../../src/i18n";
import { DEFAULT_STAGE_MAP } from "../../../../src/model";
import { ImportButton, personText, sharedNames } from "../../../../src/taskpane/screens/import/ImportButton";
import { MemoryWorkbook } from "../../../../src/workbook/memory";
import { renderPane, row, screenOf } from "../../render";

// Browsers have TextDecoder (with GB18030); jsdom does not, Node does.
Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
// Fluent dialogs render slowly in jsdom on a loaded machine: a hang guard, not a speed test.
jest.setTimeout(30_000);

const FIXTURES = path.join(__dirname, "../../../import/fixtures");

function book() {
  return new MemoryWorkbook({
    locale: "zh-CN",
    seed: {
      Managers: [
        row("Managers", { ManagerID: "M001", Name: "张伟", Team: "华东一组" }),
        row("Managers", { ManagerID: "M002", Name: "李娜", Team: "华东一组" }),
      ],
      StageMap: DEFAULT_STAGE_MAP.map((r) => ({ ...r })),
    },
  });
}

const fileOf = (name: string, type = "text/csv") =>
  new File([readFileSync(path.join(FIXTURES, name))], name, { type });

/** A CSV fixture saved as .xlsx, as the source's "Export to Excel" writes it: one sheet, the same cells. */
async function xlsxOf(name: string): Promise<File> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  const text = new NodeTextDecoder("utf-8").decode(readFileSync(path.join(FIXTURES, name)));
  for (const line of Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data)
    sheet.addRow(line);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return new File([bytes], name.replace(/\.csv$/, ".xlsx"), {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

const BUTTONS = {
  crm: { label: "import.pane.crm", name: "Import from CRM", file: "import.pane.fileCrm" },
  survey: { label: "import.pane.survey", name: "Import survey answers", file: "import.pane.fileSurvey" },
} as const;

/** Renders an import button on an empty book (in English), opens its dialog and picks `file`. */
async function uploadTo(kind: keyof typeof BUTTONS, file: File) {
  const port = book();
  const user = userEvent.setup();
  renderPane(port, { screens: [screenOf("imp", BUTTONS[kind].label, <ImportButton kind={kind} />)] });
  await user.click(await screen.findByRole("button", { name: BUTTONS[kind].name }));
  await user.upload(screen.getByLabelText(t("en-US", BUTTONS[kind].file)), file);
  return { port, user };
}

describe("ImportButton", () => {
  it("previews a 纷享销客 商机 export, then applies it", async () => {
    const { port, user } = await uploadTo("crm", fileOf("fxiaoke-deals.csv"));
    expect(await screen.findByText(/3 to add, 0 to update, 0 unchanged, 2 skipped/)).toBeInTheDocument();
    expect(screen.getByText(/owner “王强” is not in Managers/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Apply" }));
    expect(await screen.findByText(/Imported: 3 added, 0 updated/)).toBeInTheDocument();
    const { Deals, Audit } = await port.readTables(["Deals", "Audit"]);
    expect(Deals).toHaveLength(3);
    expect(Audit).toHaveLength(1);
  });

  it("lists an owner not in Managers with a searchable picker; once mapped, their rows import", async () => {
    const { port, user } = await uploadTo("crm", fileOf("fxiaoke-deals.csv"));
    expect(await screen.findByText(/3 to add, 0 to update, 0 unchanged, 2 skipped/)).toBeInTheDocument();
    expect(screen.getByText(t("en-US", "import.pane.owners"))).toBeInTheDocument();
    const picker = screen.getByRole("combobox", { name: "王强" });
    await user.type(picker, "nobody");
    expect(
      await screen.findByText(t("en-US", "import.pane.ownerNone", { query: "nobody" })),
    ).toBeInTheDocument();
    await user.clear(picker);
    // Found by employee number too, though the choice shows name and team only.
    await user.type(picker, "m002");
    expect(screen.getByRole("option", { name: "李娜 · 华东一组" })).toBeInTheDocument();
    await user.clear(picker);
    await user.type(picker, "李");
    expect(screen.queryByRole("option", { name: /张伟/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("option", { name: "李娜 · 华东一组" }));
    expect(await screen.findByText(/4 to add, 0 to update, 0 unchanged, 1 skipped/)).toBeInTheDocument();
    expect(screen.queryByText(/owner “王强” is not in Managers/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Apply" }));
    expect(await screen.findByText(/Imported: 4 added, 0 updated/)).toBeInTheDocument();
    const { Deals } = await port.readTables(["Deals"]);
    expect(Deals.filter((d) => d.ManagerID === "M002")).toHaveLength(2);
    // Typing into a Fluent combobox re-renders the dialog per key: slow in jsdom on a loaded machine (hang guard).
  }, 90_000);

  it("reads an .xlsx export as it reads the CSV (ExcelJS, loaded on demand)", async () => {
    const { port, user } = await uploadTo("crm", await xlsxOf("fxiaoke-deals-utf8.csv"));
    expect(await screen.findByText(/3 to add, 0 to update, 0 unchanged, 2 skipped/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Apply" }));
    expect(await screen.findByText(/Imported: 3 added, 0 updated/)).toBeInTheDocument();
    expect((await port.readTables(["Deals"])).Deals).toHaveLength(3);
  });

  it("shows a MessageBar for a file that is neither CSV nor XLSX and for a survey under Customers", async () => {
    const port = book();
    // A user may pick "All files" in the dialog: the accept filter is a hint, not a guard.
    const user = userEvent.setup({ applyAccept: false });
    renderPane(port, {
      locale: "zh-CN",
      screens: [screenOf("imp", "import.pane.crm", <ImportButton kind="crm" />)],
    });
    await user.click(await screen.findByRole("button", { name: "从 CRM 导入" }));
    const input = screen.getByLabelText(t("zh-CN", "import.pane.fileCrm"));
    await user.upload(input, fileOf("fxiaoke-deals.csv", "text/csv"));
    await screen.findByText(/新增 3 行/);
    await user.upload(input, new File(["x"], "deals.pdf"));
    expect(
      await screen.findByText(t("zh-CN", "import.err.format", { file: "deals.pdf" })),
    ).toBeInTheDocument();
    await user.upload(input, fileOf("wjx-pulse.csv"));
    expect(await screen.findByText(/这是问卷导出文件/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "导入" })).toBeDisabled();
  });

  it("maps a survey export it does not know: team, date and each question, never showing an answer", async () => {
    const { port, user } = await uploadTo("survey", fileOf("tencent-pulse.csv"));
    expect(await screen.findByText(t("en-US", "import.pane.unrecognisedSurvey"))).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: t("en-US", "import.pane.mapColumns") }));
    expect(await screen.findByText(t("en-US", "import.map.title"))).toBeInTheDocument();
    // No table to choose, and no sample of any column: a cell could be a name or an answer.
    expect(screen.queryByRole("combobox", { name: /^Import into/ })).not.toBeInTheDocument();
    expect(screen.queryAllByRole("option", { name: /e\.g\.|赵一|101\.1\.2\.3/ })).toEqual([]);
    expect(screen.queryByText(/赵一|希望增加培训/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: t("en-US", "import.map.preview") }));
    expect(await screen.findByText(t("en-US", "import.map.problems"))).toBeInTheDocument();
    expect(screen.getAllByText(t("en-US", "import.map.err.noQuestion")).length).toBeGreaterThan(0);

    await user.type(screen.getByRole("textbox", { name: /^Name of the map/ }), "tencent");
    const pick = (label: RegExp, option: string) =>
      user.selectOptions(screen.getByRole("combobox", { name: label }), option);
    await pick(/^Respondent's team/, "1.您所在的团队");
    await pick(/^Date answered/, "结束答题时间");
    await pick(/^2\.您会向朋友推荐/, "enps");
    await pick(/^3\.您对本月工作的满意程度/, "satisfaction");
    await user.click(screen.getByRole("button", { name: t("en-US", "import.map.preview") }));
    expect(
      await screen.findByText(
        /2026-04-07 · 华东一组 · 您会向朋友推荐来本团队工作吗？（0-10分）: 3 new answers/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(t("en-US", "import.pane.newMap", { name: "tencent" }))).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Apply" }));
    expect(await screen.findByText(/Imported: 6 added, 0 updated/)).toBeInTheDocument();
    const { Surveys, Settings } = await port.readTables(["Surveys", "Settings"]);
    expect(Surveys.map((s) => s.Score)).toEqual([6, 8, 10, 3, 4, 5]);
    expect(JSON.parse(Settings.find((s) => s.Key === "import.map.tencent")?.Value ?? "{}")).toMatchObject({
      table: "Surveys",
      columns: { team: "1.您所在的团队", date: "结束答题时间" },
    });
  }, 90_000);

  it("imports survey answers by round, never showing an answer", async () => {
    const { port, user } = await uploadTo("survey", fileOf("wjx-pulse.csv"));
    expect(
      await screen.findByText(
        /2026-03-31 · 华东一组 · 您向朋友推荐在本团队工作的可能性有多大？: 3 new answers/,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(async () => expect((await port.readTables(["Surveys"])).Surveys).toHaveLength(11));
  });
});

describe("ImportButton: mapping the columns of a file KPI Desk does not know", () => {
  const pick = (user: ReturnType<typeof userEvent.setup>, label: RegExp, option: string) =>
    user.selectOptions(screen.getByRole("combobox", { name: label }), option);

  it("maps, previews and applies; the map is saved and offered for the next file", async () => {
    const port = book();
    const user = userEvent.setup();
    renderPane(port, { screens: [screenOf("imp", "import.pane.crm", <ImportButton kind="crm" />)] });
    await user.click(await screen.findByRole("button", { name: "Import from CRM" }));
    const input = screen.getByLabelText(t("en-US", "import.pane.fileCrm"));
    await user.upload(input, fileOf("own-sheet.csv"));
    expect(await screen.findByText(t("en-US", "import.pane.unrecognised"))).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Apply" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: t("en-US", "import.pane.mapColumns") }));

    // Deals by default; a sample of each column beside its header.
    expect(await screen.findByText(t("en-US", "import.map.title"))).toBeInTheDocument();
    expect(screen.getAllByRole("option", { name: "Value — e.g. ¥2.5万" }).length).toBeGreaterThan(0);
    await pick(user, /^Deal name/, "Opportunity");
    await pick(user, /^Stage/, "Opportunity");
    await user.click(screen.getByRole("button", { name: t("en-US", "import.map.preview") }));
    // Bad choices: a MessageBar naming each field, and nothing is previewed.
    const bar = await screen.findByText(t("en-US", "import.map.problems"));
    expect(bar).toBeInTheDocument();
    expect(screen.getAllByText(t("en-US", "import.map.err.name")).length).toBeGreaterThan(0);
    expect(
      screen.getAllByText(t("en-US", "import.map.err.needed", { field: t("en-US", "import.field.owner") }))
        .length,
    ).toBeGreaterThan(0);
    expect(
      screen.getAllByText(
        t("en-US", "import.map.err.twice", { field: "Stage", column: "Opportunity", other: "Deal name" }),
      ).length,
    ).toBeGreaterThan(0);

    await user.type(screen.getByRole("textbox", { name: /^Name of the map/ }), "own-sheet");
    await pick(user, /^Owner/, "Rep");
    await pick(user, /^Stage/, "Phase");
    await pick(user, /^Record ID/, "Ref");
    await pick(user, /^Amount/, "Value");
    await pick(user, /^Close date/, "Won on");
    await user.click(screen.getByRole("button", { name: t("en-US", "import.map.preview") }));
    expect(
      await screen.findByText(/own-sheet\.csv \(own-sheet\): 1 to add, 0 to update/),
    ).toBeInTheDocument();
    expect(screen.getByText(t("en-US", "import.pane.newMap", { name: "own-sheet" }))).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Apply" }));
    expect(await screen.findByText(/Imported: 1 added, 0 updated/)).toBeInTheDocument();
    const { Deals, Settings } = await port.readTables(["Deals", "Settings"]);
    expect(Deals).toEqual([expect.objectContaining({ Amount: 25000, Stage: "won", Source: "own-sheet" })]);
    expect(JSON.parse(Settings.find((s) => s.Key === "import.map.own-sheet")?.Value ?? "{}")).toMatchObject({
      table: "Deals",
      columns: { name: "Opportunity", owner: "Rep", stage: "Phase", id: "Ref" },
    });

    // The same headers again: read with the saved map, named in the preview, nothing new to add.
    await user.click(screen.getByRole("button", { name: "Close" }));
    await user.click(await screen.findByRole("button", { name: "Import from CRM" }));
    await user.upload(screen.getByLabelText(t("en-US", "import.pane.fileCrm")), fileOf("own-sheet.csv"));
    expect(await screen.findByText(/\(own-sheet\): 0 to add, 0 to update, 1 unchanged/)).toBeInTheDocument();
    expect(screen.getByText(t("en-US", "import.pane.savedMap", { name: "own-sheet" }))).toBeInTheDocument();
    expect(screen.queryByText(t("en-US", "import.pane.unrecognised"))).not.toBeInTheDocument();
  }, 90_000);
});

describe("the owner picker's choices", () => {
  const people = [
    { id: "M001", name: "王强", team: "华东一组" },
    { id: "M002", name: "李娜", team: "华东一组" },
    { id: "M007", name: "王强", team: "" },
  ];
  it.each(["en-US", "zh-CN"] as const)(
    "show name and team, the labelled employee number only for two people of the same name (%s)",
    (locale) => {
      const shared = sharedNames(people);
      const tr = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(locale, key, params);
      expect(people.map((p) => personText(p, shared, tr))).toEqual(
        locale === "en-US"
          ? ["王强 (Employee no. M001) · 华东一组", "李娜 · 华东一组", "王强 (Employee no. M007)"]
          : ["王强（工号 M001） · 华东一组", "李娜 · 华东一组", "王强（工号 M007）"],
      );
    },
  );
});
