/**
 * The commands entry in its runtime: with Office and Excel stood in for (the counting fake Excel), loading
 * src/commands/commands.ts registers the manifest's `setUpWorkbook` handler, which sets the workbook up through the
 * Office adapter, opens the pane, posts the result and completes the event, and the `generateReport` handler.
 */
import { FakeExcel } from "../workbook/office/fakeExcel";
import { latestNotice, subscribeNotices, type RibbonNotice } from "../../src/commands/notices";

describe("commands entry", () => {
  it("registers setUpWorkbook, which sets the workbook up in Excel and reports in the pane", async () => {
    const excel = new FakeExcel();
    const handlers = new Map<string, (event: { completed(): void }) => Promise<void>>();
    const shown: number[] = [];
    Object.assign(globalThis, {
      Excel: { run: excel.run },
      Office: {
        onReady: (callback: () => void) => {
          callback();
          return Promise.resolve();
        },
        context: { displayLanguage: "en-GB" },
        actions: {
          associate: (id: string, fn: (event: { completed(): void }) => Promise<void>) =>
            handlers.set(id, fn),
        },
        addin: { showAsTaskpane: async () => void shown.push(1) },
      },
    });
    const seen: RibbonNotice[] = [];
    const unsubscribe = subscribeNotices((n) => seen.push(n));
    await import("../../src/commands/commands");
    expect([...handlers.keys()]).toEqual(["setUpWorkbook", "generateReport"]);
    const event = { completed: jest.fn() };
    await handlers.get("setUpWorkbook")!(event);
    unsubscribe();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(shown).toEqual([1]);
    expect(excel.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Managers", "Goals", "Settings"]),
    );
    expect(excel.tableValues("Goals")[0][0]).toBe("Goal ID");
    expect(latestNotice()).toEqual(seen.at(-1));
    expect(seen.at(-1)?.intent).toBe("success");
    expect(seen.map((n) => n.id)).toEqual([...seen.map((n) => n.id)].sort((a, b) => a - b));
    // Set-up costs three syncs: list the tables, read the workbook, create what is missing.
    expect(excel.syncCount).toBe(3);
  });
});
