/**
 * One run of the report CLI for `report-cli.bench.ts`, in its own process: runs `runReportCli` with the given
 * arguments (output discarded) and prints, as the last line on stdout, its exit code, CPU time and peak memory
 * (resident set size) as JSON. Not a bench module itself (no `.bench.ts` suffix).
 */
import { runReportCli } from "../src/cli/report";

async function main(): Promise<void> {
  const errors: string[] = [];
  const code = await runReportCli(process.argv.slice(2), {
    out: () => undefined,
    err: (line) => errors.push(line),
  });
  const usage = process.resourceUsage();
  process.stdout.write(
    `${JSON.stringify({
      code,
      errors,
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      maxRssMb: usage.maxRSS / 1024,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
