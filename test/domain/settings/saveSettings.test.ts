import { KpiError, ValidationError } from "../../../src/core/errors";
import { DEFAULT_RATINGS, readSettings, type RatingRow, type SettingRow } from "../../../src/model";
import { planSettings, saveRatings, saveSettings } from "../../../src/domain/settings/saveSettings";
import { savedLanguage } from "../../../src/taskpane/screens/settings/useSavedLanguage";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import type { WorkbookPort } from "../../../src/workbook/port";

function workbook(settings: SettingRow[], ratings: RatingRow[] = [...DEFAULT_RATINGS]): MemoryWorkbook {
  return new MemoryWorkbook({ seed: { Settings: settings, Ratings: ratings }, locale: "en-US" });
}

/** The port with one method failing on its n-th call (1-based), like a workbook closed in the middle. */
function failing(
  port: WorkbookPort,
  method: "appendRows" | "updateRows" | "deleteRows",
  nth = 1,
): WorkbookPort {
  let calls = 0;
  return new Proxy(port, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (name !== method || typeof value !== "function")
        return typeof value === "function" ? value.bind(target) : value;
      return (...args: unknown[]) => {
        calls += 1;
        if (calls === nth) return Promise.reject(new Error("the workbook went away"));
        return (value as (...a: unknown[]) => Promise<void>).apply(target, args);
      };
    },
  });
}

describe("planSettings", () => {
  it.each<[string, SettingRow[], Record<string, string>, SettingRow[], SettingRow[]]>([
    ["appends a setting with no row", [], { anonymityMin: "5" }, [], [{ Key: "anonymityMin", Value: "5" }]],
    [
      "updates the row under its own spelling of the key",
      [{ Key: "Anonymity Min", Value: "3" }],
      { anonymityMin: "5" },
      [{ Key: "Anonymity Min", Value: "5" }],
      [],
    ],
    [
      "updates every row naming the setting, so that no older one wins",
      [
        { Key: "language", Value: "zh-CN" },
        { Key: "Language", Value: "en-US" },
      ],
      { language: "en-US" },
      [{ Key: "language", Value: "en-US" }],
      [],
    ],
    ["leaves an unchanged value alone", [{ Key: "neglectDays", Value: "30" }], { neglectDays: "30" }, [], []],
  ])("%s", (_, current, values, update, append) => {
    expect(planSettings(current, values)).toEqual({ update, append });
  });
});

