/**
 * The ribbon's Generate report handler on a fake port: the current quarter's report for the whole team is written
 * in the user's language, progress and the result reach the pane as notices, a failure is shown in the user's
 * language, a second click while running is refused, and `event.completed()` is called exactly once on every path.
 */
import { serialFromYMD } from "../../src/core";
import { KpiError } from "../../src/core/errors";
import { t, type Locale } from "../../src/i18n";
import { TABLE_KEYS, generateSample } from "../../src/model";
import { createReportCommand, type ReportCommandDeps } from "../../src/commands/reportCommand";
import type { NoticeIntent } from "../../src/commands/notices";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { generateReport } from "../../src/workbook/generateReport";
import type { WorkbookPort } from "../../src/workbook/port";

/** 2026-05-15, the sample's "today": the current quarter is 2026-Q2. */
const TODAY = serialFromYMD(2026, 5, 15);

async function samplePort(locale: Locale): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook();
  await port.ensureTables(TABLE_KEYS, locale, generateSample({ locale }));
  return port;
}

function harness(port: WorkbookPort, locale: Locale, overrides: Partial<ReportCommandDeps> = {}) {
  const notices: [NoticeIntent, string][] = [];
  const ports: Locale[] = [];
  const deps: ReportCommandDeps = {
    port: (l) => {
      ports.push(l);
      return port;
    },
    locale: () => locale,
    today: () => TODAY,
    generate: generateReport,
    notify: (intent, text) => notices.push([intent, text]),
    showPane: async () => undefined,
    ...overrides,
  };
  const event = { completed: jest.fn() };
  return { notices, ports, event, handler: createReportCommand(deps) };
}

describe("ribbon: Generate report", () => {
  it.each([
    [
      "en-US",
      ["Pay", "Work", "Growth", "Goals", "Analysis"].reduce(
        (names, part) => [...names, `KPI Report 2026-Q2 ${part}`],
        ["KPI Report 2026-Q2", "Statements 2026-Q2"],
      ),
      "Report 2026-Q2 (whole team) written",
    ],
    [
      "zh-CN",
      ["薪酬明细", "工作明细", "客户与发展", "目标明细", "分析"].reduce(
        (names, part) => [...names, `绩效报告 2026-Q2 ${part}`],
        ["绩效报告 2026-Q2", "结算单 2026-Q2"],
      ),
      "已写入 2026-Q2 报告（全团队）",
    ],
  ] as const)("writes this quarter's report in %s and says so", async (locale, sheets, says) => {
    const port = await samplePort(locale);
    const { notices, ports, event, handler } = harness(port, locale);
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(ports).toEqual([locale]);
    expect((await port.listGeneratedSheets()).sort()).toEqual([...sheets].sort());
    expect(notices.slice(0, -1)).toEqual(
      [0, 1, 2, 3, 4].map((done) => ["info", t(locale, "cmd.report.running", { done, total: 4 })]),
    );
    expect(notices.at(-1)?.[0]).toBe("success");
    expect(notices.at(-1)?.[1]).toContain(says);
    expect(notices.at(-1)?.[1]).toContain(sheets[0]);
  });

  it("shows a failure in the user's language, writes nothing and still completes", async () => {
    const port = new MemoryWorkbook();
    await port.ensureTables(["Managers", "Settings"], "en-US");
    const { notices, event, handler } = harness(port, "zh-CN");
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(notices.at(-1)).toEqual([
      "error",
      t("zh-CN", "cmd.report.failed", {
        detail: t("zh-CN", "workbook.err.tableMissing", { table: "KPIs" }),
      }),
    ]);
    expect(await port.listGeneratedSheets()).toEqual([]);
  });

  it("completes even when the language or the pane cannot be had, and reports an unexpected error", async () => {
    const port = await samplePort("en-US");
    const broken = harness(port, "en-US", {
      showPane: () => Promise.reject(new Error("no pane")),
      generate: () => Promise.reject(new Error("boom")),
    });
    await broken.handler(broken.event);
    expect(broken.event.completed).toHaveBeenCalledTimes(1);
    expect(broken.notices.at(-1)).toEqual([
      "error",
      t("en-US", "cmd.report.failed", { detail: t("en-US", "cmd.unexpected", { detail: "boom" }) }),
    ]);

    const noLocale = harness(port, "en-US", {
      locale: () => {
        throw new KpiError("value", "err.internal", { detail: "x" });
      },
    });
    await noLocale.handler(noLocale.event);
    expect(noLocale.event.completed).toHaveBeenCalledTimes(1);
    expect(noLocale.notices.at(-1)?.[0]).toBe("error");
  });

  it("answers a second click while a report is being written with a busy notice", async () => {
    const port = await samplePort("en-US");
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { notices, handler } = harness(port, "en-US", {
      generate: async (p, options) => {
        await gate;
        return generateReport(p, options);
      },
    });
    const first = { completed: jest.fn() };
    const second = { completed: jest.fn() };
    const running = handler(first);
    await handler(second);
    expect(second.completed).toHaveBeenCalledTimes(1);
    expect(notices).toContainEqual(["warning", t("en-US", "cmd.busy")]);
    release();
    await running;
    expect(first.completed).toHaveBeenCalledTimes(1);
    expect(notices.at(-1)?.[0]).toBe("success");
  });
});
