/**
 * What the command-line tests share: the shipped sample workbooks, a temporary directory per test file, and a
 * command run in-process with what it prints captured.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CliIo } from "../../src/cli/command";

export const ASSETS = path.resolve(__dirname, "../../assets");
export const EN_SAMPLE = path.join(ASSETS, "sample-team.xlsx");
export const ZH_SAMPLE = path.join(ASSETS, "sample-team.zh-CN.xlsx");

/**
 * A temporary directory made before the file's tests and removed after them.
 * @param prefix - the directory name's start, naming the test file.
 * @returns a getter for the directory (it exists once `beforeAll` has run).
 */
export function tempDir(prefix: string): () => string {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

/** A command's exit code and the lines it wrote to each stream. */
export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/**
 * Runs a command in-process, capturing its output.
 * @param cli - the command (`runReportCli`, `runVerifyCli`, `runImportCli`).
 * @param argv - its arguments.
 * @param io - today and the message language.
 * @returns the exit code and the lines written.
 */
export async function runCli(
  cli: (argv: readonly string[], io: CliIo) => Promise<number>,
  argv: string[],
  io: Pick<CliIo, "today" | "locale">,
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(argv, { ...io, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
