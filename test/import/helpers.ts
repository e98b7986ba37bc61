/** Shared set-up of the import tests: fixtures and a small team book in memory. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readCsv, readImportBook, type ImportPreview, type SourceTable } from "../../src/import";
import {
  DEFAULT_SETTINGS,
  DEFAULT_STAGE_MAP,
  settingRows,
  TABLE_KEYS,
  type TableKey,
  type TableRows,
} from "../../src/model";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { TableAppend, WorkbookPort } from "../../src/workbook/port";

export const FIXTURES = path.join(__dirname, "fixtures");

/** A fixture file as a source table. */
export function fixture(name: string): SourceTable {
  return readCsv(name, new Uint8Array(readFileSync(path.join(FIXTURES, name))));
}

export const MANAGERS: TableRows["Managers"][] = [
  manager("M001", "张伟", "华东一组", "zhang.wei@example.com"),
  manager("M002", "李娜", "华东一组", "li.na@example.com"),
  manager("M003", "Alex Chen", "East", "alex.chen@example.com"),
];

function manager(id: string, name: string, team: string, email: string): TableRows["Managers"] {
  return {
    ManagerID: id,
    Name: name,
    Team: team,
    Branch: null,
    Level: null,
    Supervisor: null,
    Email: email,
    HireDate: null,
    LeaveDate: null,
    Plan: null,
    TargetBonus: null,
    Status: null,
  };
}

/** A workbook with every table, three people, two customers and the default stage map. */
export function teamBook(): MemoryWorkbook {
  return new MemoryWorkbook({
    locale: "zh-CN",
    seed: {
      Managers: MANAGERS,
      Customers: [
        {
          CustomerID: "C1",
          Name: "华东纺织有限公司",
          ManagerID: "M001",
          Segment: null,
          Industry: null,
          Since: null,
          Status: null,
        },
        {
          CustomerID: "C2",
          Name: "Harbor Freight Ltd",
          ManagerID: "M003",
          Segment: null,
          Industry: null,
          Since: null,
          Status: null,
        },
      ],
      Settings: settingRows({ ...DEFAULT_SETTINGS }),
      StageMap: DEFAULT_STAGE_MAP.map((r) => ({ ...r })),
    },
  });
}

/** The import's view of a workbook. */
export async function bookOf(port: MemoryWorkbook) {
  return (await readImportBook(port)).book;
}

/**
 * The workbook as seen through a port that refuses every write touching `table` (as a full disk or a busy Excel
 * would), alone or together with other tables; everything else goes through.
 */
export function refusingWrites(port: WorkbookPort, table: string): WorkbookPort {
  const refuse = () => {
    throw new Error(`disk full (${table})`);
  };
  return new Proxy(port, {
    get(target, key, receiver) {
      if (key === "appendRows") {
        return async (name: string, rows: never[]) =>
          name === table ? refuse() : target.appendRows(name as never, rows);
      }
      if (key === "appendRowsTogether") {
        return async (writes: readonly TableAppend[]) =>
          writes.some((w) => w.key === table) ? refuse() : target.appendRowsTogether(writes);
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** A preview's survey rounds as [date, team, kind, answers added]. */
export function roundsOf(preview: ImportPreview): [number, string, string, number][] {
  return preview.rounds.map((r) => [r.date, r.team, r.kind, r.added]);
}

/**
 * Fails when any of `secrets` stands anywhere in the tables as written.
 * @param port - the book.
 * @param secrets - texts that must not be written (names, e-mails, free text, times of day).
 * @param tables - the tables to read: every table by default.
 */
export async function expectNoneWritten(
  port: WorkbookPort,
  secrets: string[],
  tables: readonly TableKey[] = TABLE_KEYS,
): Promise<void> {
  const everything = JSON.stringify(await port.readTables(tables));
  for (const secret of secrets) expect(everything).not.toContain(secret);
}
