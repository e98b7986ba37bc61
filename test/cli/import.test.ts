import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseImportArgs, runImportCli } from "../../src/cli/import";
import { DEFAULT_SETTINGS, DEFAULT_STAGE_MAP, serialOf, settingRows, TABLE_KEYS } from "../../src/model";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { FIXTURES, MANAGERS } from "../import/helpers";
import { runCli } from "./harness";

const today = serialOf(2026, 4, 2);

async function makeBook(dir: string): Promise<string> {
  const port = XlsxWorkbook.create({ locale: "zh-CN" });
  await port.ensureTables(TABLE_KEYS, "zh-CN", {
    Managers: MANAGERS,
    Settings: settingRows({ ...DEFAULT_SETTINGS }),
    StageMap: DEFAULT_STAGE_MAP.map((r) => ({ ...r })),
  });
  const file = path.join(dir, "team.xlsx");
  await port.save(file);
  return file;
}

const run = (argv: string[], locale: "zh-CN" | "en-US" = "en-US") =>
  runCli(runImportCli, argv, { today, locale });

describe("npm run import", () => {
  it("parses its options", () => {
    expect(parseImportArgs(["a.csv", "--into=b.xlsx", "--dry-run", "--team", "East"])).toMatchObject({
      file: "a.csv",
      into: "b.xlsx",
      dryRun: true,
      team: "East",
    });
    expect(() => parseImportArgs(["a.csv"])).toThrow();
    expect(() => parseImportArgs(["a.csv", "--into", "b.xlsx", "--colour", "red"])).toThrow();
  });

  it("previews, applies to a new file, leaves the input unchanged, and is idempotent", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kpi-import-"));
    const book = await makeBook(dir);
    const before = statSync(book).mtimeMs;
    const deals = path.join(FIXTURES, "fxiaoke-deals.csv");

    const dry = await run([deals, "--into", book, "--dry-run"], "zh-CN");
    expect(dry.code).toBe(0);
    expect(dry.out[0]).toBe(
      "fxiaoke-deals.csv（fxiaoke.deals）：新增 3 行，更新 0 行，未变 0 行，跳过 2 行，文件中已不存在 0 行",
    );
    expect(dry.out).toContain("试运行：未写入任何内容。");

    const out = path.join(dir, "after.xlsx");
    const applied = await run([deals, "--into", book, "--out", out, "--by", "Lead"]);
    expect(applied.code).toBe(0);
    expect(applied.out.at(-2)).toBe("Imported: 3 added, 0 updated. Logged in the Audit log.");
    expect(statSync(book).mtimeMs).toBe(before);

    const written = await XlsxWorkbook.load(out);
    const { Deals, Audit } = await written.readTables(["Deals", "Audit"]);
    expect(Deals).toHaveLength(3);
    expect(Audit.map((a) => a.Action)).toEqual(["import"]);

    const again = await run([deals, "--into", out, "--dry-run"]);
    expect(again.out[0]).toMatch(/0 to add, 0 to update, 3 unchanged, 2 skipped/);
  });

  it("reads a sheet through --map and saves the map in the workbook", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kpi-import-"));
    const book = await makeBook(dir);
    const out = path.join(dir, "after.xlsx");
    const sheet = path.join(FIXTURES, "own-sheet.csv");
    const res = await run([
      sheet,
      "--into",
      book,
      "--map",
      path.join(FIXTURES, "own-sheet.map.json"),
      "--out",
      out,
    ]);
    expect(res.code).toBe(0);
    const { Settings } = await (await XlsxWorkbook.load(out)).readTables(["Settings"]);
    expect(Settings.find((s) => s.Key === "import.map.own-sheet")).toBeDefined();
    // Next time the saved map is offered: no --map needed.
    const next = await run([sheet, "--into", out, "--dry-run"]);
    expect(next.out[0]).toMatch(/\(own-sheet\): 0 to add, 0 to update, 1 unchanged/);
  });

  it("imports survey answers with --team and writes no identifying text", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kpi-import-"));
    const book = await makeBook(dir);
    const out = path.join(dir, "after.xlsx");
    const res = await run([
      path.join(FIXTURES, "forms-pulse.csv"),
      "--into",
      book,
      "--out",
      out,
      "--team",
      "East",
    ]);
    expect(res.code).toBe(0);
    const everything = JSON.stringify(await (await XlsxWorkbook.load(out)).readTables(TABLE_KEYS));
    expect(everything).not.toMatch(/anon1@example\.com|Respondent One|More training/);
  });

  it("names a file it does not recognise, and a missing file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kpi-import-"));
    const book = await makeBook(dir);
    const odd = path.join(dir, "odd.csv");
    writeFileSync(odd, "Colour,Size\nred,3\n");
    const res = await run([odd, "--into", book]);
    expect(res.code).toBe(1);
    expect(res.err[0]).toMatch(/odd\.csv is not an export KPI Desk recognises.*Colour, Size/);
    const missing = await run([path.join(dir, "nope.csv"), "--into", book]);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/nope\.csv does not exist/);
    const usage = await run([odd]);
    expect(usage.code).toBe(2);
  });
});
