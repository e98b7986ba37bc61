/**
 * The report printed outside Excel (Node only, no browser): `npm run report -- … --pdf --statements` on both
 * sample workbooks runs LibreOffice (Debian package libreoffice-calc-nogui) and poppler (poppler-utils). The PDF
 * holds the report and the statements with page numbers counted per sheet, 万 amounts print exact to the yuan
 * (never "!." or a 10× value), and there is one PDF statement per person, named by period, name and ID, that
 * holds that person's statement and no one else's.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { serialFromYMD } from "../../src/core";
import { runReportCli } from "../../src/cli/report";
import { t, type Locale } from "../../src/i18n";
import { test } from "@playwright/test";
import { log } from "./harness";

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
        const tr = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(locale, key, params);
        const pdf = path.join(dir, "report.pdf");
        const all = text(pdf);
        assert.ok(all.includes(tr("report.title", { period: "2026-Q2" })));
        assert.ok(all.includes(tr("report.stmt.title", { period: "2026-Q2" })));
        // Pages count within each sheet: the report's first page says page 1 of the report's pages.
        const page1 = text(pdf, 1);
        const pageOf = locale === "zh-CN" ? /第 1 页，共 (\d+) 页/ : /Page 1 of (\d+)/;
        const reportPages = Number(pageOf.exec(page1)?.[1]);
        assert.ok(reportPages >= 1 && reportPages < 20, `report pages: ${reportPages}`);
        if (locale === "zh-CN") {
          assert.match(all, /\d+\.\d{4}万/);
          assert.doesNotMatch(all, /!\.\d/);
        } else assert.match(all, /\d{1,3},\d{3}/);

        const statements = readdirSync(path.join(dir, "statements")).sort();
        assert.equal(statements.length, 12);
        for (const name of statements) assert.match(name, /^2026-Q2 .+ M\d{3}\.pdf$/);
        // Each statement holds its own person's heading and no other person's.
        for (const name of statements.slice(0, 3)) {
          const id = /(M\d{3})\.pdf$/.exec(name)![1];
          const body = text(path.join(dir, "statements", name));
          const ids = [...body.matchAll(/[(（](M\d{3})[)）]\s*·/g)].map((m) => m[1]);
          assert.deepEqual([...new Set(ids)], [id], `${name} holds ${ids.join(", ")}`);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
}
