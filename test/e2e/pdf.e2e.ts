/**
 * The report printed outside Excel (Node only, no browser): `npm run report -- … --pdf --statements` on both
 * sample workbooks runs LibreOffice (Debian package libreoffice-calc-nogui) and poppler (poppler-utils). The PDF
 * holds the report and the statements, every page numbered within its own sheet ("Page 3 of 15", "第 1 页，共 20
 * 页"), 万 amounts print exact to the yuan (never "!." or a 10× value), each person's statement starts a page of
 * its own, and there is one PDF statement per person, named by period, name and ID, that holds that person's
 * pages and no one else's.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { serialFromYMD } from "../../src/core";
import { runReportCli } from "../../src/cli/report";
import { type Locale } from "../../src/i18n";
import { test } from "@playwright/test";
import { log, translator } from "./harness";

const ASSETS = path.resolve(__dirname, "..", "..", "assets");

const text = (file: string, page?: number) =>
  execFileSync(
    "pdftotext",
    [...(page ? ["-f", String(page), "-l", String(page)] : []), "-layout", file, "-"],
    {
      encoding: "utf8",
    },
  );

for (const [locale, file] of [
  ["en-US", "sample-team.xlsx"],
  ["zh-CN", "sample-team.zh-CN.xlsx"],
] as [Locale, string][]) {
  test(
    `pdf: report and per-person statements through LibreOffice (${locale})`,
    { tag: "@node" },
    async () => {
      // Longer than a pane test's 60 s: a LibreOffice conversion of a large workbook.
      test.setTimeout(240_000);
      const dir = mkdtempSync(path.join(os.tmpdir(), "kpi-pdf-e2e-"));
      try {
        const lines: string[] = [];
        const started = Date.now();
        const code = await runReportCli(
          [
            path.join(ASSETS, file),
            "--period",
            "2026-Q2",
            "--out",
            path.join(dir, "report.xlsx"),
            "--pdf",
            path.join(dir, "report.pdf"),
            "--statements",
            path.join(dir, "statements"),
          ],
          { out: (l) => lines.push(l), err: (l) => lines.push(l), today: serialFromYMD(2026, 5, 15) },
        );
        assert.equal(code, 0, lines.join("\n"));
        log(`report, PDF and statements in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        const tr = translator(locale);
        const pdf = path.join(dir, "report.pdf");
        const all = text(pdf);
        assert.ok(all.includes(tr("report.title", { period: "2026-Q2" })));
        assert.ok(all.includes(tr("report.stmt.title", { period: "2026-Q2" })));
        if (locale === "zh-CN") {
          assert.match(all, /\d+\.\d{4}万/);
          assert.doesNotMatch(all, /!\.\d/);
        } else assert.match(all, /\d{1,3},\d{3}/);

        // Page numbers count within each sheet: each of the report's six sheets (the scorecard, Pay, Work, Growth,
        // Goals, Analysis) and then the statements read 1…n of n.
        const pages = all.split("\f");
        if (pages.at(-1)?.trim() === "") pages.pop();
        const pageOf = locale === "zh-CN" ? /第 (\d+) 页，共 (\d+) 页/ : /Page (\d+) of (\d+)/;
        const footers = pages.map((page, i) => {
          const match = pageOf.exec(page);
          assert.ok(match, `page ${i + 1} has no page number`);
          return [Number(match[1]), Number(match[2])];
        });
        const sheets = footers.filter(([page]) => page === 1).map(([, of]) => of);
        assert.equal(sheets.length, 7, `pages per sheet: ${sheets.join(", ")}`);
        assert.deepEqual(
          footers,
          sheets.flatMap((of) => Array.from({ length: of }, (_, k) => [k + 1, of])),
        );
        const statementPages = sheets[6];
        const reportPages = pages.length - statementPages;
        log(`${locale}: report ${reportPages} pages, statements ${statementPages} pages`);

        // Each person's statement starts a page of its own: a page with a statement heading holds exactly one,
        // under the sheet's title row (and, on the first, the sheet's one-line introduction), and every person
        // has one heading in the whole PDF.
        const heading = /(\S[^\n]*?)\s*[(（](M\d{3})[)）]\s*·/g;
        // A further page of a long statement is headed by the person too, marked as continued: not a heading.
        const continued = tr("report.stmt.continued", { person: "", period: "2026-Q2" }).split("2026-Q2")[1];
        const headings = (page: string) =>
          [...page.matchAll(heading)].filter((m) => !page.slice(m.index).split("\n")[0].includes(continued));
        const people = new Map<string, { name: string; page: number }>();
        pages.slice(reportPages).forEach((page, i) => {
          const found = headings(page);
          if (found.length === 0) return;
          const where = `statement page ${i + 1}`;
          assert.equal(found.length, 1, `${where} holds ${found.map((m) => m[2]).join(", ")}`);
          const [, name, id] = found[0];
          assert.ok(!people.has(id), `${id} has a heading on two pages`);
          people.set(id, { name: name.trim(), page: i + 1 });
          const lines = page.split("\n").filter((l) => l.trim() !== "");
          const at = lines.findIndex((l) => l.includes(`${id}`));
          assert.ok(at >= 1 && at <= (i === 0 ? 2 : 1), `${where}: ${id}'s heading is line ${at + 1}`);
        });
        assert.equal(people.size, 12);

        // --statements: one PDF per person, named by period, name and ID, holding that person's pages only.
        const statements = readdirSync(path.join(dir, "statements")).sort();
        assert.deepEqual(statements, [...people].map(([id, p]) => `2026-Q2 ${p.name} ${id}.pdf`).sort());
        const ids = [...people.keys()];
        for (const [id, p] of people) {
          const file = path.join(dir, "statements", `2026-Q2 ${p.name} ${id}.pdf`);
          const body = text(file);
          const held = headings(body).map((m) => m[2]);
          assert.deepEqual(held, [id], `${id}'s statement holds ${held.join(", ")}`);
          // As many pages as the person's statement takes in the whole PDF (up to the next person's heading).
          const next = Math.min(
            ...ids.map((other) => people.get(other)!.page).filter((page) => page > p.page),
            statementPages + 1,
          );
          const own = body.split("\f").filter((page) => page.trim() !== "").length;
          assert.equal(own, next - p.page, `${id}'s statement has ${own} pages`);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
}
