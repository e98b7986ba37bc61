/**
 * The lock receipt on the report: under the report's title and on every person's statement when the period's
 * payouts are locked, in the report's language; nothing when they are not.
 */
import { t } from "../../src/i18n";
import { generateSample, SAMPLE_AS_OF } from "../../src/model";
import { buildPeriod } from "../../src/domain/period";
import { planReport, REPORT_SHEETS } from "../../src/report";
import type { SheetPlan } from "../../src/model/sheetPlan";

const texts = (plan: SheetPlan) =>
  plan.blocks.flatMap((b) => b.cells.flat().flatMap((c) => (c.kind === "text" ? [c.value] : [])));

describe("lock receipt on the report", () => {
  it.each(["en-US", "zh-CN"] as const)("is printed on the report and every statement (%s)", (locale) => {
    const tables = generateSample({ locale });
    const model = buildPeriod({ tables, period: "2026-Q1", asOf: SAMPLE_AS_OF, locale });
    const receipt = "HZ4V-R4X3-F4DH-SDGH";
    const plans = planReport(model, locale, { receipt });
    const [report, statements] = [plans[0], plans[REPORT_SHEETS]];
    expect(texts(report)).toContain(t(locale, "close.receipt.report", { period: "2026-Q1", receipt }));
    const line = t(locale, "close.receipt.statement", { period: "2026-Q1", receipt });
    expect(texts(statements).filter((x) => x === line)).toHaveLength(model.people.length);
    expect(planReport(model, locale).flatMap(texts).join("\n")).not.toContain(receipt);
  });
});
