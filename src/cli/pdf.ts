/**
 * Printing the report to PDF through LibreOffice (Debian package libreoffice-calc-nogui) and splitting the
 * statements into one PDF per person with poppler (poppler-utils: pdftotext, pdfseparate, pdfunite).
 *
 * LibreOffice runs once, whatever the team size: it converts a copy of the workbook holding only the report and
 * statement sheets (the input tables would add hundreds of pages), with the print set-up the plan gave them (A4,
 * one page wide, title rows, a page per statement). Statement pages are then found by their text — each printed
 * page of the statements repeats the sheet's title row, and each person's page starts with their heading — and
 * cut out with poppler, so 2,000 statements cost one conversion and a split, not 2,000 conversions.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { KpiError } from "../core/errors";
import type { Locale } from "../i18n";

/** A program the PDF output needs, with the Debian package that provides it. */
const PROGRAMS = {
  soffice: "libreoffice-calc-nogui",
  pdftotext: "poppler-utils",
  pdfseparate: "poppler-utils",
  pdfunite: "poppler-utils",
} as const;

/**
 * LibreOffice's conversion of a 2,000-person report takes half an hour on a loaded machine (on 2026-12-03, at a
 * load average near 20 and `nice -n 10`, 30 minutes converted the report's four first sheets of eleven): 2 hours.
 */
const CONVERT_TIMEOUT_MS = 120 * 60_000;

/**
 * @param program - a command name.
 * @returns whether it is on the PATH.
 */
export function hasProgram(program: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${program}`], { stdio: "ignore" }).status === 0;
}

/**
 * Refuses, with the install command, when a needed program is missing.
 * @throws KpiError `cli.err.noProgram`.
 */
function need(programs: readonly (keyof typeof PROGRAMS)[]): void {
  for (const program of programs) {
    if (!hasProgram(program)) {
      throw new KpiError("na", "cli.err.noProgram", { program, package: PROGRAMS[program] });
    }
  }
}

/** One person's statement: the heading their statement starts with, and the file name it goes to. */
export interface StatementTarget {
  heading: string;
  file: string;
}

/**
 * A file name for a person's statement: period, name and ID, with characters no file system accepts replaced.
 * @example statementFileName("2026-Q2", "王芳", "RM001") // "2026-Q2 王芳 RM001.pdf"
 */
export function statementFileName(period: string, name: string, id: string): string {
  return `${period} ${name} ${id}.pdf`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_");
}

/** Text with runs of white space as one space (pdftotext lays text out in columns). */
const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Assigns statement pages to people: a page holding a person's heading starts their statement; a page of the
 * statements without one continues the previous person's.
 * @param pages - the text of each PDF page, in order.
 * @param title - the statements sheet's title, repeated on each of its pages.
 * @param headings - each person's heading, in statement order.
 * @returns per person, the 1-based pages of their statement (empty if not found).
 */
export function statementPages(
  pages: readonly string[],
  title: string,
  headings: readonly string[],
): number[][] {
  const result = headings.map(() => [] as number[]);
  const wanted = headings.map(squeeze);
  let next = 0;
  let current = -1;
  pages.forEach((raw, i) => {
    const page = squeeze(raw);
    if (!page.includes(squeeze(title))) {
      current = -1;
      return;
    }
    // Statements are in order, so search forward from the last person found.
    for (let k = next; k < wanted.length; k++) {
      if (page.includes(wanted[k])) {
        current = k;
        next = k + 1;
        break;
      }
    }
    if (current >= 0) result[current].push(i + 1);
  });
  return result;
}

/** What to print. */
export interface PrintJob {
  /** Workbook files, each printing one sheet (LibreOffice counts "&N" over a whole file), in order. */
  workbooks: string[];
  /** Where the PDF of those sheets goes, or null for none. */
  pdf: string | null;
  /** Per-person statements: the folder, the statements' title and each person's heading and file. */
  statements: { dir: string; title: string; people: StatementTarget[] } | null;
  locale: Locale;
}

/** What was printed. */
export interface PrintResult {
  pages: number;
  statements: number;
}

/**
 * Converts the workbook to PDF once and, if asked, cuts one PDF per person out of it.
 * @param job - the files.
 * @returns the page count and the number of statements written.
 * @throws KpiError `cli.err.noProgram` (with the install command) or `cli.err.pdf`.
 */
export function printPdf(job: PrintJob): PrintResult {
  need(["soffice", "pdftotext", "pdfseparate", "pdfunite"]);
  const work = mkdtempSync(path.join(os.tmpdir(), "kpi-desk-pdf-"));
  try {
    // A private profile, so a LibreOffice already open (or a parallel run) cannot block the conversion.
    const profile = `file://${path.join(work, "profile")}`;
    const sources = job.workbooks.map((file, i) => {
      const source = path.join(work, `${i + 1}.xlsx`);
      copyFileSync(file, source);
      return source;
    });
    try {
      // One LibreOffice run for all the files.
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=${profile}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          work,
          ...sources,
        ],
        { stdio: "pipe", timeout: CONVERT_TIMEOUT_MS },
      );
    } catch (error) {
      throw new KpiError("value", "cli.err.pdf", {
        detail: error instanceof Error ? error.message : String(error),
      });
    }
    const pdf = path.join(work, "report.pdf");
    const parts = sources.map((source) => source.replace(/\.xlsx$/, ".pdf"));
    if (parts.length === 1) renameSync(parts[0], pdf);
    else execFileSync("pdfunite", [...parts, pdf]);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    const pages = text.split("\f");
    if (pages.length > 0 && pages[pages.length - 1].trim() === "") pages.pop();
    let written = 0;
    if (job.statements) {
      const { dir, title, people } = job.statements;
      mkdirSync(dir, { recursive: true });
      const owned = statementPages(
        pages,
        title,
        people.map((p) => p.heading),
      );
      const split = path.join(work, "pages");
      mkdirSync(split);
      const first = Math.min(...owned.flat());
      const last = Math.max(...owned.flat());
      if (Number.isFinite(first)) {
        execFileSync("pdfseparate", [
          "-f",
          String(first),
          "-l",
          String(last),
          pdf,
          path.join(split, "%d.pdf"),
        ]);
      }
      people.forEach((person, i) => {
        const mine = owned[i];
        if (mine.length === 0) return;
        const target = path.join(dir, person.file);
        const files = mine.map((n) => path.join(split, `${n}.pdf`));
        // Most statements are one page: a rename, not a process.
        if (files.length === 1) renameSync(files[0], target);
        else execFileSync("pdfunite", [...files, target]);
        written++;
      });
    }
    if (job.pdf) {
      mkdirSync(path.dirname(job.pdf), { recursive: true });
      copyFileSync(pdf, job.pdf);
    }
    return { pages: pages.length, statements: written };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
