/**
 * The report file opens and prints outside Excel: the CLI's output for both sample workbooks is converted to PDF
 * with LibreOffice (`soffice --headless --convert-to pdf`, Debian package libreoffice-calc-nogui) and the PDF's
 * text is checked with poppler's `pdftotext` (poppler-utils): both report sheets are there, the amounts in 万
 * print as numbers, and the first page of the report renders to an image. CI installs both packages; without them
 * this test fails and says what to install.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { serialFromYMD } from "../../src/core";
import { runReportCli } from "../../src/cli/report";

const ASSETS = path.resolve(__dirname, "../../assets");

function need(command: string, pkg: string): void {
  const found = spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
  if (!found) {
    throw new Error(
      `${command} is not installed: install the Debian package ${pkg} (apt-get install -y ${pkg}) to run this test.`,
    );
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "kpi-report-pdf-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Text of PDF pages (all, or `first`..`last`). */
function pdfText(file: string, first?: number, last?: number): string {
  const range = first === undefined ? [] : ["-f", String(first), "-l", String(last ?? first)];
  return execFileSync("pdftotext", [...range, "-layout", file, "-"], { encoding: "utf8" });
}

it("converts the English and the Chinese report to readable PDF pages with LibreOffice", async () => {
  need("soffice", "libreoffice-calc-nogui");
  need("pdftotext", "poppler-utils");
  need("pdftoppm", "poppler-utils");
  const io = {
    out: () => undefined,
    err: (l: string) => console.error(l),
    today: serialFromYMD(2026, 5, 15),
  };
  const en = path.join(dir, "report.xlsx");
  const zh = path.join(dir, "report-zh.xlsx");
  expect(
    await runReportCli([path.join(ASSETS, "sample-team.xlsx"), "--period", "2026-Q2", "--out", en], io),
  ).toBe(0);
  expect(await runReportCli([path.join(ASSETS, "sample-team.zh-CN.xlsx"), "--out", zh], io)).toBe(0);

  // Only the report sheets are printed: the input's data tables travel in the file too, but would add some 130
  // pages of rows to convert.
  for (const file of [en, zh]) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    for (const sheet of [...workbook.worksheets]) {
      if (!/2026-Q2$/.test(sheet.name)) workbook.removeWorksheet(sheet.id);
    }
    await workbook.xlsx.writeFile(file);
  }

  // A private profile, so a LibreOffice already running (or a parallel run) cannot block the conversion.
  const profile = `file://${path.join(dir, "profile")}`;
  const started = Date.now();
  execFileSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, en, zh],
    { stdio: "pipe", timeout: 90_000 },
  );
  console.warn(`LibreOffice converted both reports in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  for (const file of [en, zh]) {
    const pdf = file.replace(/\.xlsx$/, ".pdf");
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(50_000);
  }
  const english = pdfText(path.join(dir, "report.pdf"));
  expect(english).toContain("KPI report — 2026-Q2");
  expect(english).toContain("Statements — 2026-Q2");
  const chinese = pdfText(path.join(dir, "report-zh.pdf"));
  expect(chinese).toContain("绩效报告 — 2026-Q2");
  expect(chinese).toContain("结算单 — 2026-Q2");
  // 万 amounts print as numbers (LibreOffice does not read Excel's `0!.0,` and would print "75!.0万").
  expect(chinese).toMatch(/\d\.\d万/);
  expect(chinese).not.toMatch(/!\.\d万/);

  // The report sheet's first page renders.
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [path.join(dir, "report.pdf")], { encoding: "utf8" }))?.[1],
  );
  let first = 0;
  for (let p = pages; p >= 1 && first === 0; p--) {
    if (pdfText(path.join(dir, "report.pdf"), p).includes("KPI report — 2026-Q2")) first = p;
  }
  expect(first).toBeGreaterThan(0);
  const image = path.join(dir, "page");
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "60",
    "-f",
    String(first),
    "-l",
    String(first),
    "-singlefile",
    path.join(dir, "report.pdf"),
    image,
  ]);
  expect(statSync(`${image}.png`).size).toBeGreaterThan(10_000);
}, 120_000);
