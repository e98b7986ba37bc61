/**
 * Bad input to the CLI gets words a user understands: a file that is not an .xlsx workbook says what it seems to
 * be (sniffed from its bytes, never a zip library's message), an unknown --scope lists the teams, a period
 * without goals names the periods that have them. Every case exits non-zero and writes nothing.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serialFromYMD } from "../../src/core";
import { t, type Locale } from "../../src/i18n";
import { runReportCli } from "../../src/cli/report";
import { sniffFile } from "../../src/workbook/xlsx/sniff";
import { EN_SAMPLE as SAMPLE, runCli, tempDir, ZH_SAMPLE } from "./harness";

const TODAY = serialFromYMD(2026, 11, 26);

const dir = tempDir("kpi-cli-input-");

const run = (argv: string[], locale: Locale = "en-US") =>
  runCli(runReportCli, argv, { today: TODAY, locale });

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array<number>(504).fill(0)]);
/** "姓名,团队\n李雷,北区\n" in GBK, as Excel on a Chinese Windows saves a CSV. */
const GBK_CSV = Buffer.from("d0d5c3fb2cc5c5b6d30ac0eec0d72cb1b1c7f80a", "hex");
/** Bytes that are no text in any encoding and no known file type (fixed, so the test cannot flake). */
const RANDOM = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 73 + 11) % 256));
/** A zip holding a Word document part (only its local header matters to the sniffer). */
const DOCX = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.alloc(26),
  Buffer.from("word/document.xml"),
]);

describe("sniffFile", () => {
  it.each([
    ["an empty file", Buffer.alloc(0), "empty"],
    ["an OLE compound file (encrypted workbook or .xls)", OLE, "ole"],
    ["a UTF-8 CSV with a BOM", Buffer.from("\ufeffName,Team\nLi,North\n"), "csv"],
    ["a GBK CSV", GBK_CSV, "csv"],
    ["a UTF-16 CSV (Excel's Unicode text)", Buffer.from("\ufeffName\tTeam\r\n", "utf16le"), "csv"],
    ["plain text", Buffer.from("hello\n"), "text"],
    ["a PDF", Buffer.from("%PDF-1.7\n"), "pdf"],
    ["a Word document", DOCX, "docx"],
    ["random bytes", RANDOM, "binary"],
  ])("recognises %s", (_, bytes, kind) => {
    expect(sniffFile(bytes)).toBe(kind);
  });
});

describe("report CLI on a file that is not an .xlsx workbook", () => {
  it.each([
    ["team.csv", Buffer.from("Manager ID,Name,Team\nM001,Li Lei,North\n"), "csv"],
    ["team-gbk.csv", GBK_CSV, "csv"],
    ["locked.xlsx", OLE, "ole"],
    ["noise.xlsx", RANDOM, "binary"],
    ["empty.xlsx", Buffer.alloc(0), "empty"],
    ["letter.xlsx", DOCX, "docx"],
  ] as const)("%s: says what the file seems to be, exit 1, nothing written", async (name, bytes, kind) => {
    const sub = mkdtempSync(path.join(dir(), "bad-"));
    const file = path.join(sub, name);
    writeFileSync(file, bytes);
    for (const locale of ["en-US", "zh-CN"] as const) {
      const result = await run([file, "--period", "2026-Q2", "--lang", locale]);
      expect(result.code).toBe(1);
      expect(result.err).toEqual([t(locale, `workbook.err.notXlsx.${kind}`, { file })]);
      expect(result.err[0]).toContain(".xlsx");
      expect(result.err[0]).not.toMatch(/zip|central directory|signature/i);
    }
    expect(readdirSync(sub)).toEqual([name]);
  });
});

describe("report CLI on a scope or period that does not exist", () => {
  it("an unknown --scope lists the teams that exist", async () => {
    const result = await run([
      SAMPLE,
      "--period",
      "2026-Q2",
      "--scope",
      "Nrth",
      "--out",
      path.join(dir(), "x.xlsx"),
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      t("en-US", "gen.err.unknownScope", {
        scope: "Nrth",
        teams: "Corporate Banking, Retail & Wealth, SME Banking",
      }),
    ]);
    expect(readdirSync(dir())).not.toContain("x.xlsx");
  });

  it("a team is matched without case or surrounding spaces", async () => {
    const file = path.join(dir(), "sme.xlsx");
    const result = await run([SAMPLE, "--period", "2026-Q2", "--scope", " sme banking ", "--out", file]);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
  }, 30_000);

  it("a period with no goals exits non-zero and names the periods that have goals, in Chinese too", async () => {
    const result = await run(
      [ZH_SAMPLE, "--period", "2025-Q3", "--out", path.join(dir(), "y.xlsx")],
      "zh-CN",
    );
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toContain("2025-Q3");
    expect(result.err[0]).toContain("2026-Q1, 2026-Q2");
    expect(result.err[0]).toBe(
      t("zh-CN", "gen.err.noGoals", {
        period: "2025-Q3",
        scope: t("zh-CN", "gen.scope.all"),
        periods: "2026-Q1, 2026-Q2",
      }),
    );
    expect(readdirSync(dir())).not.toContain("y.xlsx");
  });
});
