/**
 * `npm run verify`, in-process on the shipped sample workbooks (2026-Q1 approved and locked) and on copies a
 * person edited: a locked input changed, the audit log edited in the file, and a forgery that resealed every
 * checksum — which only the receipt rejects.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { t, type Locale } from "../../src/i18n";
import { parseVerifyArgs, runVerifyCli } from "../../src/cli/verify";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { reseal } from "../workbook/forge";
import { EN_SAMPLE, runCli, tempDir, ZH_SAMPLE } from "./harness";

const RECEIPT = /(?:2026-Q1: |：)([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})$/;

// Each test reads (and some write) a 2,364-row workbook on a shared 2-core machine: a hang guard, not a speed target.
jest.setTimeout(120_000);

const dir = tempDir("kpi-verify-cli-");

const run = (argv: string[], locale: Locale = "en-US") => runCli(runVerifyCli, argv, { locale });

const receiptIn = (lines: string[]) => lines.map((l) => RECEIPT.exec(l)?.[1]).find(Boolean) ?? "";

/** The sample's receipt, read once. */
let sampleReceipt = "";
async function receiptOfSample() {
  if (!sampleReceipt) sampleReceipt = receiptIn((await run([EN_SAMPLE, "--period", "2026-Q1"])).out);
  return sampleReceipt;
}

/** A copy of the English sample with a won Q1 deal of M001 raised by 100,000 (through the adapter). */
async function editedCopy(name: string, forge: boolean) {
  const port = await XlsxWorkbook.load(EN_SAMPLE);
  const { Deals } = await port.readTables(["Deals"]);
  const deal = Deals.find(
    (d) => d.ManagerID === "M001" && d.Stage === "won" && d.CloseDate! >= 46023 && d.CloseDate! <= 46112,
  )!;
  await port.updateRows("Deals", [{ ...deal, Amount: (deal.Amount ?? 0) + 100000 }]);
  if (forge) await reseal(port);
  const file = path.join(dir(), name);
  await port.save(file);
  return { file, deal };
}

describe("npm run verify", () => {
  it("says every locked payout of the sample's 2026-Q1 is unchanged, the chain intact, and prints the receipt", async () => {
    const { code, out, err } = await run([EN_SAMPLE, "--period", "2026-Q1"]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toBe("KPI Desk lock check — sample-team.xlsx, 2026-Q1");
    const lines = out.filter((l) => l.startsWith("✓ 2026-Q1-"));
    expect(lines.length).toBe(16);
    expect(lines[0]).toMatch(/^✓ 2026-Q1-M001-BON-RM · .+: locked on 2026-04-10, unchanged$/);
    expect(out).toContain("✓ Audit log: 32 lines, hash chain intact");
    const receipt = receiptIn(out);
    expect(receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(out[out.length - 1]).toBe("Everything checks.");
    const again = await run([EN_SAMPLE, "--period", "2026-q1", "--receipt", receipt.toLowerCase()]);
    expect([again.code, again.out]).toEqual([
      0,
      expect.arrayContaining([t("en-US", "verify.receipt.match")]),
    ]);
  });

  it("speaks the workbook's language (or --lang), and lists a period without locks as not locked", async () => {
    const zh = await run([ZH_SAMPLE, "--period", "2026-Q1"]);
    expect(zh.code).toBe(0);
    expect(zh.out[0]).toBe("绩效管理锁定核验 — sample-team.zh-CN.xlsx，2026-Q1");
    expect(zh.out).toContain("✓ 操作记录：32 行，哈希链完整");
    expect(zh.out[zh.out.length - 1]).toBe("全部核验通过。");
    const en = await run([ZH_SAMPLE, "--period", "2026-Q1", "--lang", "en-US"]);
    expect(en.out[en.out.length - 1]).toBe("Everything checks.");
    const q2 = await run([EN_SAMPLE, "--period", "2026-Q2"]);
    expect([q2.code, q2.out]).toEqual([
      0,
      expect.arrayContaining([t("en-US", "verify.noPayouts", { period: "2026-Q2" })]),
    ]);
  });

  it("lists a locked input edited after the lock, from → to, and exits 1", async () => {
    const { file, deal } = await editedCopy("edited.xlsx", false);
    const { code, out } = await run([file, "--period", "2026-Q1"]);
    expect(code).toBe(1);
    expect(out).toContainEqual(
      expect.stringMatching(
        /^✗ 2026-Q1-M001-COM-CORP · .+: locked on 2026-04-10, changed since the lock \(1\):$/,
      ),
    );
    expect(out).toContainEqual(expect.stringContaining(`Deals ${deal.DealID} · M001 · Amount: `));
    expect(out[out.length - 1]).toMatch(/^Problems found: \d+\.$/);
  });

  it("rejects with the receipt a forged file whose checksums were all recomputed (the file alone passes)", async () => {
    const receipt = await receiptOfSample();
    const { file } = await editedCopy("forged.xlsx", true);
    const alone = await run([file, "--period", "2026-Q1"]);
    expect(alone.code).toBe(0);
    const { code, out } = await run([file, "--period", "2026-Q1", "--receipt", receipt]);
    expect(code).toBe(1);
    const now = receiptIn(out);
    expect(now).not.toBe(receipt);
    expect(out).toContain(
      t("en-US", "verify.receipt.mismatch", { given: receipt, receipt: now, period: "2026-Q1" }),
    );
  });

  it("finds an Audit line edited in the file, and a payout unlocked by hand", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(EN_SAMPLE);
    const audit = workbook.getWorksheet("Audit log")!;
    const byColumn = (audit.getRow(1).values as unknown[]).indexOf("By");
    audit.getCell(3, byColumn).value = "Someone else";
    const payouts = workbook.getWorksheet("Payouts")!;
    const header = payouts.getRow(1).values as unknown[];
    payouts.getCell(2, header.indexOf("Status")).value = "approved";
    const locks = workbook.getWorksheet("Payout locks")!;
    const first = String(payouts.getCell(2, header.indexOf("Payout ID")).value);
    locks.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === first) row.values = [];
    });
    const file = path.join(dir(), "tampered.xlsx");
    await workbook.xlsx.writeFile(file);
    const { code, out } = await run([file, "--period", "2026-Q1"]);
    expect(code).toBe(1);
    expect(out).toContain("✗ Audit log chain broken:");
    expect(out).toContain(`  ${t("en-US", "close.chain.edited", { row: 2 })}`);
    expect(out).toContainEqual(
      expect.stringMatching(
        new RegExp(`^✗ ${first} · .+: unlocked outside KPI Desk \\(the audit log says locked\\)$`),
      ),
    );
  });

  it("refuses bad usage with the reason and the usage line (exit 2), and a missing file (exit 1)", async () => {
    expect(() => parseVerifyArgs(["a.xlsx"])).toThrow("verify.err.noPeriod");
    const bad = await run([EN_SAMPLE, "--period", "2026-Q1", "--receipt", "12"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toEqual([
      t("en-US", "verify.err.badReceipt", { value: "12" }),
      t("en-US", "verify.usage"),
    ]);
    const missing = await run([path.join(dir(), "nope.xlsx"), "--period", "2026-Q1"]);
    expect(missing.code).toBe(1);
  });
});
