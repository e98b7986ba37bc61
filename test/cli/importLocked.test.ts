/**
 * An import that changes a locked period's input shows in that lock's change list (issue #13, point 4): a Zoho
 * CRM deal of M001 won in 2026-Q1 is imported, the quarter's payouts are drafted, approved and locked (as the
 * shipped samples are), then the same record comes again with a new amount — the import updates its row, and
 * `npm run verify` lists the change on M001's commission lock, from → to, and exits 1.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { serialFromYMD } from "../../src/core";
import { runImportCli } from "../../src/cli/import";
import { runVerifyCli } from "../../src/cli/verify";
import { generateSample } from "../../src/model";
import { saveApprover } from "../../src/workbook/audit";
import { approve, draftPayouts, lock } from "../../src/workbook/periodClose";
import { setUpWorkbook } from "../../src/workbook/setup";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { runCli, tempDir } from "./harness";

// Sets up, saves and re-reads a 2,400-row workbook four times on a shared 2-core machine: a hang guard.
jest.setTimeout(240_000);

const dir = tempDir("kpi-import-locked-");

const today = serialFromYMD(2026, 4, 20);
const RECORD = "zcrm_4876876000000700001";

/** A Zoho CRM Deals export (its own headers, as Zoho writes them) with one won deal of M001. */
function zohoDeals(file: string, owner: string, account: string, amount: string) {
  const header = "Record Id,Deal Owner,Deal Name,Account Name,Amount,Stage,Closing Date,Type";
  const row = `${RECORD},${owner},${account} treasury,${account},"${amount}",Closed Won,"Mar 20, 2026",New Business`;
  const full = path.join(dir(), file);
  writeFileSync(full, `${header}\n${row}\n`);
  return full;
}

const cli = (run: typeof runImportCli | typeof runVerifyCli, argv: string[]) =>
  runCli(run, argv, { today, locale: "en-US" });

it("an imported update of a locked quarter's deal is listed as a change of that lock by npm run verify", async () => {
  const sample = generateSample({ locale: "en-US" });
  const person = sample.Managers.find((m) => m.ManagerID === "M001")!;
  const account = sample.Customers.find((c) => c.ManagerID === "M001")!.Name;

  // The sample team, then the CRM's deal imported before the quarter is closed.
  const port = XlsxWorkbook.create({ locale: "en-US" });
  await setUpWorkbook(port, { locale: "en-US", withSample: true });
  const book = path.join(dir(), "team.xlsx");
  await port.save(book);
  const first = zohoDeals("deals-v1.csv", person.Name, account, "$120,000.00");
  const imported = path.join(dir(), "imported.xlsx");
  const v1 = await cli(runImportCli, [first, "--into", book, "--out", imported]);
  expect(v1.err).toEqual([]);
  expect(v1.out[0]).toMatch(/: 1 to add, 0 to update/);

  // 2026-Q1 closed: drafted, approved and locked.
  const closing = await XlsxWorkbook.load(imported);
  await saveApprover(closing, "Alex Morgan");
  const ids = (await draftPayouts(closing, "2026-Q1")).rows.map((r) => r.PayoutID);
  const actor = { date: serialFromYMD(2026, 4, 10), by: "Alex Morgan" };
  await approve(closing, ids, actor);
  await lock(closing, ids, actor);
  const locked = path.join(dir(), "locked.xlsx");
  await closing.save(locked);
  const clean = await cli(runVerifyCli, [locked, "--period", "2026-Q1"]);
  expect([clean.code, clean.out.at(-1)]).toEqual([0, "Everything checks."]);

  // The CRM record changed: the import updates the row, and the lock lists it.
  const second = zohoDeals("deals-v2.csv", person.Name, account, "$150,000.00");
  const after = path.join(dir(), "after.xlsx");
  const v2 = await cli(runImportCli, [second, "--into", locked, "--out", after]);
  expect(v2.err).toEqual([]);
  expect(v2.out[0]).toMatch(/: 0 to add, 1 to update, 0 unchanged/);
  const { Deals } = await (await XlsxWorkbook.load(after)).readTables(["Deals"]);
  const deal = Deals.find((d) => d.SourceID === RECORD)!;
  expect(deal.Amount).toBe(150_000);

  const { code, out } = await cli(runVerifyCli, [after, "--period", "2026-Q1"]);
  expect(code).toBe(1);
  expect(out).toContainEqual(
    expect.stringMatching(
      /^✗ 2026-Q1-M001-COM-CORP · .+: locked on 2026-04-10, changed since the lock \(1\):$/,
    ),
  );
  expect(out).toContainEqual(
    expect.stringMatching(
      new RegExp(`Deals ${deal.DealID} · M001 · Amount: 120,000(\\.00)? → 150,000(\\.00)?$`),
    ),
  );
});