describe("saveSettings", () => {
  it("upserts by key and leaves the user's other rows alone", async () => {
    const port = workbook([
      { Key: "fiscalYearStart", Value: "1" },
      { Key: "my note", Value: "keep me" },
    ]);
    const counts = await saveSettings(port, { fiscalYearStart: "4", trainingHours: "24" });
    expect(counts).toEqual({ added: 1, changed: 1, removed: 0 });
    const { Settings } = await port.readTables(["Settings"]);
    expect(Settings).toEqual([
      { Key: "fiscalYearStart", Value: "4" },
      { Key: "my note", Value: "keep me" },
      { Key: "trainingHours", Value: "24" },
    ]);
    expect(readSettings(Settings).settings).toMatchObject({ fiscalYearStart: 4, trainingHours: 24 });
  });

  it("stores the review weights as the text readSettings reads", async () => {
    const port = workbook([]);
    await saveSettings(port, { reviewWeights: "0.2, 0.2, 0.2, 0.15, 0.15, 0.1" });
    const { Settings } = await port.readTables(["Settings"]);
    expect(Settings).toEqual([{ Key: "reviewWeights", Value: "0.2, 0.2, 0.2, 0.15, 0.15, 0.1" }]);
  });

  it("undoes the append when the update fails: nothing half-written", async () => {
    const port = workbook([{ Key: "fiscalYearStart", Value: "1" }]);
    await expect(
      saveSettings(failing(port, "updateRows"), { fiscalYearStart: "7", anonymityMin: "4" }),
    ).rejects.toThrow("the workbook went away");
    expect((await port.readTables(["Settings"])).Settings).toEqual([{ Key: "fiscalYearStart", Value: "1" }]);
  });

  it("says which table to check when even undoing fails", async () => {
    const port = workbook([{ Key: "fiscalYearStart", Value: "1" }]);
    const broken = failing(failing(port, "updateRows"), "deleteRows");
    const error = await saveSettings(broken, { fiscalYearStart: "7", anonymityMin: "4" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KpiError);
    expect((error as KpiError).localized("en-US")).toContain("The Settings table was only partly saved");
  });

  it("fails without writing when the Settings table is missing", async () => {
    const port = new MemoryWorkbook();
    await expect(saveSettings(port, { language: "en-US" })).rejects.toBeInstanceOf(KpiError);
    expect(await port.listTables()).toEqual([]);
  });
});

describe("saveRatings", () => {
  const grid: RatingRow[] = [
    { Label: "A", MinScore: 85, GuideShare: 0.15, BonusMultiplier: 1.4 },
    { Label: "B", MinScore: 75, GuideShare: 0.55, BonusMultiplier: 1 },
    { Label: "C", MinScore: 60, GuideShare: 0.2, BonusMultiplier: 0.7 },
    { Label: "E", MinScore: 0, GuideShare: 0.1, BonusMultiplier: 0 },
  ];

  it("updates changed labels, appends new ones and deletes the ones gone", async () => {
    const port = workbook([]);
    expect(await saveRatings(port, grid)).toEqual({ added: 1, changed: 2, removed: 1 });
    const { Ratings } = await port.readTables(["Ratings"]);
    expect([...Ratings].sort((a, b) => b.MinScore - a.MinScore)).toEqual(grid);
  });

  it("writes nothing when nothing changed", async () => {
    const port = workbook([]);
    expect(await saveRatings(port, DEFAULT_RATINGS)).toEqual({ added: 0, changed: 0, removed: 0 });
  });

  it("refuses a bad row before any write (the adapter's own rules)", async () => {
    const port = workbook([]);
    const bad = [{ ...grid[0], GuideShare: 1.5 }, ...grid.slice(1)];
    await expect(saveRatings(port, bad)).rejects.toBeInstanceOf(ValidationError);
    expect((await port.readTables(["Ratings"])).Ratings).toEqual(DEFAULT_RATINGS);
  });

  it.each(["updateRows", "deleteRows"] as const)(
    "restores the table when %s fails after other writes",
    async (method) => {
      const port = workbook([]);
      await expect(saveRatings(failing(port, method), grid)).rejects.toThrow("the workbook went away");
      const { Ratings } = await port.readTables(["Ratings"]);
      expect([...Ratings].sort((a, b) => b.MinScore - a.MinScore)).toEqual(DEFAULT_RATINGS);
    },
  );
});

describe("savedLanguage", () => {
  it.each<[SettingRow[], string | null]>([
    [[], null],
    [[{ Key: "language", Value: null }], null],
    [[{ Key: "language", Value: "  " }], null],
    [[{ Key: "language", Value: "klingon" }], null],
    [[{ Key: "Language", Value: "en-us" }], "en-US"],
    [[{ Key: "language", Value: "zh-CN" }], "zh-CN"],
  ])("%j → %p", (rows, expected) => {
    expect(savedLanguage(rows)).toBe(expected);
  });
});

describe("saving against what the form read (no lost updates)", () => {
  it("writes only the values changed in the form; a value changed only in the sheet stays", async () => {
    const port = workbook([
      { Key: "anonymityMin", Value: "5" },
      { Key: "trainingHours", Value: "40" },
    ]);
    const read = { anonymityMin: "5", trainingHours: "40" };
    // Edited in the sheet after the form opened.
    await port.updateRows("Settings", [{ Key: "trainingHours", Value: "48" }]);
    await saveSettings(port, { anonymityMin: "7", trainingHours: "40" }, read);
    expect((await port.readTables(["Settings"])).Settings).toEqual([
      { Key: "anonymityMin", Value: "7" },
      { Key: "trainingHours", Value: "48" },
    ]);
  });

  it("refuses a value changed differently in the sheet and in the form, and writes nothing", async () => {
    const port = workbook([{ Key: "anonymityMin", Value: "5" }]);
    await port.updateRows("Settings", [{ Key: "anonymityMin", Value: "6" }]);
    await expect(saveSettings(port, { anonymityMin: "7" }, { anonymityMin: "5" })).rejects.toMatchObject({
      name: "ConflictError",
      rows: [{ id: "anonymityMin", columns: [{ column: "Value", sheet: "6", pane: "7" }] }],
    });
    expect((await port.readTables(["Settings"])).Settings).toEqual([{ Key: "anonymityMin", Value: "6" }]);
  });

  it("keeps a rating added in the sheet after the grid was read", async () => {
    const port = workbook([], [...DEFAULT_RATINGS]);
    const read = (await port.readTables(["Ratings"])).Ratings;
    const extra: RatingRow = { ...DEFAULT_RATINGS[0], Label: "Z", MinScore: 0, GuideShare: 0 };
    await port.appendRows("Ratings", [extra]);
    await saveRatings(port, read, read);
    expect((await port.readTables(["Ratings"])).Ratings).toContainEqual(extra);
  });
});
