/**
 * *Set up workbook*: the one workflow behind the ribbon button and the task pane's first-run form. It creates
 * every schema table that is missing, in the chosen language, and never touches a table that exists.
 *
 * What goes into the new tables:
 * - always the defaults that make a workbook usable — the Settings rows (language = the chosen one) and the
 *   default rating scale — but only into Settings and Ratings if set-up creates them;
 * - with `withSample`, the sample team. The sample is added only when the workbook has none of KPI Desk's tables
 *   yet: sample goals or deals beside a user's real managers would mix invented rows with real data. When some
 *   tables exist, the missing ones are created empty and the result says the sample was skipped.
 */
import { t, type Locale } from "../i18n";
import {
  DEFAULT_STAGE_MAP,
  DEFAULT_RATINGS,
  DEFAULT_SETTINGS,
  settingRows,
  TABLE_KEYS,
  type SampleOptions,
  type TableKey,
} from "../model";
import type { SeedRows, WorkbookPort } from "./port";

/** Options of `setUpWorkbook`. */
export interface SetUpOptions {
  /** Language of headers and sheet names (and of the sample's names and text). */
  locale: Locale;
  /** Add the sample team (only into a workbook without KPI Desk tables). */
  withSample: boolean;
  /** Progress: `done` of `total` steps. */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Sample options beyond the language (seed, size, "today"); defaults give the 12-person sample. */
  sample?: Omit<SampleOptions, "locale">;
}

/** What set-up did. */
export interface SetUpResult {
  /** Tables created by this run. */
  created: TableKey[];
  /** Tables that already existed and were left untouched. */
  existing: TableKey[];
  /** Whether the sample team was written. */
  sampleAdded: boolean;
  /** True when a sample was asked for but not added because some tables already existed. */
  sampleSkipped: boolean;
  /** Rows written into the new tables (sample and defaults). */
  rows: number;
  /** Account managers written (0 without the sample). */
  people: number;
}

const STEPS = 3;

/**
 * Sets up the workbook.
 * @param port - the workbook.
 * @param options - language, sample, progress.
 * @returns what was created and written.
 * @throws KpiError or ValidationError from the port (nothing is created then: ports validate every seed first).
 * @example await setUpWorkbook(new MemoryWorkbook(), { locale: "zh-CN", withSample: true })
 */
export async function setUpWorkbook(port: WorkbookPort, options: SetUpOptions): Promise<SetUpResult> {
  const progress = (done: number) => options.onProgress?.({ done, total: STEPS });
  progress(0);
  const present = new Set(await port.listTables());
  progress(1);
  const sampleAdded = options.withSample && present.size === 0;
  // The sample's generator and vocabulary are fetched only when a sample is written (not with the pane).
  const seed: SeedRows = sampleAdded
    ? (await import(/* webpackChunkName: "sample" */ "../model/sample")).generateSample({
        ...options.sample,
        locale: options.locale,
      })
    : {
        Settings: settingRows({ ...DEFAULT_SETTINGS, language: options.locale }),
        Ratings: DEFAULT_RATINGS.map((r) => ({ ...r })),
        StageMap: DEFAULT_STAGE_MAP.map((r) => ({ ...r })),
      };
  progress(2);
  const result = await port.ensureTables(TABLE_KEYS, options.locale, seed);
  progress(3);
  const rows = result.created.reduce((sum, key) => sum + (seed[key]?.length ?? 0), 0);
  return {
    created: result.created,
    existing: result.existing,
    sampleAdded: sampleAdded && result.created.length > 0,
    sampleSkipped: options.withSample && !sampleAdded,
    rows,
    people: sampleAdded && result.created.includes("Managers") ? (seed.Managers?.length ?? 0) : 0,
  };
}

/**
 * The set-up result in words, for the ribbon's notification and the task pane's message bar.
 * @param result - what `setUpWorkbook` returned.
 * @param locale - the language to write in.
 * @returns one or two sentences.
 */
export function describeSetUp(result: SetUpResult, locale: Locale): string {
  const total = result.created.length + result.existing.length;
  const parts = [
    result.created.length === 0
      ? t(locale, "workbook.setup.nothing", { total })
      : t(locale, "workbook.setup.created", {
          created: result.created.length,
          total,
          existing: result.existing.length,
        }),
  ];
  if (result.sampleAdded)
    parts.push(t(locale, "workbook.setup.sample", { people: result.people, rows: result.rows }));
  if (result.sampleSkipped) parts.push(t(locale, "workbook.setup.sampleSkipped"));
  return parts.join(locale === "zh-CN" ? "" : " ");
}
