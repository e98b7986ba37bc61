/**
 * `npm run bench`: runs every `bench/*.bench.ts` module in name order and prints what each measures.
 *
 * A bench module (contract in `harness.ts`) exports `name` (a title) and `run()`, which measures, prints its own table and returns the
 * budgets it checked; a missed budget makes the whole run exit with code 1. Pass words to run only the modules
 * whose file name contains one of them: `npm run bench -- functions`.
 */
// Every string in both languages (the report bench renders its model; the browser fetches one language on demand).
import "../src/i18n/all";
import fs from "fs";
import path from "path";
import type { BenchModule } from "./harness";

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
    .sort();
  const missed: string[] = [];
  for (const file of files) {
    const mod = (await import(path.join(__dirname, file))) as BenchModule;
    console.log(`\n=== ${mod.name} (${file}) ===`);
    const budgets = await mod.run();
    for (const b of budgets) {
      console.log(`${b.met ? "ok    " : "MISSED"} ${b.label}`);
      if (!b.met) missed.push(`${file}: ${b.label}`);
    }
  }
  if (files.length === 0) console.log("no bench matched", filters.join(" "));
  if (missed.length > 0) {
    console.log(`\n${missed.length} budget(s) missed`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
