/**
 * The team book in Node at 12, 400 and 2,000 people: the pane's data path without a browser, in CPU time of the
 * process (user + system), which a machine shared with other work disturbs far less than the wall clock.
 *
 * Per size, on the in-memory workbook set up with the sample team (as the preview's `?sample=N`):
 * - seeding: generating the sample and writing it (Set up workbook) — the preview's share only, not Excel's;
 * - reading every table back (`readTables`), building the book (screening for duplicate ids) and the period
 *   picture of the sample's quarter (`book.period`, i.e. `buildPeriod`) — what the first roster row waits for;
 * - a save as the pane makes it: one interaction appended, then the next book from the change tokens (only
 *   Interactions read again and re-screened) and the period picture again.
 * Figures are the best of RUNS (default 3) per step; no budget (the pane's budgets are judged in the browser by
 * bench/pane.bench.ts), the ratio to 12 people is printed.
 */
import { buildBook, type Book } from "../src/book";
import type { Locale } from "../src/i18n";
import type { TableKey } from "../src/model";
import { MemoryWorkbook } from "../src/workbook/memory";
import { setUpWorkbook } from "../src/workbook/setup";
import { collect, type Budget } from "./harness";

export const name = "Team book and period picture at 12, 400 and 2,000 people (Node, CPU time)";

const SIZES = [12, 400, 2000] as const;
const RUNS = Math.max(1, Number(process.env.BOOK_BENCH_RUNS) || 3);
const LOCALE: Locale = "en-US";
const AS_OF = 46157; // 2026-05-15
const PERIOD = "2026-Q2";

/** CPU ms of this process so far. */
function cpu(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** Runs `fn` after a full GC and returns its result and CPU ms. */
async function timed<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  collect();
  const start = cpu();
  const value = await fn();
  return [value, cpu() - start];
}

type Step = "seed" | "read" | "book" | "cli" | "period" | "saveBook" | "savePeriod";
const STEPS: [Step, string][] = [
  ["seed", "seeding (generate + write), ms"],
  ["read", "read every table, ms"],
  ["book", "build the book, ms"],
  ["cli", "  the same without tokens (CLI), ms"],
  ["period", "period picture (buildPeriod), ms"],
  ["saveBook", "after a save: next book, ms"],
  ["savePeriod", "after a save: period picture, ms"],
];

async function once(size: number): Promise<Record<Step, number>> {
  const port = new MemoryWorkbook({ locale: LOCALE, changeDelayMs: 0 });
  const [, seed] = await timed(() =>
    setUpWorkbook(port, { locale: LOCALE, withSample: true, sample: { managers: size, asOf: AS_OF } }),
  );
  const keys: TableKey[] = await port.listTables();
  const [rows, read] = await timed(async () => port.readTables(keys));
  const versions = await port.tableVersions(keys);
  const [book, bookMs] = await timed(() => buildBook(rows, { locale: LOCALE, versions }));
  const [, period] = await timed(() => book.period(PERIOD, AS_OF));
  // Without change tokens (Office.js, .xlsx files; the CLI's report): the same rows, no previous book.
  const [, cli] = await timed(() => buildBook(rows, { locale: LOCALE }));
  const person = (await port.readTables(["Customers"])).Customers[0];
  await port.appendRows("Interactions", [
    {
      InteractionID: "BENCH-1",
      ManagerID: person.ManagerID,
      CustomerID: person.CustomerID,
      Date: AS_OF,
      Type: "call",
      Outcome: "bench",
      Note: null,
      NextStep: null,
      NextDate: null,
    },
  ]);
  const [next, saveBook] = await timed(async (): Promise<Book> => {
    const now = await port.tableVersions(keys);
    const stale = keys.filter((key) => book.versionOf(key) !== now[key]);
    return buildBook(await port.readTables(stale), { locale: LOCALE, previous: book, versions: now });
  });
  const [, savePeriod] = await timed(() => next.period(PERIOD, AS_OF));
  return { seed, read, book: bookMs, cli, period, saveBook, savePeriod };
}

/** @returns no budget: figures only. */
export async function run(): Promise<Budget[]> {
  const best = new Map<number, Record<Step, number>>();
  for (let i = 0; i < RUNS; i++) {
    for (const size of SIZES) {
      const r = await once(size);
      const b = best.get(size);
      best.set(size, b ? (Object.fromEntries(STEPS.map(([s]) => [s, Math.min(b[s], r[s])])) as typeof r) : r);
    }
  }
  console.log(`CPU ms, best of ${RUNS} runs per size (×: ratio to 12 people); ${PERIOD} as of 2026-05-15`);
  console.log(["", ...SIZES.map((s) => `${s} people`)].map((h, i) => h.padEnd(i === 0 ? 36 : 18)).join(""));
  for (const [step, label] of STEPS) {
    const base = best.get(12)![step];
    const cells = SIZES.map((s) => {
      const v = best.get(s)![step];
      return `${v.toFixed(0)}${s === 12 || base <= 0 ? "" : ` ×${(v / base).toFixed(0)}`}`.padEnd(18);
    });
    console.log([label.padEnd(36), ...cells].join(""));
  }
  return [];
}
