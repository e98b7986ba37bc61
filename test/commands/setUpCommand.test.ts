/**
 * The ribbon's Set up workbook handler: set-up runs without sample data in the user's language, progress and the
 * result reach the pane as notices, errors are shown in the user's language, a second click while running is
 * refused politely, and `event.completed()` is called exactly once on every path.
 */
import { KpiError } from "../../src/core/errors";
import { t, type Locale } from "../../src/i18n";
import { TABLE_KEYS } from "../../src/model";
import { errorText } from "../../src/commands/handler";
import { createSetUpCommand, type SetUpCommandDeps } from "../../src/commands/setUpCommand";
import type { NoticeIntent } from "../../src/commands/notices";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { WorkbookPort } from "../../src/workbook/port";
import { describeSetUp, setUpWorkbook } from "../../src/workbook/setup";

function harness(overrides: Partial<SetUpCommandDeps> = {}, locale: Locale = "zh-CN") {
  const port = new MemoryWorkbook();
  const notices: [NoticeIntent, string][] = [];
  const panes: number[] = [];
  const deps: SetUpCommandDeps = {
    port: () => port,
    locale: () => locale,
    setUp: setUpWorkbook,
    describe: describeSetUp,
    notify: (intent, text) => notices.push([intent, text]),
    showPane: async () => {
      panes.push(1);
    },
    ...overrides,
  };
  const event = { completed: jest.fn() };
  return { port, notices, panes, event, handler: createSetUpCommand(deps) };
}

describe("ribbon: Set up workbook", () => {
  it("creates every table in the user's language, without sample data, and reports the result", async () => {
    const { port, notices, panes, event, handler } = harness();
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(panes).toHaveLength(1);
    expect([...(await port.listTables())].sort()).toEqual([...TABLE_KEYS].sort());
    expect((await port.readTables(["Managers"])).Managers).toEqual([]);
    const settings = (await port.readTables(["Settings"])).Settings;
    expect(settings.find((s) => s.Key === "language")?.Value).toBe("zh-CN");
    expect(notices[0]).toEqual(["info", t("zh-CN", "cmd.setUp.running", { done: 0, total: 3 })]);
    expect(notices.at(-1)?.[0]).toBe("success");
    expect(notices.at(-1)?.[1]).toContain(`已创建 ${TABLE_KEYS.length} 张表`);
  });

  it("says nothing changed on a second run", async () => {
    const { notices, event, handler } = harness({}, "en-US");
    await handler(event);
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(2);
    expect(notices.at(-1)).toEqual([
      "success",
      t("en-US", "workbook.setup.nothing", { total: TABLE_KEYS.length }),
    ]);
  });

  it.each([
    [
      "a product error, in the user's language",
      new KpiError("value", "workbook.err.badSheetName", { sheet: "x" }),
      "“x”不能作为工作表名",
    ],
    ["anything else, as unexpected", new Error("boom"), "意外错误（boom）"],
  ])("shows %s, and still completes", async (_label, error, expected) => {
    const failing: WorkbookPort = Object.assign(new MemoryWorkbook(), {
      ensureTables: () => Promise.reject(error),
    });
    const { notices, event, handler } = harness({ port: () => failing });
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    const [intent, text] = notices.at(-1)!;
    expect(intent).toBe("error");
    expect(text).toContain(expected);
    expect(text).toContain("设置工作簿未完成");
  });

  it("completes even when the language cannot be read or the pane cannot open", async () => {
    const { notices, event, handler } = harness({
      locale: () => {
        throw new Error("no Office context");
      },
    });
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(notices).toEqual([
      [
        "error",
        t("en-US", "cmd.setUp.failed", { detail: errorText(new Error("no Office context"), "en-US") }),
      ],
    ]);
    const closedPane = harness({ showPane: () => Promise.reject(new Error("no pane")) });
    await closedPane.handler(closedPane.event);
    expect(closedPane.event.completed).toHaveBeenCalledTimes(1);
    expect(closedPane.notices.at(-1)?.[0]).toBe("success");
  });

  it("answers a second click while set-up runs with a busy notice, and completes both", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { notices, event, handler } = harness({
      setUp: async (port, options) => {
        await gate;
        return setUpWorkbook(port, options);
      },
    });
    const first = handler(event);
    const second = { completed: jest.fn() };
    await handler(second);
    expect(second.completed).toHaveBeenCalledTimes(1);
    expect(notices).toContainEqual(["warning", t("zh-CN", "cmd.busy")]);
    expect(event.completed).not.toHaveBeenCalled();
    release();
    await first;
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(notices.at(-1)?.[0]).toBe("success");
  });
});
