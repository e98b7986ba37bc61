/**
 * The report printed outside Excel (Node only, no browser): `npm run report -- … --pdf --statements` on both
 * sample workbooks runs LibreOffice (Debian package libreoffice-calc-nogui) and poppler (poppler-utils). The PDF
 * holds the report and the statements, every page of the report numbered within its own sheet ("Page 3 of 15",
 * "第 1 页，共 20 页") and every page of a statement within that person's statement, 万 amounts print exact to
 * the yuan (never "!." or a 10× value), each person's statement starts a page of its own, and there is one PDF
 * statement per person, named by period, name and ID, that holds that person's pages (1 of n … n of n) and no one
 * else's.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { serialFromYMD } from "../../src/core";
import { runReportCli } from "../../src/cli/report";
import { REPORT_SHEETS } from "../../src/report";
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

        // Page numbers count within each of the report's six sheets (the scorecard, Pay, Work, Growth, Goals,
        // Analysis) in the footer, then within each person's statement in its heading rows: 1…n of n each, and
        // never a count over the whole statements sheet ("Page 2 of 31" on a 3-page statement).
        const pages = all.split("\f");
        if (pages.at(-1)?.trim() === "") pages.pop();
        const pageOf = locale === "zh-CN" ? /第 (\d+) 页，共 (\d+) 页/ : /Page (\d+) of (\d+)/;
        const numbers = (page: string, where: string) => {
          const match = pageOf.exec(page);
          assert.ok(match, `${where} has no page number`);
          return [Number(match[1]), Number(match[2])];
        };
        const footers = pages.map((page, i) => numbers(page, `page ${i + 1}`));
        const runs = footers.filter(([page]) => page === 1).map(([, of]) => of);
        assert.equal(runs.length, REPORT_SHEETS + 12, `pages per sheet or statement: ${runs.join(", ")}`);
        assert.deepEqual(
          footers,
          runs.flatMap((of) => Array.from({ length: of }, (_, k) => [k + 1, of])),
        );
        const reportPages = runs.slice(0, REPORT_SHEETS).reduce((a, b) => a + b, 0);
        const statementPages = pages.length - reportPages;
        const longest = Math.max(...runs.slice(REPORT_SHEETS));
        log(
          `${locale}: report ${reportPages} pages, statements ${statementPages} pages (longest ${longest})`,
        );
        assert.ok(longest >= 2, "no statement runs over a page");

        // Each person's statement starts a page of its own: a page with a statement heading holds exactly one,
        // under the sheet's title row (and, on the first, the sheet's one-line introduction), and every person
        // has one heading in the whole PDF.
        // "Name · Team · Employee no. M001 — Page 1 of 3" / "姓名 · 团队 · 工号 M001 — 第 1 页，共 3 页".
        const heading = /(\S[^\n·]*?)\s*·[^\n]*?(?:Employee no\.|工号)\s*(M\d{3})\b/g;
        // A statement's first page is numbered 1 in its heading; a further page of a long statement, headed by
        // the person too, is not a heading.
        const first = tr("report.stmt.heading", { person: "", page: 1, pages: 999 }).split("999")[0].trim();
        const headings = (page: string) =>
          [...page.matchAll(heading)].filter((m) => page.slice(m.index).split("\n")[0].includes(first));
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
          const own = body.split("\f").filter((page) => page.trim() !== "");
          assert.equal(own.length, next - p.page, `${id}'s statement has ${own.length} pages`);
          // Its pages say 1 of n … n of n, as the statement numbers them, whatever page of the sheet they were.
          assert.deepEqual(
            own.map((page, k) => numbers(page, `${id}'s page ${k + 1}`)),
            own.map((_, k) => [k + 1, own.length]),
          );
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
}
